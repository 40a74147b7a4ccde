#include "ui/followup_view.hpp"

#include "model/followup_grid.hpp"
#include "model/source_labels.hpp"
#include "ui/wx_text.hpp"

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/grid.h>
#include <wx/sizer.h>
#include <wx/settings.h>
#include <wx/stattext.h>

#include <algorithm>
#include <set>

namespace findings::studio {

namespace {

/// The point's words in its column, at most this many code points (the whole is the tooltip).
constexpr size_t kPointChars = 150;
/// Each plan item's words in the plan column (the whole list is the tooltip).
constexpr size_t kPlanItemChars = 70;

wxColour colourOf(const Rgb& c) { return wxColour(c.r, c.g, c.b); }

}  // namespace

FollowUpView::FollowUpView(wxWindow* parent) : wxPanel(parent, wxID_ANY) {
    SetName("followup-view");
    report_ = new wxChoice(this, wxID_ANY);
    report_->SetName("followup-report");
    report_->SetToolTip("The full report whose areas for improvement are the rows (newest first).");
    proposed_ = new wxCheckBox(this, wxID_ANY, "Include &proposed links");
    proposed_->SetName("followup-proposed");
    proposed_->SetToolTip(L"Also count the linker's proposals below the confidence threshold; "
                          L"cells they alone give are marked \u201cproposed\u201d.");
    legend_ = new wxStaticText(this, wxID_ANY,
                               "Each cell: what that visit said about the point. Hover for the quote, click for the findings.");
    grid_ = new wxGrid(this, wxID_ANY);
    grid_->SetName("followup-grid");
    grid_->CreateGrid(0, 0);
    grid_->EnableEditing(false);
    grid_->EnableDragRowSize(false);
    grid_->SetDefaultCellAlignment(wxALIGN_CENTRE, wxALIGN_CENTRE);
    grid_->SetRowLabelAlignment(wxALIGN_CENTRE, wxALIGN_CENTRE);
    grid_->SetCellHighlightPenWidth(2);

    auto* top = new wxBoxSizer(wxHORIZONTAL);
    const int gap = FromDIP(4);
    top->Add(new wxStaticText(this, wxID_ANY, "&Report:"), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, gap);
    // Long enough for "Inspection report · 2022-10-07 · requires improvement · 12 points".
    report_->SetMinSize(wxSize(60 * GetCharWidth(), -1));
    top->Add(report_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 3 * gap);
    top->Add(proposed_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 3 * gap);
    top->Add(legend_, 1, wxALIGN_CENTER_VERTICAL);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(top, 0, wxEXPAND | wxALL, gap);
    sizer->Add(grid_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, gap);
    SetSizer(sizer);

    report_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        if (report_->GetSelection() >= 0) chooseReport(static_cast<size_t>(report_->GetSelection()));
    });
    proposed_->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { setIncludeProposed(proposed_->GetValue()); });
    grid_->Bind(wxEVT_GRID_CELL_LEFT_CLICK, &FollowUpView::onCellClick, this);
    grid_->GetGridWindow()->Bind(wxEVT_MOTION, &FollowUpView::onGridMotion, this);
    grid_->Bind(wxEVT_KEY_DOWN, [this](wxKeyEvent& e) {
        if (e.GetKeyCode() == WXK_RETURN || e.GetKeyCode() == WXK_NUMPAD_ENTER) {
            chooseCell(grid_->GetGridCursorRow(), grid_->GetGridCursorCol());
            return;
        }
        e.Skip();
    });
}

const followup::Block* FollowUpView::block() const {
    return shown_ < table_.blocks.size() ? &table_.blocks[shown_] : nullptr;
}

int FollowUpView::planColumn() const {
    const followup::Block* b = block();
    return b ? kFirstVisitColumn + static_cast<int>(b->columns.size()) : -1;
}

void FollowUpView::update(const findings::FindingsSet& set) {
    set_ = &set;
    followup::Options options;
    options.includeProposed = proposed_->GetValue();
    table_ = followup::buildTable(set.sources, set.findings, options);
    // The same report as before when it is still there; else the newest.
    shown_ = 0;
    for (size_t b = 0; b < table_.blocks.size(); ++b)
        if (set.sources[table_.blocks[b].report].id == shownReport_) shown_ = b;
    fill(set);
}

void FollowUpView::chooseReport(size_t index) {
    if (!set_ || index >= table_.blocks.size()) return;
    shown_ = index;
    fill(*set_);
}

void FollowUpView::setIncludeProposed(bool include) {
    proposed_->SetValue(include);
    if (set_) update(*set_);
}

