// Action coverage in the table (issue 11 §1): the "no action planned", "overdue" and
// "Red" filters, whose rules are the SDK's followup.hpp (shared with the workbook and the
// board summary), and the Action, Owner, Due and RAG columns, hidden until asked for.
#include "model/finding_columns.hpp"
#include "model/findings_view.hpp"
#include "model_fixtures.hpp"

#include <test_support.hpp>

#include <catch2/catch.hpp>

using namespace findings;
using namespace findings::studio;

namespace {

/// A report with weaknesses, a news article, and a tracker whose plan items respond to
/// some of them.
findings::FindingsSet coverageSet() {
    findings::FindingsSet set;
    Source report;
    report.id = "report";
    report.kind = "inspection_report";
    report.title = "Inspection of Wyvern";
    report.date = "2024-03-01";
    Source news;
    news.id = "news";
    news.kind = "news_article";
    Source tracker;
    tracker.id = "tracker";
    tracker.kind = "spreadsheet";
    tracker.title = "Improvement plan";
    set.sources = {report, news, tracker};
    auto add = [&](std::string id, std::string source, std::string polarity, std::string kind = "") {
        Finding f;
        f.id = std::move(id);
        f.source = std::move(source);
        f.polarity = std::move(polarity);
        f.kind = std::move(kind);
        f.text = "Text of " + f.id + ".";
        set.findings.push_back(std::move(f));
        return set.findings.size() - 1;
    };
    add("bare", "report", "weakness");                            // no action at all
    set.findings[add("own", "report", "weakness")].action.text = "Recruit two team managers.";
    add("answered", "report", "weakness");                        // a plan item responds
    add("mixed", "report", "mixed");                              // calls for action too
    add("strength", "report", "strength");                        // never
    add("point", "report", "neutral", "improvement_point");       // an area for improvement
    add("hearsay", "news", "weakness");                           // commentary: not Ofsted's
    const size_t late = add("late", "tracker", "weakness", "plan_item");
    set.findings[late].action = {"Audit plans", "Head of service", "2024-11", "red"};
    set.findings[late].links.push_back({"answered", "responds_to", "", -1, "person", "accepted", ""});
    const size_t onTime = add("later", "tracker", "weakness", "plan_item");
    set.findings[onTime].action = {"Train staff", "", "2026-01-31", "amber"};
    const size_t done = add("done", "tracker", "weakness", "plan_item");
    set.findings[done].action = {"Refresh policy", "", "2024-05-01", "complete"};
    // A rejected proposal is no response.
    set.findings[done].links.push_back({"bare", "responds_to", "", 0.9, "auto", "rejected", ""});
    return set;
}

struct Fixture {
    testsupport::TempDir dir;
    core::ThemeLabels themes = fixtures::writeThemes(dir.path());
    FindingsDocument doc;
    Fixture() { doc.reset(coverageSet(), ""); }
    std::vector<std::string> ids(const std::string& coverage) const {
        FilterState filter;
        filter.coverage = coverage;
        filter.today = "2025-01-15";
        FindingsView view(doc, themes);
        view.setFilter(filter);
        std::vector<std::string> out;
        for (auto i : view.rows()) out.push_back(doc.set().findings[i].id);
        return out;
    }
};
using Ids = std::vector<std::string>;

}  // namespace

TEST_CASE("no action planned: Ofsted's weaknesses and points with no action and no plan item", "[coverage]") {
    Fixture fx;
    CHECK(fx.ids(kNoActionPlanned) == Ids{"bare", "mixed", "point"});
}

TEST_CASE("overdue: due before today and not complete; a month is due at its end", "[coverage]") {
    Fixture fx;
    CHECK(fx.ids(kOverdue) == Ids{"late"});
    // On the last day of the month it names, an action due "2024-11" is not yet late.
    FilterState filter;
    filter.coverage = kOverdue;
    filter.today = "2024-11-30";
    FindingsView view(fx.doc, fx.themes);
    view.setFilter(filter);
    CHECK(view.rowCount() == 0);
}

TEST_CASE("Red: the action's RAG status", "[coverage]") {
    Fixture fx;
    CHECK(fx.ids(kRed) == Ids{"late"});
}

TEST_CASE("an edit that plans an action takes the finding out of 'no action planned'", "[coverage]") {
    Fixture fx;
    FilterState filter;
    filter.coverage = kNoActionPlanned;
    FindingsView view(fx.doc, fx.themes);
    view.setFilter(filter);
    REQUIRE(view.rowCount() == 3);
    Action action;
    action.text = "Chair a practice review.";
    REQUIRE(fx.doc.setAction(0, action));
    size_t row = 0;
    CHECK(view.findingChanged(0, row) == FindingsView::RowUpdate::Removed);
}

TEST_CASE("the action columns show the action's fields and start hidden", "[coverage][columns]") {
    const findings::FindingsSet set = coverageSet();
    const Finding& late = set.findings[7];
    const core::ThemeLabels themes;
    CHECK(cellText(late, &set.sources[2], Column::Action, themes) == "Audit plans");
    CHECK(cellText(late, &set.sources[2], Column::Owner, themes) == "Head of service");
    CHECK(cellText(late, &set.sources[2], Column::Due, themes) == "2024-11");
    CHECK(cellText(late, &set.sources[2], Column::ActionStatus, themes) == "Red");
    CHECK(std::string(columnTitle(Column::ActionStatus)) == "RAG");
    for (Column c : {Column::Action, Column::Owner, Column::Due, Column::ActionStatus}) CHECK_FALSE(shownByDefault(c));
    for (Column c : {Column::Source, Column::Summary, Column::Polarity}) CHECK(shownByDefault(c));
}
