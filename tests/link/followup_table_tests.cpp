// The follow-up table (sdk/followup.hpp) over small hand-built chains: which visits become
// columns, how a visit's links sum to one stance, which links are shown, and the action
// rules the coverage views share.
#include <findings/sdk/followup.hpp>

#include <catch2/catch.hpp>

using namespace findings;
using namespace findings::followup;

namespace {

Source source(std::string id, std::string kind, std::string date, std::string authority = "Wyvern") {
    Source s;
    s.id = std::move(id);
    s.kind = std::move(kind);
    s.date = std::move(date);
    s.local_authority = std::move(authority);
    return s;
}

Finding finding(std::string id, std::string sourceId, std::string kind = "finding",
                std::string polarity = "weakness") {
    Finding f;
    f.id = std::move(id);
    f.source = std::move(sourceId);
    f.kind = std::move(kind);
    f.polarity = std::move(polarity);
    f.text = "Text of " + f.id;
    return f;
}

Link link(std::string target, std::string relation, std::string stance, double confidence,
          std::string review = "proposed", std::string origin = "auto") {
    Link l;
    l.target = std::move(target);
    l.relation = std::move(relation);
    l.stance = std::move(stance);
    l.confidence = confidence;
    l.review = std::move(review);
    l.origin = std::move(origin);
    return l;
}

// A 2022 report with two points, two letters, a 2025 report with one point, a press release
// and a tracker; a 2023 letter of another council in between.
struct Chain {
    std::vector<Source> sources{
        source("r22", "inspection_report", "2022-10-14"),
        source("l1", "monitoring_letter", "2023-05-10"),
        source("other", "monitoring_letter", "2023-06-01", "Elsewhere"),
        source("l2", "monitoring_letter", "2024-02-20"),
        source("pr", "press_release", "2024-02-25"),
        source("r25", "inspection_report", "2025-03-01"),
        source("l3", "monitoring_letter", "2025-09-01"),
        source("plan", "spreadsheet", "2024-01-01"),
    };
    std::vector<Finding> findings{
        finding("p1", "r22", "improvement_point"),
        finding("p2", "r22", "improvement_point"),
        finding("a", "l1"),                       // improved on p1
        finding("b", "l2"),                       // not improved on p1, sure
        finding("c", "l2"),                       // improved on p1, less sure
        finding("d", "l2"),                       // below threshold on p2
        finding("e", "pr", "finding", "strength"),  // commentary following up p1
        finding("q1", "r25", "improvement_point"),
        finding("g", "r25"),                      // the next report on p2
        finding("x", "plan", "plan_item"),        // answers p1
        finding("y", "plan", "plan_item"),        // answers letter finding b
    };
    Chain() {
        findings[2].links = {link("p1", "follows_up", "improved", 0.9)};
        findings[3].links = {link("p1", "follows_up", "not_improved", 0.8)};
        findings[4].links = {link("p1", "follows_up", "improved", 0.6)};
        findings[5].links = {link("p2", "follows_up", "not_improved", 0.3)};
        findings[6].links = {link("p1", "follows_up", "improved", 0.9)};
        findings[8].links = {link("p2", "follows_up", "not_improved", 0.7)};
        findings[9].links = {link("p1", "responds_to", "", 0.9)};
        findings[10].links = {link("b", "responds_to", "", 0.9)};
    }
};

size_t indexOf(const std::vector<Source>& sources, const std::string& id) {
    for (size_t i = 0; i < sources.size(); ++i)
        if (sources[i].id == id) return i;
    return kNoIndex;
}

}  // namespace

TEST_CASE("each full report with points is a block, newest first, its columns the visits up to the next report") {
    const Chain chain;
    const Table table = buildTable(chain.sources, chain.findings);
    REQUIRE(table.blocks.size() == 2);
    CHECK(chain.sources[table.blocks[0].report].id == "r25");
    const Block& b = table.blocks[1];
    CHECK(chain.sources[b.report].id == "r22");
    CHECK(b.nextReport == indexOf(chain.sources, "r25"));
    std::vector<std::string> columns;
    for (size_t c : b.columns) columns.push_back(chain.sources[c].id);
    // Not the other council's letter, not the press release, not the plan, not the 2025 letter.
    CHECK(columns == std::vector<std::string>{"l1", "l2", "r25"});
    REQUIRE(b.rows.size() == 2);
    CHECK(chain.findings[b.rows[0].point].id == "p1");
}

