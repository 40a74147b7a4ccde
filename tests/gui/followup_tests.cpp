// The Follow-up tab and the link review in a real window: the fictional Wyvern chain
// (samples/data: the 2022 report, two monitoring letters, news, a press release and the
// tracker) imported and linked as a user would (Tools › Link Follow-ups), then a follow-up
// cell clicked, links accepted, rejected, added and undone, and the review queue worked
// through with the keyboard.
#include "gui_test_support.hpp"

#include "model/followup_grid.hpp"
#include "model/followup_links.hpp"
#include "ui/command_ids.hpp"
#include "ui/filter_bar.hpp"
#include "ui/findings_table.hpp"
#include "ui/followup_view.hpp"
#include "ui/link_review_panel.hpp"
#include "ui/link_review_target_dialog.hpp"
#include "ui/wx_text.hpp"

#include <catch2/catch.hpp>

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/grid.h>
#include <wx/listbox.h>
#include <wx/listctrl.h>
#include <wx/notebook.h>
#include <wx/srchctrl.h>
#include <wx/uiaction.h>

#include <algorithm>

using namespace findings;
using namespace findings::studio;
using guitest::FrameFixture;

namespace {

const std::vector<std::string> kWyvern = {"wyvern-inspection-report-2022-10.txt", "wyvern-monitoring-letter-2024-05.txt",
                                          "wyvern-monitoring-letter-2025-02.txt", "wyvern-news-article-2024-06.txt",
                                          "wyvern-press-release-2025-03.txt",     "wyvern-improvement-tracker.xlsx"};

/// The Wyvern chain imported and linked.
void loadWyvern(FrameFixture& fx) {
    std::vector<std::string> paths;
    for (const auto& name : kWyvern) paths.push_back(testsupport::samplesDir() + "/" + name);
    REQUIRE(fx.frame().importPaths(paths));
    REQUIRE(fx.waitForImports(60000));
    REQUIRE(fx.frame().document().set().sources.size() == kWyvern.size());
    fx.frame().linkFollowUps();
    size_t links = 0;
    for (const auto& f : fx.frame().document().set().findings) links += f.links.size();
    REQUIRE(links > 10);
}

/// The first finding with a link waiting for review, as a finding index.
std::optional<size_t> firstAwaiting(const FindingsDocument& doc) {
    const auto& findings = doc.set().findings;
    for (size_t i = 0; i < findings.size(); ++i)
        if (hasLinksAwaitingReview(findings[i])) return i;
    return std::nullopt;
}

void clickCell(wxGrid* grid, int row, int col) {
    grid->MakeCellVisible(row, col);
    guitest::pump(50);
    const wxRect cell = grid->CellToRect(row, col);
    int x = 0, y = 0;
    grid->CalcScrolledPosition(cell.x + cell.width / 2, cell.y + cell.height / 2, &x, &y);
    wxUIActionSimulator sim;
    sim.MouseMove(grid->GetGridWindow()->ClientToScreen(wxPoint(x, y)));
    guitest::pump(50);
    sim.MouseClick();
}

}  // namespace

