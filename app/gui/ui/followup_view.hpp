// The Follow-up tab: what each later visit said about each area for improvement of a full
// report, and what the council's plan does about it. One row per improvement point, one
// column per later visit up to and including the next full report, then the plan items.
// Each visit cell shows that visit's stance, coloured; its tooltip quotes the finding;
// clicking it (or Enter) filters the findings table to the findings behind it.
//
// The table is followup::buildTable's (the workbook and the board summary build the same);
// this panel only draws it and keeps the reader's place when it is rebuilt after an edit.
#pragma once

#include <findings/format/findings_set.hpp>
#include <findings/sdk/followup.hpp>

#include <wx/panel.h>

#include <functional>
#include <string>
#include <vector>

class wxCheckBox;
class wxChoice;
class wxGrid;
class wxGridEvent;
class wxStaticText;

namespace findings::studio {

class FollowUpView final : public wxPanel {
public:
    explicit FollowUpView(wxWindow* parent);

    /// Called with the ids of the findings behind a chosen cell (a visit's evidence, the
    /// point itself, or its plan items) and a few words saying what they are.
    std::function<void(const std::vector<std::string>& findingIds, const std::string& what)> onCellChosen;

    /// Rebuilds the table from the set, keeping the chosen report, the scroll position and
    /// the selected cell.
    void update(const findings::FindingsSet& set);

    /// Shows block `index` of the table (0 = the newest report), as the chooser does.
    void chooseReport(size_t index);
    /// Shows links below the threshold too (marked "proposed"), as the check box does.
    void setIncludeProposed(bool include);
    /// Chooses a grid cell as a click would.
    void chooseCell(int row, int column);

    const followup::Table& table() const { return table_; }
    /// The block shown, or nullptr when the set has no full report with points.
    const followup::Block* block() const;
    wxGrid* grid() const { return grid_; }
    wxChoice* reportChoice() const { return report_; }
    wxCheckBox* proposedCheck() const { return proposed_; }
    /// The grid column of the first visit and of the plan items.
    static constexpr int kFirstVisitColumn = 1;
    int planColumn() const;
    /// A cell's tooltip text (what hovering shows).
    wxString cellTooltip(int row, int column) const;

private:
    void fill(const findings::FindingsSet& set);
    const findings::FindingsSet* set_ = nullptr;  ///< the set last shown (the document's own)
    void onCellClick(wxGridEvent& event);
    void onGridMotion(wxMouseEvent& event);

    wxChoice* report_;
    wxCheckBox* proposed_;
    wxStaticText* legend_;
    wxGrid* grid_;
    followup::Table table_;
    /// Per grid row and column, the finding ids a click filters to (filled with the grid,
    /// so a click never reads indices of a set that has changed since).
    std::vector<std::vector<std::vector<std::string>>> cellIds_;
    std::vector<std::vector<wxString>> tooltips_;
    std::vector<std::string> pointTexts_;
    size_t shown_ = 0;          ///< index of the block shown
    std::string shownReport_;   ///< its report's source id, to find it again after a rebuild
    wxString today_;
};

}  // namespace findings::studio
