// What the board summary says, checked before any drawing: judgements, the table it reads,
// which council an action belongs to and in what order, and the themes compared.
#include "board_content.hpp"
#include "board_fixtures.hpp"

#include <catch2/catch.hpp>

using namespace boardtest;
using findings::board::buildContent;
using findings::board::ContentSettings;
using findings::board::CouncilSummary;

namespace {

ContentSettings settings(std::string today = "2025-06-01") {
    ContentSettings s;
    s.title = "Board";
    s.today = std::move(today);
    s.themeLabel = [](const std::string& id) { return "label of " + id; };
    return s;
}

const CouncilSummary& council(const findings::board::BoardContent& content, const std::string& name) {
    for (const auto& c : content.councils)
        if (c.name == name) return c;
    FAIL("no council " << name);
    throw;
}

}  // namespace

TEST_CASE("a council's latest full report gives its judgements, overall first, and its latest visit is named",
          "[board][content]") {
    std::vector<findings::Source> sources{source("r2018", "inspection_report", "2018-07-20", "Wyvern"),
                                          source("r2022", "inspection_report", "2022-10-07", "Wyvern"),
                                          source("l2024", "monitoring_letter", "2024-05-15", "Wyvern", 3)};
    sources[0].judgements = {{"Overall effectiveness", "good"}};
    sources[1].judgements = {{"The impact of leaders", "inadequate"},
                             {"Children in care", "requires improvement"},
                             {"Overall effectiveness", "inadequate"}};
    const auto content = buildContent(sources, {}, settings());
    REQUIRE(content.councils.size() == 1);
    const CouncilSummary& c = content.councils.front();
    CHECK(c.latestReport == "Full inspection, October 2022");
    REQUIRE(c.judgements.size() == 3);
    CHECK(c.judgements[0].area == "Overall effectiveness");
    CHECK(c.judgements[0].grade == "inadequate");
    CHECK(c.judgements[1].area == "The impact of leaders");
    CHECK(c.latestVisit == "Monitoring visit 3, May 2024");
}

TEST_CASE("the table the board reads is the newest report a visit has followed up", "[board][content]") {
    const std::vector<findings::Source> sources{source("r2018", "inspection_report", "2018-07-20", "Wyvern"),
                                                source("l2019", "monitoring_letter", "2019-05-01", "Wyvern", 1),
                                                source("r2022", "inspection_report", "2022-10-07", "Wyvern")};
    std::vector<findings::Finding> findings{
        finding("p2018", "r2018", "Pathway plans for care leavers.", "improvement_point"),
        finding("p2022", "r2022", "Management oversight of the LADO.", "improvement_point"),
        finding("f2019", "l2019", "Pathway plans are now timely.", "", "strength")};
    findings[2].links.push_back(link("p2018", "follows_up", "improved"));
    const auto content = buildContent(sources, findings, settings());
    const CouncilSummary& c = content.councils.front();
    REQUIRE(c.tables.size() == 2);
    CHECK(c.tables[0].report == "Full inspection, October 2022");
    CHECK(c.tables[0].columns.empty());
    CHECK(c.focusTable == 1);
    const auto& focus = c.tables[1];
    CHECK(focus.report == "Full inspection, July 2018");
    REQUIRE(focus.columns.size() == 2);  // the 2019 letter and, last, the next full report
    CHECK(focus.columns[0].heading == "Monitoring visit 1");
    CHECK(focus.columns[1].heading == "Full inspection");
    REQUIRE(focus.rows.size() == 1);
    CHECK(focus.rows[0].point.id == "p2018");
    CHECK(focus.rows[0].stances[0] == findings::followup::CellStance::Improved);
    CHECK(focus.rows[0].stances[1] == findings::followup::CellStance::NoEvidence);
}

