#include "ui/progress_view.hpp"

#include "model/finding_filter.hpp"
#include "model/source_labels.hpp"
#include "ui/wx_text.hpp"

#include <wx/grid.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace findings::studio {

namespace {

/// Longest line of a column header, in characters.
constexpr size_t kHeaderChars = 30;

/// The shared count rule's words for the cell (progress::Cell::text), as the workbook has them.
wxString cellText(const MatrixCell& c) { return wxString::FromUTF8(c.text()); }

/// Green when strengths dominate, red when weaknesses do, pale in between; white when empty.
wxColour tint(const MatrixCell& c) {
    if (c.judged() == 0) return *wxWHITE;
    const double weak = c.weaknessShare();  // the shared rule: a mixed finding counts half
    auto mix = [](int a, int b, double t) { return static_cast<unsigned char>(a + (b - a) * t); };
    // 0 → #D8F0D8 (green), 0.5 → #FFF4CC (amber), 1 → #F8D0D0 (red)
    if (weak <= 0.5) {
        const double t = weak / 0.5;
        return wxColour(mix(0xD8, 0xFF, t), mix(0xF0, 0xF4, t), mix(0xD8, 0xCC, t));
    }
    const double t = (weak - 0.5) / 0.5;
    return wxColour(mix(0xFF, 0xF8, t), mix(0xF4, 0xD0, t), mix(0xCC, 0xD0, t));
}

}  // namespace

ProgressView::ProgressView(wxWindow* parent) : wxPanel(parent, wxID_ANY) {
    SetName("progress-view");
    grid_ = new wxGrid(this, wxID_ANY);
    grid_->SetName("progress-matrix");
    grid_->SetHelpText("Strengths / weaknesses per theme and visit; click a cell to see those findings.");
    grid_->CreateGrid(0, 0);
    grid_->EnableEditing(false);
    grid_->EnableDragRowSize(false);
    grid_->SetDefaultCellAlignment(wxALIGN_CENTRE, wxALIGN_CENTRE);
    grid_->SetRowLabelAlignment(wxALIGN_LEFT, wxALIGN_CENTRE);
    grid_->SetColLabelSize(wxGRID_AUTOSIZE);
    grid_->SetCellHighlightPenWidth(2);
    legend_ = new wxStaticText(this, wxID_ANY,
                               "Each cell: strengths / weaknesses. Green: mostly strengths; red: "
                               "mostly weaknesses. Click a cell to filter the findings table.");
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    const int gap = FromDIP(4);
    sizer->Add(legend_, 0, wxEXPAND | wxALL, gap);
    sizer->Add(grid_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, gap);
    SetSizer(sizer);
    grid_->Bind(wxEVT_GRID_CELL_LEFT_CLICK, &ProgressView::onCellClick, this);
    grid_->Bind(wxEVT_GRID_CELL_LEFT_DCLICK, &ProgressView::onCellClick, this);
    grid_->Bind(wxEVT_KEY_DOWN, [this](wxKeyEvent& e) {
        if (e.GetKeyCode() == WXK_RETURN || e.GetKeyCode() == WXK_NUMPAD_ENTER) {
            chooseCell(grid_->GetGridCursorRow(), grid_->GetGridCursorCol());
            return;
        }
        e.Skip();
    });
}