void FollowUpView::fill(const findings::FindingsSet& set) {
    // Keep the reader's place: the scroll position and the cursor survive a rebuild when
    // the same report is shown (an edit elsewhere must not throw them back to the top).
    const followup::Block* b = block();
    const bool sameReport = b && set.sources[b->report].id == shownReport_;
    int scrollX = 0, scrollY = 0;
    grid_->GetViewStart(&scrollX, &scrollY);
    const int cursorRow = grid_->GetGridCursorRow(), cursorCol = grid_->GetGridCursorCol();

    std::set<std::string> authorities;
    for (const auto& blk : table_.blocks) authorities.insert(blk.authority);
    wxArrayString choices;
    for (const auto& blk : table_.blocks) choices.Add(wxs(reportChoiceLabel(set, blk, authorities.size() > 1)));
    if (report_->GetStrings() != choices) report_->Set(choices);
    report_->SetSelection(b ? static_cast<int>(shown_) : wxNOT_FOUND);
    report_->SetToolTip(b ? report_->GetStringSelection() : wxString("No full report with areas for improvement"));

    grid_->Freeze();
    grid_->ClearSelection();
    if (grid_->GetNumberRows() > 0) grid_->DeleteRows(0, grid_->GetNumberRows());
    if (grid_->GetNumberCols() > 0) grid_->DeleteCols(0, grid_->GetNumberCols());
    cellIds_.clear();
    tooltips_.clear();
    if (!b) {
        shownReport_.clear();
        grid_->Thaw();
        legend_->SetLabel("No full inspection report with areas for improvement is in the project.");
        Layout();
        return;
    }
    legend_->SetLabel("Each cell: what that visit said about the point. Hover for the quote, click for the findings.");
    shownReport_ = set.sources[b->report].id;
    const int rows = static_cast<int>(b->rows.size());
    const int columns = planColumn() + 1;
    grid_->AppendRows(rows);
    grid_->AppendCols(columns);
    grid_->SetColLabelValue(0, "Area for improvement");
    for (size_t c = 0; c < b->columns.size(); ++c)
        grid_->SetColLabelValue(kFirstVisitColumn + static_cast<int>(c),
                                wxs(followUpColumnHeader(set.sources[b->columns[c]])));
    grid_->SetColLabelValue(columns - 1, L"Plan items (owner \u00b7 due \u00b7 RAG)");

    const std::string today = followup::todayIso();
    cellIds_.assign(static_cast<size_t>(rows), std::vector<std::vector<std::string>>(static_cast<size_t>(columns)));
    tooltips_.assign(static_cast<size_t>(rows), std::vector<wxString>(static_cast<size_t>(columns)));
    auto* wrap = new wxGridCellAutoWrapStringRenderer;
    const wxColour grey(0x70, 0x70, 0x70);
    for (int r = 0; r < rows; ++r) {
        const followup::Row& row = b->rows[static_cast<size_t>(r)];
        const Finding& point = set.findings[row.point];
        const size_t ri = static_cast<size_t>(r);
        grid_->SetRowLabelValue(r, wxString::Format("%d", r + 1));
        grid_->SetCellValue(r, 0, wxs(ellipsized(point.text, kPointChars)));
        // Wrapped text starts at the top: centred, a long one would overflow its cell's top.
        grid_->SetCellAlignment(r, 0, wxALIGN_LEFT, wxALIGN_TOP);
        grid_->SetCellRenderer(r, 0, wrap->Clone());
        cellIds_[ri][0] = {point.id};
        tooltips_[ri][0] = wxs(point.text) + "\nClick to show this point in the table.";
        for (size_t c = 0; c < row.cells.size(); ++c) {
            const followup::Cell& cell = row.cells[c];
            const int col = kFirstVisitColumn + static_cast<int>(c);
            grid_->SetCellValue(r, col, wxs(followUpCellText(cell)));
            grid_->SetCellBackgroundColour(r, col, colourOf(stanceColour(cell.stance)));
            if (cell.findings.empty()) grid_->SetCellTextColour(r, col, grey);
            if (cell.onlyProposed && !cell.findings.empty())
                grid_->SetCellFont(r, col, grid_->GetDefaultCellFont().Italic());
            cellIds_[ri][static_cast<size_t>(col)] = cellFindingIds(set, cell);
            tooltips_[ri][static_cast<size_t>(col)] = wxs(followUpCellTooltip(cell));
        }
        const int plan = columns - 1;
        grid_->SetCellValue(r, plan, wxs(planItemsText(set, row, today, kPlanItemChars)));
        grid_->SetCellAlignment(r, plan, wxALIGN_LEFT, wxALIGN_TOP);
        grid_->SetCellRenderer(r, plan, wrap->Clone());
        if (!row.covered()) {
            // Said plainly and in colour: a point nobody has planned for is what a board asks about.
            grid_->SetCellTextColour(r, plan, wxColour(0x9C, 0x00, 0x06));
            grid_->SetCellFont(r, plan, grid_->GetDefaultCellFont().Bold());
            tooltips_[ri][static_cast<size_t>(plan)] = "No plan item responds to this point.";
        } else {
            for (size_t item : row.planItems) cellIds_[ri][static_cast<size_t>(plan)].push_back(set.findings[item].id);
            tooltips_[ri][static_cast<size_t>(plan)] =
                wxs(planItemsText(set, row, today)) + "\nClick to show these plan items in the table.";
        }
    }
    wrap->DecRef();

    // Widths in characters: the point and plan columns wide enough to read, the visit
    // columns as wide as their headings; rows as tall as their wrapped text, within reason.
    const int chars = grid_->GetCharWidth();
    grid_->SetRowLabelSize(4 * chars);
    grid_->SetColLabelSize(wxGRID_AUTOSIZE);
    grid_->AutoSizeColumns(false);
    grid_->SetColSize(0, 48 * chars);
    for (int c = kFirstVisitColumn; c < columns - 1; ++c)
        grid_->SetColSize(c, std::max(grid_->GetColSize(c) + 2 * chars, 18 * chars));
    grid_->SetColSize(columns - 1, 52 * chars);
    grid_->AutoSizeRows(false);
    const int lineHeight = grid_->GetCharHeight() + FromDIP(2);
    for (int r = 0; r < rows; ++r)
        grid_->SetRowSize(r, std::clamp(grid_->GetRowSize(r), 2 * lineHeight, 6 * lineHeight));
    // The plan column takes the width left over, so its items wrap less.
    int used = grid_->GetRowLabelSize();
    for (int c = 0; c < columns; ++c) used += grid_->GetColSize(c);
    const int spare = grid_->GetClientSize().x - used - wxSystemSettings::GetMetric(wxSYS_VSCROLL_X);
    if (spare > 0) grid_->SetColSize(columns - 1, grid_->GetColSize(columns - 1) + spare);
    if (sameReport && cursorRow >= 0 && cursorRow < rows && cursorCol >= 0 && cursorCol < columns)
        grid_->SetGridCursor(cursorRow, cursorCol);
    grid_->Thaw();
    Layout();
    if (sameReport) grid_->Scroll(scrollX, scrollY);
}

