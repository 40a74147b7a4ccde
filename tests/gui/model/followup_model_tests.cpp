// The Follow-up tab's words and the link review's decisions, without a display: a small
// chain (a report with two points, a letter following them up, a tracker answering one),
// decisions as undoable document edits, the review queue filter and the follow-up cell
// filter.
#include "model/finding_filter.hpp"
#include "model/findings_document.hpp"
#include "model/findings_view.hpp"
#include "model/followup_grid.hpp"
#include "model/followup_links.hpp"
#include "model_fixtures.hpp"

#include <test_support.hpp>

#include <catch2/catch.hpp>

using namespace findings;
using namespace findings::studio;

namespace {

Source source(std::string id, std::string kind, std::string date) {
    Source s;
    s.id = std::move(id);
    s.kind = std::move(kind);
    s.date = date;  // what the source's short name shows
    s.visit.end = std::move(date);
    s.local_authority = "Wyvern";
    return s;
}

Finding finding(std::string id, std::string sourceId, std::string text, std::string kind = "") {
    Finding f;
    f.id = std::move(id);
    f.source = std::move(sourceId);
    f.text = std::move(text);
    f.kind = std::move(kind);
    f.polarity = "weakness";
    return f;
}

Link proposal(std::string target, std::string relation, std::string stance, double confidence) {
    Link l;
    l.target = std::move(target);
    l.relation = std::move(relation);
    l.stance = std::move(stance);
    l.confidence = confidence;
    l.origin = "auto";
    l.review = "proposed";
    l.evidence = "front door";
    return l;
}

findings::FindingsSet chain() {
    findings::FindingsSet set;
    set.sources = {source("report", "inspection_report", "2022-10-07"),
                   source("letter", "monitoring_letter", "2024-05-15"),
                   source("plan", "spreadsheet", "")};
    set.sources[0].judgements = {{"Overall effectiveness", "inadequate"}};
    set.findings = {
        finding("p1", "report", "The response to contacts at the front door.", "improvement_point"),
        finding("p2", "report", "The stability of the workforce.", "improvement_point"),
        finding("l1", "letter", "Contacts at the front door are now dealt with promptly."),
        finding("l2", "letter", "Too many children still have several changes of social worker."),
        finding("x", "plan", "Recruit permanent social workers.", "plan_item"),
    };
    set.findings[2].links = {proposal("p1", "follows_up", "improved", 0.8)};
    set.findings[3].links = {proposal("p2", "follows_up", "not_improved", 0.3),
                             proposal("p1", "follows_up", "unclear", 0.2)};
    set.findings[4].links = {proposal("p2", "responds_to", "", 0.9)};
    set.findings[4].action = {"Recruit permanent social workers", "Head of Service", "2023-03", "red"};
    return set;
}

}  // namespace

TEST_CASE("a report's column headings name the visit, its date and a full report's judgement", "[followup]") {
    const findings::FindingsSet set = chain();
    CHECK(followUpColumnHeader(set.sources[1]) == "Monitoring letter\n2024-05-15");
    CHECK(followUpColumnHeader(set.sources[0]) == "Inspection report\n2022-10-07\nInadequate");
    Source undated = set.sources[1];
    undated.visit = {};
    undated.date.clear();
    CHECK(followUpColumnHeader(undated) == "Monitoring letter\nundated");
    const followup::Table table = followup::buildTable(set.sources, set.findings);
    REQUIRE(table.blocks.size() == 1);
    CHECK(reportChoiceLabel(set, table.blocks[0], false) ==
          "Inspection report \u00b7 2022-10-07 \u00b7 inadequate \u00b7 2 points");
    CHECK(reportChoiceLabel(set, table.blocks[0], true).rfind("Wyvern \u00b7 Inspection report", 0) == 0);
}

TEST_CASE("cells say the stance, mark proposals, and quote the finding in the tooltip", "[followup]") {
    const findings::FindingsSet set = chain();
    followup::Options options;
    const followup::Table shown = followup::buildTable(set.sources, set.findings, options);
    const followup::Block& block = shown.blocks[0];
    CHECK(followUpCellText(block.rows[0].cells[0]) == "Improved");
    CHECK(followUpCellText(block.rows[1].cells[0]) == "No evidence");  // 0.3 is below the threshold
    CHECK(followUpCellTooltip(block.rows[0].cells[0]).find("Contacts at the front door are now dealt") !=
          std::string::npos);
    CHECK(cellFindingIds(set, block.rows[0].cells[0]) == std::vector<std::string>{"l1"});
    options.includeProposed = true;
    const followup::Table all = followup::buildTable(set.sources, set.findings, options);
    CHECK(followUpCellText(all.blocks[0].rows[1].cells[0]) == "Not improved (proposed)");
    CHECK(stanceColour(followup::CellStance::NotImproved) != stanceColour(followup::CellStance::Improved));
    CHECK(stanceColour(followup::CellStance::NoEvidence) == Rgb{255, 255, 255});
}

TEST_CASE("the plan column gives each answer's owner, due date and RAG, or says there is none", "[followup]") {
    const findings::FindingsSet set = chain();
    const followup::Table table = followup::buildTable(set.sources, set.findings);
    const followup::Block& block = table.blocks[0];
    CHECK(planItemsText(set, block.rows[0], "2024-01-01") == kNoPlanItem);
    CHECK(planItemsText(set, block.rows[1], "2024-01-01") ==
          "Recruit permanent social workers \u2014 Head of Service \u00b7 due 2023-03 \u00b7 Red \u00b7 overdue");
    CHECK(planItemText(set.findings[4], "2023-02-01").find("overdue") == std::string::npos);
}