TEST_CASE("a visit's links sum to one stance, and the surest finding gives the quote") {
    const Chain chain;
    const Table table_b = buildTable(chain.sources, chain.findings);
    const Block& b = table_b.blocks[1];
    const Row& p1 = b.rows[0];
    CHECK(p1.cells[0].stance == CellStance::Improved);
    CHECK(p1.cells[1].stance == CellStance::Mixed);  // one improved, one not
    REQUIRE(p1.cells[1].findings.size() == 2);
    CHECK(chain.findings[p1.cells[1].findings[0]].id == "b");  // 0.8 before 0.6
    CHECK(p1.cells[1].quote == "Text of b");
    CHECK(p1.cells[2].stance == CellStance::NoEvidence);
    const Row& p2 = b.rows[1];
    CHECK(p2.cells[1].stance == CellStance::NoEvidence);  // 0.3 is below the threshold
    CHECK(p2.cells[2].stance == CellStance::NotImproved);  // the next report
}

TEST_CASE("proposals below the threshold show only on request, marked; rejected links never") {
    Chain chain;
    Options options;
    options.includeProposed = true;
    const Table table_p2 = buildTable(chain.sources, chain.findings, options);
    const Row& p2 = table_p2.blocks[1].rows[1];
    CHECK(p2.cells[1].stance == CellStance::NotImproved);
    CHECK(p2.cells[1].onlyProposed);
    CHECK_FALSE(p2.cells[2].onlyProposed);

    chain.findings[2].links[0].review = "rejected";
    const Table table_p1 = buildTable(chain.sources, chain.findings, options);
    const Row& p1 = table_p1.blocks[1].rows[0];
    CHECK(p1.cells[0].stance == CellStance::NoEvidence);

    chain.findings[4].links[0] = link("p1", "follows_up", "improved", 0.1, "accepted", "auto");
    CHECK(isShown(chain.findings[4].links[0], Options{}));
}

TEST_CASE("commentary is a column only when asked for") {
    const Chain chain;
    Options options;
    options.includeCommentary = true;
    const Table table_b = buildTable(chain.sources, chain.findings, options);
    const Block& b = table_b.blocks[1];
    std::vector<std::string> columns;
    for (size_t c : b.columns) columns.push_back(chain.sources[c].id);
    CHECK(columns == std::vector<std::string>{"l1", "l2", "pr", "r25"});
}

TEST_CASE("plan items answer a point directly or through the finding that follows it up") {
    const Chain chain;
    const Table table_b = buildTable(chain.sources, chain.findings);
    const Block& b = table_b.blocks[1];
    std::vector<std::string> items;
    for (size_t i : b.rows[0].planItems) items.push_back(chain.findings[i].id);
    CHECK(items == std::vector<std::string>{"x", "y"});
    CHECK(b.rows[0].covered());
    CHECK_FALSE(b.rows[1].covered());
}

TEST_CASE("an undated source that follows up a point comes last") {
    Chain chain;
    chain.sources.push_back(source("undated", "monitoring_letter", ""));
    Finding late = finding("u", "undated");
    late.links = {link("p2", "follows_up", "improved", 0.9, "accepted", "person")};
    chain.findings.push_back(late);
    const Table table_b = buildTable(chain.sources, chain.findings);
    const Block& b = table_b.blocks[1];
    REQUIRE(b.columns.size() == 4);
    CHECK(chain.sources[b.columns.back()].id == "undated");
    CHECK(b.rows[1].cells.back().stance == CellStance::Improved);
}

