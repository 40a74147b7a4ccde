// The Sources panel: every imported source with its metadata, and a form to correct what
// the importer guessed wrong (kind, role, authority, dates, visit, inspectors, areas
// covered). Its role says what it is evidence of; commentary is greyed and not counted.
// "Apply" reports the corrected source; the main window records it as an undoable edit.
#pragma once

#include <findings/format/findings_set.hpp>

#include <wx/panel.h>

#include <functional>

class wxButton;
class wxChoice;
class wxListCtrl;
class wxListEvent;
class wxStaticText;
class wxTextCtrl;

namespace findings::studio {

class SourcesPanel final : public wxPanel {
public:
    explicit SourcesPanel(wxWindow* parent);

    /// Called with (source index, corrected source).
    std::function<void(size_t, Source)> onApply;

    /// Lists the sources again (keeps the selection by index where possible).
    void setSources(const findings::FindingsSet& set);
    /// Selects a source and shows it in the form.
    void selectSource(size_t index);
    /// Applies the form (as the Apply button does); false (with the problem shown) when a
    /// field is invalid.
    bool applyForm();

    wxListCtrl* list() const { return list_; }
    wxChoice* kindChoice() const { return kind_; }
    wxChoice* roleChoice() const { return role_; }
    wxTextCtrl* titleField() const { return title_; }
    wxTextCtrl* authorityField() const { return authority_; }
    wxTextCtrl* dateField() const { return date_; }
    wxTextCtrl* visitOrdinalField() const { return ordinal_; }
    wxTextCtrl* visitStartField() const { return visitStart_; }
    wxTextCtrl* visitEndField() const { return visitEnd_; }
    wxTextCtrl* inspectorsField() const { return inspectors_; }
    wxTextCtrl* areasField() const { return areas_; }
    /// The scrolling form beside the list (tests check it fits its pane).
    wxWindow* form() const { return form_; }
    const wxString& problem() const { return problemText_; }

private:
    void showForm();
    void onSelected(wxListEvent& event);

    const findings::FindingsSet* set_ = nullptr;
    long selected_ = -1;
    wxListCtrl* list_;
    wxWindow* form_;
    wxChoice* kind_;
    wxChoice* role_;
    wxStaticText* judgements_;
    wxTextCtrl* title_;
    wxTextCtrl* authority_;
    wxTextCtrl* date_;
    wxTextCtrl* ordinal_;
    wxTextCtrl* visitStart_;
    wxTextCtrl* visitEnd_;
    wxTextCtrl* inspectors_;
    wxTextCtrl* areas_;
    wxTextCtrl* framework_;
    wxStaticText* problem_;
    wxStaticText* details_;
    wxButton* apply_;
    wxButton* revert_;
    wxString problemText_;
};

/// True for "", "YYYY-MM" and "YYYY-MM-DD" (a real month and day).
bool isIsoDateOrEmpty(const std::string& text);

}  // namespace findings::studio