wxString FollowUpView::cellTooltip(int row, int column) const {
    if (row < 0 || column < 0 || static_cast<size_t>(row) >= tooltips_.size() ||
        static_cast<size_t>(column) >= tooltips_[static_cast<size_t>(row)].size())
        return wxEmptyString;
    return tooltips_[static_cast<size_t>(row)][static_cast<size_t>(column)];
}

void FollowUpView::chooseCell(int row, int column) {
    if (!onCellChosen || row < 0 || column < 0 || static_cast<size_t>(row) >= cellIds_.size() ||
        static_cast<size_t>(column) >= cellIds_[static_cast<size_t>(row)].size())
        return;
    const std::vector<std::string>& ids = cellIds_[static_cast<size_t>(row)][static_cast<size_t>(column)];
    if (ids.empty()) return;  // no evidence: nothing to show, and an empty table would mislead
    std::string what;
    if (column == 0) what = "improvement point " + std::to_string(row + 1);
    else if (column == planColumn()) what = "plan items for point " + std::to_string(row + 1);
    else what = "visit evidence on point " + std::to_string(row + 1);
    onCellChosen(ids, what);
}

void FollowUpView::onCellClick(wxGridEvent& event) {
    grid_->SetGridCursor(event.GetRow(), event.GetCol());
    chooseCell(event.GetRow(), event.GetCol());
}

void FollowUpView::onGridMotion(wxMouseEvent& event) {
    event.Skip();
    int x = 0, y = 0;
    grid_->CalcUnscrolledPosition(event.GetX(), event.GetY(), &x, &y);
    const wxString tip = cellTooltip(grid_->YToRow(y), grid_->XToCol(x));
    wxWindow* window = grid_->GetGridWindow();
    if (window->GetToolTipText() != tip) {
        if (tip.empty()) window->UnsetToolTip();
        else window->SetToolTip(tip);
    }
}

}  // namespace findings::studio
