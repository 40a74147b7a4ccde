#include "ui/findings_table.hpp"

#include "ui/studio_settings.hpp"
#include "ui/wx_text.hpp"

#include <wx/menu.h>
#include <wx/tokenzr.h>

#include <algorithm>

namespace findings::studio {

namespace {
/// Initial widths in characters (scaled by the font, so they survive other fonts and DPI).
/// Widest the Source column is fitted to: a letter's "Monitoring letter · 2024-03-27".
constexpr int kMaxSourceChars = 26;

int widthInChars(Column c) {
    switch (c) {
    case Column::Source: return 18;
    case Column::Visit: return 17;
    case Column::Section: return 14;
    case Column::Themes: return 18;
    case Column::Polarity: return 18;  // the title, "Strength/weakness", not cut
    case Column::Summary: return 48;
    case Column::Action: return 30;
    case Column::Owner: return 14;
    case Column::Due: return 11;
    case Column::ActionStatus: return 10;
    case Column::Review: return 10;
    case Column::Confidence: return 10;
    }
    return 12;
}
}  // namespace

FindingsTable::FindingsTable(wxWindow* parent, const FindingsDocument& document,
                             FindingsView& view, const core::ThemeLabels& themes)
    : wxDataViewCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                     wxDV_SINGLE | wxDV_ROW_LINES | wxDV_VERT_RULES),
      view_(view), model_(new FindingsTableModel(document, view, themes)) {
    SetName("findings-table");
    SetHelpText("Findings: select one to review it; click a column header to sort.");
    AssociateModel(model_.get());
    const int charWidth = GetCharWidth();
    for (unsigned i = 0; i < kColumnCount; ++i) {
        const Column c = allColumns()[i];
        auto* renderer = new wxDataViewTextRenderer("string", wxDATAVIEW_CELL_INERT);
        // A source name cut in the middle keeps its end, the date or file name that tells
        // one letter from the next.
        renderer->EnableEllipsize(c == Column::Source ? wxELLIPSIZE_MIDDLE : wxELLIPSIZE_END);
        auto* column = new wxDataViewColumn(columnTitle(c), renderer, i, widthInChars(c) * charWidth,
                                            c == Column::Confidence ? wxALIGN_RIGHT : wxALIGN_LEFT,
                                            wxDATAVIEW_COL_SORTABLE | wxDATAVIEW_COL_RESIZABLE |
                                                wxDATAVIEW_COL_REORDERABLE);
        AppendColumn(column);
    }
    restoreShownColumns();
    Bind(wxEVT_DATAVIEW_COLUMN_HEADER_RIGHT_CLICK, [this](wxDataViewEvent&) { showColumnMenu(); });
    Bind(wxEVT_DATAVIEW_ITEM_CONTEXT_MENU, [this](wxDataViewEvent& e) {
        if (!e.GetItem().IsOk()) return;
        const unsigned row = model_->GetRow(e.GetItem());
        if (row >= view_.rowCount()) return;
        selectRow(row);  // the menu is about the row under the pointer
        if (onRowMenu) onRowMenu(view_.findingAt(row));
    });
    Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, &FindingsTable::onSelectionChanged, this);
    Bind(wxEVT_DATAVIEW_COLUMN_SORTED, &FindingsTable::onColumnSorted, this);
}

wxDataViewColumn* FindingsTable::columnFor(Column column) const {
    // By model column: the user may have moved it.
    for (unsigned i = 0; i < GetColumnCount(); ++i)
        if (GetColumn(i)->GetModelColumn() == static_cast<unsigned>(column)) return GetColumn(i);
    return nullptr;
}

bool FindingsTable::isColumnShown(Column column) const {
    const wxDataViewColumn* c = columnFor(column);
    return c && !c->IsHidden();
}

void FindingsTable::showColumn(Column column, bool shown) {
    wxDataViewColumn* c = columnFor(column);
    if (!c || c->IsHidden() == !shown) return;
    c->SetHidden(!shown);
    rememberShownColumns();
}

void FindingsTable::restoreShownColumns() {
    // Titles, not positions: a column added in a later version keeps its own default.
    const wxString saved = StudioSettings::tableColumns();
    wxArrayString shown = wxStringTokenize(saved, ",");
    for (Column c : allColumns()) {
        const bool on = saved.empty() ? shownByDefault(c) : shown.Index(columnTitle(c)) != wxNOT_FOUND;
        if (wxDataViewColumn* column = columnFor(c)) column->SetHidden(!on);
    }
}

void FindingsTable::rememberShownColumns() const {
    wxString titles;
    for (Column c : allColumns())
        if (isColumnShown(c)) titles += (titles.empty() ? "" : ",") + wxString(columnTitle(c));
    // Never an empty list: it would read as "never chose" and bring the defaults back.
    StudioSettings::setTableColumns(titles.empty() ? wxString("Summary") : titles);
}