void ProgressView::update(const findings::FindingsSet& set, const core::ThemeLabels& themes) {
    // An edit redraws the matrix: the user keeps their place, the cell they chose (by its
    // theme and visit, which outlive row numbers) and the scroll position.
    const int cursorRow = grid_->GetGridCursorRow();
    const int cursorColumn = grid_->GetGridCursorCol();
    auto keyOf = [](const auto& items, int at, auto member) {
        return at >= 0 && static_cast<size_t>(at) < items.size() ? items[static_cast<size_t>(at)].*member
                                                                  : std::string();
    };
    const std::string theme = keyOf(matrix_.rows, cursorRow, &MatrixRow::theme);
    const std::string visit = keyOf(matrix_.columns, cursorColumn, &MatrixColumn::key);
    const bool totalRow = cursorRow >= 0 && static_cast<size_t>(cursorRow) == matrix_.rows.size();
    const bool totalColumn = cursorColumn >= 0 && static_cast<size_t>(cursorColumn) == matrix_.columns.size();
    int scrollX = 0, scrollY = 0;
    grid_->GetViewStart(&scrollX, &scrollY);
    matrix_ = computeProgressMatrix(set, themes);
    const int rows = static_cast<int>(matrix_.rows.size()) + 1;        // + totals
    const int columns = static_cast<int>(matrix_.columns.size()) + 1;  // + totals
    grid_->Freeze();
    if (grid_->GetNumberRows() > 0) grid_->DeleteRows(0, grid_->GetNumberRows());
    if (grid_->GetNumberCols() > 0) grid_->DeleteCols(0, grid_->GetNumberCols());
    if (matrix_.rows.empty()) {
        grid_->Thaw();
        return;
    }
    grid_->AppendRows(rows);
    grid_->AppendCols(columns);
    // Two-line headers: the visit, then how many sources report on it. Both lines are
    // shortened (a long title must not make one column as wide as the pane), never so far
    // that two columns read the same.
    const std::vector<std::string> headers = columnHeaders(matrix_, kHeaderChars);
    for (size_t c = 0; c < headers.size(); ++c) grid_->SetColLabelValue(static_cast<int>(c), wxs(headers[c]));
    grid_->SetColLabelValue(columns - 1, "All visits");
    const wxFont bold = grid_->GetDefaultCellFont().Bold();
    for (size_t r = 0; r < matrix_.rows.size(); ++r) {
        grid_->SetRowLabelValue(static_cast<int>(r), wxs(shortThemeLabel(matrix_.rows[r].label)));
        for (size_t c = 0; c < matrix_.columns.size(); ++c) {
            const MatrixCell& cell = matrix_.at(r, c);
            grid_->SetCellValue(static_cast<int>(r), static_cast<int>(c), cellText(cell));
            grid_->SetCellBackgroundColour(static_cast<int>(r), static_cast<int>(c), tint(cell));
        }
        grid_->SetCellValue(static_cast<int>(r), columns - 1, cellText(matrix_.rowTotals[r]));
        grid_->SetCellBackgroundColour(static_cast<int>(r), columns - 1, tint(matrix_.rowTotals[r]));
        grid_->SetCellFont(static_cast<int>(r), columns - 1, bold);
    }
    grid_->SetRowLabelValue(rows - 1, "All themes");
    MatrixCell all;
    for (size_t c = 0; c < matrix_.columns.size(); ++c) {
        grid_->SetCellValue(rows - 1, static_cast<int>(c), cellText(matrix_.columnTotals[c]));
        grid_->SetCellFont(rows - 1, static_cast<int>(c), bold);
        all.add(matrix_.columnTotals[c]);
    }
    grid_->SetCellValue(rows - 1, columns - 1, cellText(all));
    grid_->SetCellFont(rows - 1, columns - 1, bold);
    grid_->SetRowLabelSize(wxGRID_AUTOSIZE);
    grid_->SetColLabelSize(wxGRID_AUTOSIZE);
    grid_->AutoSizeColumns(false);
    int row = totalRow ? rows - 1 : -1, column = totalColumn ? columns - 1 : -1;
    for (size_t r = 0; r < matrix_.rows.size() && row < 0 && !theme.empty(); ++r)
        if (matrix_.rows[r].theme == theme) row = static_cast<int>(r);
    for (size_t c = 0; c < matrix_.columns.size() && column < 0 && !visit.empty(); ++c)
        if (matrix_.columns[c].key == visit) column = static_cast<int>(c);
    if (row >= 0 && column >= 0) grid_->SetGridCursor(row, column);
    grid_->Thaw();
    Layout();
    grid_->Scroll(scrollX, scrollY);
}

void ProgressView::chooseCell(int row, int column) {
    if (!onCellChosen || row < 0 || column < 0) return;
    const bool totalRow = static_cast<size_t>(row) >= matrix_.rows.size();
    const bool totalColumn = static_cast<size_t>(column) >= matrix_.columns.size();
    if (totalRow && totalColumn) return onCellChosen("", "");
    onCellChosen(totalRow ? std::string() : matrix_.rows[static_cast<size_t>(row)].theme,
                 totalColumn ? std::string() : matrix_.columns[static_cast<size_t>(column)].key);
}

void ProgressView::onCellClick(wxGridEvent& event) {
    grid_->SetGridCursor(event.GetRow(), event.GetCol());
    chooseCell(event.GetRow(), event.GetCol());
}

}  // namespace findings::studio