TEST_CASE("the Follow-up tab shows the report's points against the later visits, and a cell filters the table",
          "[followup]") {
    FrameFixture fx;
    loadWyvern(fx);
    MainFrame& frame = fx.frame();
    wxUIActionSimulator sim;
    frame.table()->SetFocus();
    sim.Char('4', wxMOD_CONTROL);  // View › Follow-up
    REQUIRE(guitest::waitUntil([&] { return frame.lowerNotebook()->GetSelection() == PageFollowUp; }, 3000));
    FollowUpView* view = frame.followUpView();
    wxGrid* grid = view->grid();
    const followup::Block* block = view->block();
    REQUIRE(block != nullptr);
    const auto& set = frame.document().set();
    CHECK(set.sources[block->report].kind == "inspection_report");
    // Rows are the points; columns: the point, the two letters, the plan items.
    REQUIRE(grid->GetNumberRows() == static_cast<int>(block->rows.size()));
    REQUIRE(block->columns.size() == 2);
    REQUIRE(grid->GetNumberCols() == 4);
    CHECK(grid->GetColLabelValue(1).StartsWith("Monitoring letter\n2024-"));
    CHECK(grid->GetColLabelValue(2).StartsWith("Monitoring letter\n2025-"));
    CHECK(view->reportChoice()->GetStringSelection().Contains("inadequate"));
    // Every row says something in the plan column: its plan items or, plainly, none.
    for (int r = 0; r < grid->GetNumberRows(); ++r) CHECK_FALSE(grid->GetCellValue(r, 3).empty());

    // A cell with evidence: its text is the stance, its tooltip the quote.
    int row = -1, col = -1;
    for (int r = 0; r < grid->GetNumberRows() && row < 0; ++r)
        for (int c = 1; c <= 2 && row < 0; ++c)
            if (!block->rows[static_cast<size_t>(r)].cells[static_cast<size_t>(c - 1)].findings.empty()) {
                row = r;
                col = c;
            }
    REQUIRE(row >= 0);
    const followup::Cell& cell = block->rows[static_cast<size_t>(row)].cells[static_cast<size_t>(col - 1)];
    CHECK(grid->GetCellValue(row, col) == wxs(followUpCellText(cell)));
    CHECK(view->cellTooltip(row, col).Contains(wxs(cell.quote.substr(0, 30))));
    std::vector<std::string> expected;
    for (size_t f : cell.findings) expected.push_back(set.findings[f].id);

    clickCell(grid, row, col);
    REQUIRE(guitest::waitUntil([&] { return frame.view().rowCount() == expected.size(); }, 3000));
    std::vector<std::string> shown;
    for (size_t r = 0; r < frame.view().rowCount(); ++r) shown.push_back(set.findings[frame.view().findingAt(r)].id);
    std::sort(shown.begin(), shown.end());
    std::sort(expected.begin(), expected.end());
    CHECK(shown == expected);
    CHECK(frame.filterBar()->state().onlyFindings == frame.view().filter().onlyFindings);
    // A search typed then narrows within the cell's findings rather than dropping them.
    const std::string& firstText = set.findings[frame.view().findingAt(0)].text;
    const std::string word = firstText.substr(0, std::min<size_t>(firstText.find(' ', 8), 20));
    frame.filterBar()->searchBox()->ChangeValue(wxs(word));
    wxCommandEvent enter(wxEVT_TEXT_ENTER, frame.filterBar()->searchBox()->GetId());
    enter.SetEventObject(frame.filterBar()->searchBox());
    frame.filterBar()->searchBox()->ProcessWindowEvent(enter);
    CHECK(frame.view().filter().onlyFindings.size() == expected.size());
    CHECK(frame.view().rowCount() >= 1);
    CHECK(frame.view().rowCount() <= expected.size());
    frame.filterBar()->clear();
    CHECK(frame.view().rowCount() == set.findings.size());

    // An edit rebuilds the tab and keeps the cursor where it was.
    grid->SetGridCursor(row, col);
    const size_t point = block->rows[static_cast<size_t>(row)].point;
    frame.document().setPolarity(point, "mixed");
    guitest::pump(50);
    CHECK(grid->GetGridCursorRow() == row);
    CHECK(grid->GetGridCursorCol() == col);
}