TEST_CASE("accepting, rejecting and restancing a link are undoable edits of one finding", "[followup][links]") {
    FindingsDocument doc;
    doc.reset(chain(), "");
    CHECK(hasLinksAwaitingReview(doc.set().findings[3]));
    REQUIRE(doc.setLinks(3, withReview(doc.set().findings[3].links, 0, "accepted"), "Accept Link"));
    CHECK(doc.set().findings[3].links[0].review == "accepted");
    CHECK(doc.undoLabel() == "Accept Link");
    CHECK(nextLinkAwaitingReview(doc.set().findings[3].links, 0) == 1);
    REQUIRE(doc.setLinks(3, withReview(doc.set().findings[3].links, 1, "rejected"), "Reject Link"));
    CHECK(doc.set().findings[3].links.size() == 2);  // kept, so linking again does not re-propose it
    CHECK_FALSE(hasLinksAwaitingReview(doc.set().findings[3]));
    CHECK(nextLinkAwaitingReview(doc.set().findings[3].links, kNoLink) == kNoLink);
    REQUIRE(doc.undo());
    CHECK(doc.set().findings[3].links[1].review == "proposed");
    REQUIRE(doc.undo());
    CHECK(doc.set().findings[3].links[0].review == "proposed");
    CHECK(doc.set().findings[3].review.empty());  // the finding's own review state is untouched

    const std::vector<Link> restanced = withStance(doc.set().findings[2].links, 0, "mixed");
    CHECK(restanced[0].stance == "mixed");
    CHECK(restanced[0].review == "accepted");  // a corrected stance is a person's decision
}

TEST_CASE("a link added by hand follows up a point, or answers it from a plan item, never twice", "[followup][links]") {
    const findings::FindingsSet set = chain();
    const Link mine = personLink(set.findings[2], set.findings[1], "improved");
    CHECK(mine.relation == "follows_up");
    CHECK(mine.origin == "person");
    CHECK(mine.review == "accepted");
    CHECK(personLink(set.findings[4], set.findings[0], "improved").relation == "responds_to");
    CHECK(personLink(set.findings[4], set.findings[0], "improved").stance.empty());
    std::vector<Link> links = withLink(set.findings[2].links, mine);
    CHECK(links.size() == 2);
    // Linking to p1 again replaces the machine's proposal instead of adding a second link.
    links = withLink(links, personLink(set.findings[2], set.findings[0], "mixed"));
    REQUIRE(links.size() == 2);
    CHECK(links[0].origin == "person");
    CHECK(links[0].stance == "mixed");
}

TEST_CASE("the points a finding can be linked to are earlier, not yet linked, and searchable", "[followup][links]") {
    const findings::FindingsSet set = chain();
    const std::vector<PointChoice> choices = linkablePoints(set, 2);  // l1 already links p1
    REQUIRE(choices.size() == 1);
    CHECK(set.findings[choices[0].finding].id == "p2");
    CHECK(choices[0].label == "Inspection report \u00b7 2022-10-07 \u2014 The stability of the workforce.");
    const std::vector<PointChoice> fromPlan = linkablePoints(set, 4);  // the plan is undated
    CHECK(fromPlan.size() == 1);
    CHECK(linkablePoints(set, 0).empty());  // a report's own points are not follow-ups of it
    std::vector<PointChoice> two = linkablePoints(chain(), 3);
    CHECK(two.empty());  // l2 links both points already
    Finding fresh = finding("l3", "letter", "New text");
    findings::FindingsSet more = chain();
    more.findings.push_back(fresh);
    two = linkablePoints(more, more.findings.size() - 1);
    REQUIRE(two.size() == 2);
    CHECK(matchingChoices(two, "WORKFORCE stability") == std::vector<size_t>{1});
    CHECK(matchingChoices(two, "") == std::vector<size_t>{0, 1});
    CHECK(matchingChoices(two, "nothing like this").empty());
}

TEST_CASE("the link review names relation, stance, review and target in words", "[followup][links]") {
    const findings::FindingsSet set = chain();
    const Link& l = set.findings[3].links[0];
    CHECK(relationLabel(l.relation) == "Follows up");
    CHECK(linkStanceLabel(l.stance) == "Not improved");
    CHECK(linkReviewLabel(l) == "Proposed");
    CHECK(linkTargetText(set, l) == "The stability of the workforce. (Inspection report \u00b7 2022-10-07)");
    CHECK(linkTargetText(set, l, 12) == "The stabili\u2026 (Inspection report \u00b7 2022-10-07)");
    Link gone = l;
    gone.target = "missing";
    CHECK(linkTargetText(set, gone) == "missing");
}

TEST_CASE("the proposed-links filter is the review queue, and a follow-up cell filters to its findings", "[followup][filter]") {
    testsupport::TempDir dir;
    const core::ThemeLabels themes = fixtures::writeThemes(dir.path());
    FindingsDocument doc;
    doc.reset(chain(), "");
    FindingsView view(doc, themes);
    FilterState queue;
    queue.proposedLinksOnly = true;
    view.setFilter(queue);
    CHECK(view.rowCount() == 3);  // l1, l2, x
    // The last proposal of l1 decided: it leaves the queue.
    doc.setLinks(2, withReview(doc.set().findings[2].links, 0, "accepted"), "Accept Link");
    size_t row = 0;
    CHECK(view.findingChanged(2, row) == FindingsView::RowUpdate::Removed);
    CHECK(view.rowCount() == 2);

    FilterState cell;
    cell.onlyFindings = {"l2", "x"};
    CHECK(cell.active());
    CHECK(cell != FilterState{});
    view.setFilter(cell);
    REQUIRE(view.rowCount() == 2);
    CHECK(doc.set().findings[view.findingAt(0)].id == "l2");
    cell.text = "permanent";
    view.setFilter(cell);
    CHECK(view.rowCount() == 1);
}
