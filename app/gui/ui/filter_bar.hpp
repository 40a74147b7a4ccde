// The filter bar above the table: free-text search, theme, strength/weakness, source,
// visit, review state and "low confidence only". Reports a complete FilterState whenever
// anything changes (typing is debounced, so a 100,000-row table is not refiltered per key).
#pragma once

#include "model/finding_filter.hpp"

#include <findings/format/findings_set.hpp>
#include <findings/core/theme_labels.hpp>

#include <wx/panel.h>
#include <wx/timer.h>

#include <functional>
#include <string>
#include <vector>

class wxChoice;
class wxCheckBox;
class wxSearchCtrl;
class wxButton;

namespace findings::studio {

class FilterBar final : public wxPanel {
public:
    explicit FilterBar(wxWindow* parent);

    std::function<void(const FilterState&)> onChange;

    /// Refills the theme, source and visit choices (after an import or open), keeping the
    /// current choice where it still exists.
    void setChoices(const findings::FindingsSet& set, const core::ThemeLabels& themes);
    /// Shows `filter` in the controls (e.g. after a matrix click) and reports it.
    void apply(const FilterState& filter);
    /// The state the controls show.
    FilterState state() const;
    /// Empties every control and reports the empty filter.
    void clear();
    /// Puts the keyboard focus in the search box.
    void focusSearch();
    /// The low-confidence threshold (from preferences), 0..1.
    void setLowConfidenceBelow(double threshold);

    wxSearchCtrl* searchBox() const { return search_; }
    wxChoice* polarityChoice() const { return polarity_; }
    wxChoice* coverageChoice() const { return coverage_; }

private:
    void changed();
    static void fill(wxChoice* choice, const wxString& anyLabel,
                     const std::vector<std::pair<std::string, std::string>>& items,
                     std::vector<std::string>& values, const std::string& keep);
    static std::string selected(const wxChoice* choice, const std::vector<std::string>& values);
    static void select(wxChoice* choice, const std::vector<std::string>& values, const std::string& value);

    wxSearchCtrl* search_;
    wxChoice* theme_;
    wxChoice* polarity_;
    wxChoice* source_;
    wxChoice* visit_;
    wxChoice* review_;
    wxChoice* coverage_;
    wxCheckBox* lowConfidence_;
    wxButton* clear_;
    std::vector<std::string> themeValues_, polarityValues_, sourceValues_, visitValues_,
        reviewValues_, coverageValues_;
    wxTimer typingTimer_;
    double lowConfidenceBelow_ = 0.6;
    bool filling_ = false; ///< controls are being set from code: no change reports
    /// Set by a Progress matrix cell (FilterState::evidenceOnly); no control shows it, so
    /// choosing from any list clears it.
    bool evidenceOnly_ = false;
    /// Set by a Follow-up cell and by the link review queue (FilterState::onlyFindings,
    /// proposedLinksOnly); kept like evidenceOnly_ (a list choice drops the cell's findings).
    std::vector<std::string> onlyFindings_;
    bool proposedLinksOnly_ = false;
};

}  // namespace findings::studio