TEST_CASE("links are accepted and rejected with one key, added from a searchable list, and undone", "[followup][links]") {
    FrameFixture fx;
    loadWyvern(fx);
    MainFrame& frame = fx.frame();
    FindingsDocument& doc = frame.document();
    const std::optional<size_t> finding = firstAwaiting(doc);
    REQUIRE(finding);
    REQUIRE(frame.selectFinding(*finding));
    LinkReviewPanel* review = frame.linkReview();
    frame.detailNotebook()->SetSelection(DetailLinks);
    guitest::pump(50);
    REQUIRE(review->list()->GetItemCount() == static_cast<int>(doc.set().findings[*finding].links.size()));
    const long first = review->selectedLink();
    REQUIRE(first >= 0);
    CHECK(awaitsReview(doc.set().findings[*finding].links[static_cast<size_t>(first)]));
    CHECK(review->list()->GetItemText(first, 4) == "Proposed");

    // A, with the list focused: accepted, one undoable step.
    wxUIActionSimulator sim;
    sim.MouseMove(review->list()->GetScreenRect().GetPosition() + wxPoint(20, 40));
    review->list()->SetFocus();
    guitest::pump(80);
    sim.Char('a');
    REQUIRE(guitest::waitUntil([&] { return doc.set().findings[*finding].links[static_cast<size_t>(first)].review == "accepted"; },
                               3000));
    CHECK(doc.undoLabel() == "Accept Link");
    CHECK(review->list()->GetItemText(first, 4) == "Accepted");
    REQUIRE(doc.undo());
    CHECK(doc.set().findings[*finding].links[static_cast<size_t>(first)].review == "proposed");

    // R rejects; the link stays, as rejected, and undo brings it back.
    review->selectLink(static_cast<size_t>(first));
    review->list()->SetFocus();
    guitest::pump(50);
    sim.Char('r');
    REQUIRE(guitest::waitUntil([&] { return doc.set().findings[*finding].links[static_cast<size_t>(first)].review == "rejected"; },
                               3000));
    CHECK(doc.undoLabel() == "Reject Link");
    REQUIRE(doc.undo());

    // The stance choice corrects it (and accepts it).
    review->selectLink(static_cast<size_t>(first));
    if (doc.set().findings[*finding].links[static_cast<size_t>(first)].relation == "follows_up") {
        review->setSelectedStance("mixed");
        CHECK(doc.set().findings[*finding].links[static_cast<size_t>(first)].stance == "mixed");
        CHECK(doc.undoLabel() == "Change Link Stance");
        REQUIRE(doc.undo());
    }

    // Add link: the chooser narrows the points by words, and the link made is a person's.
    std::vector<PointChoice> choices = linkablePoints(doc.set(), *finding);
    REQUIRE_FALSE(choices.empty());
    const std::string target = doc.set().findings[choices.back().finding].text;
    LinkTargetDialog dialog(&frame, choices, true);
    const std::string word = target.substr(0, target.find(' ', 12));
    dialog.setQuery(wxs(word));
    REQUIRE(dialog.pointList()->GetCount() >= 1);
    CHECK(dialog.pointList()->GetCount() <= choices.size());
    CHECK(utf8(dialog.pointList()->GetString(0)).find(word) != std::string::npos);
    const size_t point = dialog.chosenPoint();
    REQUIRE(point != kNoLink);
    const size_t before = doc.set().findings[*finding].links.size();
    REQUIRE(frame.addLinkToCurrent(point, dialog.chosenStance()));
    const auto& links = doc.set().findings[*finding].links;
    REQUIRE(links.size() == before + 1);
    CHECK(links.back().origin == "person");
    CHECK(links.back().target == doc.set().findings[point].id);
    CHECK(review->list()->GetItemCount() == static_cast<int>(before + 1));
    CHECK(doc.undoLabel() == "Add Link");
    REQUIRE(doc.undo());
    CHECK(doc.set().findings[*finding].links.size() == before);
    CHECK(review->list()->GetItemCount() == static_cast<int>(before));
}

TEST_CASE("the proposed-links filter is a queue: each decision moves on to the next finding", "[followup][links][filter]") {
    FrameFixture fx;
    loadWyvern(fx);
    MainFrame& frame = fx.frame();
    FindingsDocument& doc = frame.document();
    size_t queued = 0;
    for (const auto& f : doc.set().findings) queued += hasLinksAwaitingReview(f) ? 1 : 0;
    REQUIRE(queued >= 3);
    wxUIActionSimulator sim;
    frame.table()->SetFocus();
    sim.Char('L', wxMOD_CONTROL | wxMOD_SHIFT);  // Tools › Review Proposed Links
    REQUIRE(guitest::waitUntil([&] { return frame.view().rowCount() == queued; }, 3000));
    CHECK(frame.view().filter().proposedLinksOnly);
    CHECK(frame.detailNotebook()->GetSelection() == DetailLinks);
    CHECK(frame.linkReview()->proposedOnlyCheck()->GetValue());
    REQUIRE(frame.currentFinding());
    // Decide every waiting link of the first finding; then the next finding is selected.
    const size_t first = *frame.currentFinding();
    LinkReviewPanel* review = frame.linkReview();
    while (hasLinksAwaitingReview(doc.set().findings[first])) {
        REQUIRE(frame.currentFinding() == first);
        review->acceptSelected();
        guitest::pump(20);
    }
    REQUIRE(guitest::waitUntil([&] { return frame.view().rowCount() == queued - 1; }, 3000));
    REQUIRE(frame.currentFinding());
    CHECK(*frame.currentFinding() != first);
    CHECK(hasLinksAwaitingReview(doc.set().findings[*frame.currentFinding()]));
    CHECK(review->selectedLink() >= 0);
    // Undo puts the first one back in the queue.
    while (doc.undoLabel() == "Accept Link") doc.undo();
    CHECK(frame.view().rowCount() == queued);
    // Clearing the filters leaves the queue.
    frame.filterBar()->clear();
    CHECK_FALSE(frame.view().filter().proposedLinksOnly);
    CHECK(frame.view().rowCount() == doc.set().findings.size());
}