TEST_CASE("an action is overdue when due before today and not complete") {
    Action a;
    a.due = "2026-11-30";
    CHECK(isOverdue(a, "2026-12-07"));
    CHECK_FALSE(isOverdue(a, "2026-11-30"));
    a.due = "2026-12";  // due by the end of the month
    CHECK_FALSE(isOverdue(a, "2026-12-07"));
    CHECK(isOverdue(a, "2027-01-01"));
    a.status = "complete";
    CHECK_FALSE(isOverdue(a, "2027-01-01"));
    a = Action{};
    CHECK_FALSE(isOverdue(a, "2027-01-01"));
}

TEST_CASE("a weakness with no action text and no plan item has no action planned") {
    const Chain chain;
    const auto items = planItemsByFinding(chain.findings);
    const Source& letter = chain.sources[indexOf(chain.sources, "l2")];
    CHECK_FALSE(hasNoActionPlanned(chain.findings[3], &letter, items[3]));  // b: y answers it
    CHECK(hasNoActionPlanned(chain.findings[5], &letter, items[5]));        // d: nothing
    // A letter finding following up a point the plan answers inherits the plan's answer.
    CHECK_FALSE(hasNoActionPlanned(chain.findings[2], &chain.sources[1], items[2]));
    Finding withAction = chain.findings[5];
    withAction.action.text = "Audit plans";
    CHECK_FALSE(hasNoActionPlanned(withAction, &letter, items[5]));
    const Source& press = chain.sources[indexOf(chain.sources, "pr")];
    Finding pressWeakness = finding("w", "pr");
    CHECK_FALSE(hasNoActionPlanned(pressWeakness, &press, {}));  // commentary asks nothing
}

TEST_CASE("stances combine: mixed wins over either way, unclear only alone") {
    CHECK(combineStances({}) == CellStance::NoEvidence);
    CHECK(combineStances({"unclear"}) == CellStance::Unclear);
    CHECK(combineStances({"unclear", "improved"}) == CellStance::Improved);
    CHECK(combineStances({"improved", "mixed"}) == CellStance::Mixed);
    CHECK(std::string(stanceLabel(CellStance::NotImproved)) == "not improved");
}

TEST_CASE("a long quote is cut at a word, never inside a character") {
    Finding f;
    f.text = std::string(200, 'a') + " caf\xc3\xa9 " + std::string(100, 'b');
    const std::string q = shortQuote(f, 205);
    CHECK(q == std::string(200, 'a') + "\u2026");
    f.text = std::string(204, 'a') + "\xc3\xa9" + std::string(100, 'b');
    CHECK(shortQuote(f, 205) == std::string(204, 'a') + "\u2026");
}

TEST_CASE("a role alone says whether a finding calls for action, as the source record does") {
    const Finding weakness = finding("w", "l2");
    CHECK(callsForAction(weakness, std::string_view("inspection")));
    CHECK_FALSE(callsForAction(weakness, std::string_view("commentary")));
    CHECK_FALSE(callsForAction(weakness, std::string_view()));  // the set lacks its source
    CHECK(callsForAction(finding("p", "", "improvement_point"), std::string_view()));
    CHECK_FALSE(callsForAction(finding("s", "l2", "finding", "strength"), std::string_view("inspection")));
    const Source letter = source("l2", "monitoring_letter", "2024-02-20");
    CHECK(callsForAction(weakness, &letter) == callsForAction(weakness, roleOf(letter)));
}

TEST_CASE("a report's overall judgement is the grade of its 'Overall ...' area") {
    Source report = source("r", "inspection_report", "2022-10-14");
    CHECK(overallJudgement(report).empty());
    report.judgements = {{"The impact of leaders on social work practice", "inadequate"},
                         {"Overall effectiveness", "requires improvement"}};
    CHECK(overallJudgement(report) == "requires improvement");
    report.judgements = {{"overall Effectiveness", "good"}};
    CHECK(overallJudgement(report) == "good");
}

TEST_CASE("a report grading no overall area has no overall judgement") {
    Source report = source("r", "inspection_report", "2022-10-14");
    report.judgements = {{"The experiences and progress of children in care", "requires improvement"},
                         {"Overall effectiveness", "inadequate"}};
    CHECK(overallJudgement(report) == "inadequate");
    report.judgements = {{"Children who need help and protection", "good"}};
    CHECK(overallJudgement(report).empty());
}