TEST_CASE("a plan with no council belongs to the council whose points it answers; overdue and Red come first",
          "[board][content]") {
    const std::vector<findings::Source> sources{source("a", "inspection_report", "2022-01-10", "Ashby"),
                                                source("b", "inspection_report", "2022-03-10", "Barton"),
                                                source("tracker", "spreadsheet", "", "")};
    std::vector<findings::Finding> findings{
        finding("a1", "a", "Ashby's point.", "improvement_point"),
        finding("b1", "b", "Barton's first point.", "improvement_point"),
        finding("b2", "b", "Barton's second point.", "improvement_point"),
        planItem("t-open", "tracker", "Open, due later", "2025-12-31", "amber", "b1"),
        planItem("t-red", "tracker", "Red, not yet due", "2025-09-30", "red", "b2"),
        planItem("t-late", "tracker", "Late but green", "2025-03", "green", "b1"),
        planItem("t-both", "tracker", "Late and Red", "2025-05-31", "red", "b2"),
        planItem("t-done", "tracker", "Done long ago", "2024-01-31", "complete", "b1"),
        planItem("t-undated", "tracker", "No date yet", "", "not_started", "b1")};
    const auto content = buildContent(sources, findings, settings("2025-06-01"));
    REQUIRE(content.councils.size() == 2);
    CHECK(council(content, "Ashby").actions.total == 0);
    CHECK(council(content, "Ashby").actions.pointsWithoutPlan == 1);
    const auto& b = council(content, "Barton").actions;
    CHECK(b.total == 6);
    CHECK(b.complete == 1);
    CHECK(b.open == 5);
    CHECK(b.overdue == 2);  // "2025-03" is due by the end of March; 31 May is before 1 June
    CHECK(b.red == 2);
    CHECK(b.pointsWithoutPlan == 0);
    std::vector<std::string> order;
    for (const auto& a : b.open_actions) order.push_back(a.text);
    CHECK(order == std::vector<std::string>{"Late and Red", "Late but green", "Red, not yet due", "Open, due later",
                                            "No date yet"});
    CHECK(b.open_actions[0].points == std::vector<int>{2});
    CHECK(b.open_actions[1].points == std::vector<int>{1});
}

TEST_CASE("themes are compared between the council's last two visits by their share of weaknesses",
          "[board][content]") {
    const std::vector<findings::Source> sources{source("v1", "monitoring_letter", "2023-01-10", "Wyvern", 1),
                                                source("v2", "monitoring_letter", "2024-01-10", "Wyvern", 2),
                                                source("v3", "monitoring_letter", "2025-01-10", "Wyvern", 3),
                                                source("news", "news_article", "2025-02-01", "Wyvern")};
    const std::vector<findings::Finding> findings{
        // Front door: all weak at visit 1, weak at 2, strong at 3: improving from 2 to 3.
        finding("1a", "v1", "x", "", "weakness", {"front_door"}),
        finding("2a", "v2", "x", "", "weakness", {"front_door"}),
        finding("3a", "v3", "x", "", "strength", {"front_door"}),
        // Care leavers: strong at 2, mixed at 3 (half weak, by the shared count rule): worsening.
        finding("2b", "v2", "x", "", "strength", {"care_leavers"}),
        finding("3b", "v3", "x", "", "mixed", {"care_leavers"}),
        // Workforce: the same share at both visits: steady. Neutral findings do not count.
        finding("2c", "v2", "x", "", "weakness", {"workforce"}),
        finding("3c", "v3", "x", "", "weakness", {"workforce"}),
        finding("3d", "v3", "x", "", "neutral", {"workforce"}),
        // Commentary is not a visit.
        finding("n1", "news", "x", "", "weakness", {"front_door"})};
    const auto content = buildContent(sources, findings, settings());
    const CouncilSummary& c = content.councils.front();
    REQUIRE(c.themes.compared());
    CHECK(c.themesFrom == "Monitoring visit 2, January 2024");
    CHECK(c.themesTo == "Monitoring visit 3, January 2025");
    REQUIRE(c.themes.improving.size() == 1);
    CHECK(c.themes.improving[0].label == "label of front_door");
    CHECK(c.themes.improving[0].after.strengths == 1);
    CHECK(c.themes.improving[0].after.weaknesses == 0);
    REQUIRE(c.themes.worsening.size() == 1);
    CHECK(c.themes.worsening[0].label == "label of care_leavers");
    CHECK(c.themes.worsening[0].after.mixed == 1);
    CHECK(c.themes.worsening[0].after.weaknessShare() == Approx(0.5));
    CHECK(c.themes.steady == 1);
}
