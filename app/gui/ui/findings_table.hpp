// The findings table: a wxDataViewCtrl over FindingsTableModel with one sortable column
// per Column. Clicking a header asks the owner to sort the view's row index (the control
// cannot sort a virtual model itself); selection changes are reported as finding indices.
#pragma once

#include "model/finding_columns.hpp"
#include "model/findings_view.hpp"
#include "ui/findings_table_model.hpp"

#include <wx/dataview.h>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace findings::studio {

class FindingsTable final : public wxDataViewCtrl {
public:
    FindingsTable(wxWindow* parent, const FindingsDocument& document, FindingsView& view,
                  const core::ThemeLabels& themes);

    /// Called with the selected finding (nullopt when nothing is selected).
    std::function<void(std::optional<size_t>)> onSelect;
    /// Called after the rows were re-sorted by a header click.
    std::function<void()> onSorted;
    /// Called on a right-click on a row (already selected), with its finding.
    std::function<void(size_t finding)> onRowMenu;

    /// Shows or hides a column and remembers the choice in the settings.
    void showColumn(Column column, bool shown);
    bool isColumnShown(Column column) const;
    /// The header's context menu: a tick per column (also View › Columns).
    void showColumnMenu();

    /// The rows changed wholesale: reload and keep `finding` selected if it is still shown.
    void rowsReset(std::optional<size_t> keepSelected);
    /// One row's content changed.
    void rowChanged(size_t row);
    /// One row left the view (no longer passes the filter).
    void rowRemoved(size_t row);

    /// Selects (and shows) the row of `finding`; false when it is not shown.
    bool selectFinding(size_t finding);
    /// Selects row `row` (clamped), reporting the selection.
    void selectRow(size_t row);
    std::optional<size_t> selectedRow() const;

    /// Sorts as a header click would (also shows the header's sort arrow).
    void sortBy(Column column, bool ascending);

private:
    void onSelectionChanged(wxDataViewEvent& event);
    void onColumnSorted(wxDataViewEvent& event);
    void reportSelection();
    void restoreShownColumns();
    void rememberShownColumns() const;
    wxDataViewColumn* columnFor(Column column) const;
    /// Widens the Source column to its names when the sources changed.
    void fitSourceColumn();

    FindingsView& view_;
    bool sortingInCode_ = false; ///< sortBy() is running: ignore the control's own event
    wxObjectDataPtr<FindingsTableModel> model_;
    std::vector<std::string> fittedNames_; ///< the source names the Source column was fitted to
};

}  // namespace findings::studio