void FindingsTable::showColumnMenu() {
    wxMenu menu;
    menu.SetTitle("Columns");
    for (unsigned i = 0; i < kColumnCount; ++i) {
        const Column c = allColumns()[i];
        menu.AppendCheckItem(static_cast<int>(wxID_HIGHEST + 1 + i), columnTitle(c))->Check(isColumnShown(c));
    }
    const int chosen = GetPopupMenuSelectionFromUser(menu);
    if (chosen == wxID_NONE) return;
    const unsigned index = static_cast<unsigned>(chosen - wxID_HIGHEST - 1);
    if (index < kColumnCount) showColumn(allColumns()[index], !isColumnShown(allColumns()[index]));
}

void FindingsTable::fitSourceColumn() {
    if (view_.sourceNames() == fittedNames_) return;
    fittedNames_ = view_.sourceNames();
    // As wide as the longest name (the date at its end is what tells letters apart), within
    // bounds in characters so one long tracker title does not crowd out the summary.
    int widest = 0;
    for (const auto& name : fittedNames_) widest = std::max(widest, GetTextExtent(wxs(name)).x);
    const int charWidth = GetCharWidth();
    const int padding = 3 * charWidth;  // the cell's margins
    wxDataViewColumn* column = nullptr;  // by model column: the user may have moved it
    for (unsigned i = 0; i < GetColumnCount(); ++i)
        if (GetColumn(i)->GetModelColumn() == static_cast<unsigned>(Column::Source)) column = GetColumn(i);
    if (column && !fittedNames_.empty())
        column->SetWidth(std::clamp(widest + padding, widthInChars(Column::Source) * charWidth, kMaxSourceChars * charWidth));
}

void FindingsTable::rowsReset(std::optional<size_t> keepSelected) {
    model_->rowsReset();
    fitSourceColumn();
    if (keepSelected && selectFinding(*keepSelected)) return;
    reportSelection();
}

void FindingsTable::rowChanged(size_t row) { model_->RowChanged(static_cast<unsigned>(row)); }

void FindingsTable::rowRemoved(size_t row) { model_->RowDeleted(static_cast<unsigned>(row)); }

bool FindingsTable::selectFinding(size_t finding) {
    const std::optional<size_t> row = view_.rowOf(finding);
    if (!row) {
        UnselectAll();
        return false;
    }
    const wxDataViewItem item = model_->GetItem(static_cast<unsigned>(*row));
    Select(item);
    EnsureVisible(item);
    reportSelection();
    return true;
}

void FindingsTable::selectRow(size_t row) {
    if (view_.rowCount() == 0) {
        UnselectAll();
        reportSelection();
        return;
    }
    row = std::min(row, view_.rowCount() - 1);
    const wxDataViewItem item = model_->GetItem(static_cast<unsigned>(row));
    Select(item);
    EnsureVisible(item);
    reportSelection();
}

std::optional<size_t> FindingsTable::selectedRow() const {
    const wxDataViewItem item = GetSelection();
    if (!item.IsOk()) return std::nullopt;
    const unsigned row = model_->GetRow(item);
    if (row >= view_.rowCount()) return std::nullopt;
    return row;
}

void FindingsTable::reportSelection() {
    if (!onSelect) return;
    const std::optional<size_t> row = selectedRow();
    onSelect(row ? std::optional<size_t>(view_.findingAt(*row)) : std::nullopt);
}

void FindingsTable::onSelectionChanged(wxDataViewEvent&) { reportSelection(); }

void FindingsTable::sortBy(Column column, bool ascending) {
    const unsigned index = static_cast<unsigned>(column);
    // Show the arrow on this column only.
    for (unsigned i = 0; i < GetColumnCount(); ++i)
        if (GetColumn(i)->GetModelColumn() != index && GetColumn(i)->IsSortKey())
            GetColumn(i)->UnsetAsSortKey();
    // SetSortOrder may come back through onColumnSorted on some ports; sort once, here.
    sortingInCode_ = true;
    for (unsigned i = 0; i < GetColumnCount(); ++i)
        if (GetColumn(i)->GetModelColumn() == index) GetColumn(i)->SetSortOrder(ascending);
    sortingInCode_ = false;
    const std::optional<size_t> row = selectedRow();
    const std::optional<size_t> keep = row ? std::optional<size_t>(view_.findingAt(*row)) : std::nullopt;
    view_.sortBy(column, ascending);
    rowsReset(keep);
    if (onSorted) onSorted();
}

void FindingsTable::onColumnSorted(wxDataViewEvent& event) {
    if (sortingInCode_) return;
    wxDataViewColumn* column = event.GetDataViewColumn();
    if (!column) column = GetSortingColumn();
    if (!column) return;
    const std::optional<size_t> row = selectedRow();
    const std::optional<size_t> keep = row ? std::optional<size_t>(view_.findingAt(*row)) : std::nullopt;
    view_.sortBy(allColumns()[column->GetModelColumn()], column->IsSortOrderAscending());
    rowsReset(keep);
    if (onSorted) onSorted();
}

}  // namespace findings::studio
