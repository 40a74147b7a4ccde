// Real-world layouts (tests/spreadsheet/fixtures/make_fixtures.py, layout.xlsx): a header of
// two rows with merged cells, a finding merged over several action rows, a group heading row,
// pale RAG fills, serial and written-out dates, a second tracker sheet and a hidden sheet.
#include "import_fixture.hpp"

#include <catch2/catch.hpp>

using namespace spreadsheet_test;

namespace {

const Imported& layout() {
    static const Imported i = importFile(fixture("layout.xlsx"));
    return i;
}

const findings::Finding& atRow(const Imported& i, const std::string& sheet, int64_t row) {
    for (const auto& f : i.result.set.findings)
        if (f.location.sheet == sheet && f.location.row == row) return f;
    FAIL("no finding at " << sheet << " row " << row << "\n" << i.log());
    throw std::logic_error("unreachable");
}

std::string prop(const findings::Finding& f, const std::string& key) {
    const std::string* v = findings::findProperty(f.properties, key);
    return v ? *v : "<absent>";
}

}  // namespace

TEST_CASE("every visible sheet with a header is a source, hidden sheets are reported", "[layout]") {
    const Imported& i = layout();
    INFO(i.log());
    REQUIRE(i.result.ok);
    REQUIRE(i.result.set.sources.size() == 2);
    CHECK(i.result.set.sources[0].title == "Borsetshire Improvement Plan 2025");
    CHECK(*findings::findProperty(i.result.set.sources[0].properties, "Owner") == "Director of Children's Services");
    CHECK(*findings::findProperty(i.result.set.sources[0].properties, "header_row") == "3");
    CHECK(i.result.set.sources[1].title == "Audit actions");  // no rows above its header
    CHECK(i.result.set.sources[0].id != i.result.set.sources[1].id);
    CHECK(i.result.set.findings.size() == 7);
    REQUIRE(i.messages("hidden-sheet").size() == 1);
    CHECK_THAT(i.messages("hidden-sheet")[0], Catch::Contains("Old plan"));
}

TEST_CASE("a two-row header with merged cells maps the sub-headers", "[layout][header]") {
    const findings::Finding& f = atRow(layout(), "Plan", 6);
    CHECK(f.text == "Thresholds are not consistently applied at the front door");
    CHECK(f.location.column == 2);
    CHECK(f.action.text == "Threshold training");
    CHECK(f.action.owner == "Ann");
    // "Dates / Due" is the due column; "Dates / Start" stays a property (a date cell).
    CHECK(f.action.due == "2025-03-31");  // serial 45747 in a General cell
    CHECK(prop(f, "Dates / Start") == "2025-01-01");
    CHECK(prop(f, "Heading") == "Workstream 1: Front door");
}

TEST_CASE("a finding merged over several rows is the finding of each action row", "[layout][merge]") {
    const Imported& i = layout();
    const findings::Finding& a = atRow(i, "Plan", 6);
    const findings::Finding& b = atRow(i, "Plan", 7);
    const findings::Finding& c = atRow(i, "Plan", 8);
    CHECK(b.text == a.text);
    CHECK(c.text == a.text);
    CHECK(b.action.text == "Audit of contacts");
    CHECK(b.action.due == "2025-03-31");  // "31 March 2025"
    CHECK(c.action.due == "2025-03");     // "March 2025"
    // The merged Ref repeats, so only the first row takes it as its id.
    CHECK(a.id == a.source + "-B-1");
    CHECK(b.id == b.source + "-row7");
    CHECK(c.id == c.source + "-row8");
}

TEST_CASE("pale, blue and grey fills read as RAG, words as status", "[layout][status]") {
    const Imported& i = layout();
    CHECK(atRow(i, "Plan", 6).action.status == "red");    // FFC7CE (Excel's "Bad")
    CHECK(atRow(i, "Plan", 7).action.status == "amber");  // FFEB9C ("Neutral")
    CHECK(atRow(i, "Plan", 8).action.status == "green");  // C6EFCE ("Good")
    CHECK(atRow(i, "Plan", 9).action.status == "complete");      // the word "Blue"
    CHECK(atRow(i, "Plan", 11).action.status == "not_started");  // A6A6A6 grey fill
    CHECK(atRow(i, "Audit actions", 2).action.status == "green");     // On track
    CHECK(atRow(i, "Audit actions", 3).action.status == "complete");  // Completed
}

TEST_CASE("hidden rows are reported with sheet and row", "[layout][hidden]") {
    const Imported& i = layout();
    REQUIRE(i.messages("hidden-row").size() == 1);
    bool located = false;
    for (const auto& d : i.diagnostics)
        if (d.code == "hidden-row") located = d.sheet == "Plan" && d.row == 10;
    CHECK(located);
    for (const auto& f : i.result.set.findings) CHECK(f.text != "Hidden row finding");
}

TEST_CASE("without a theme column, themes and polarity come from the classifier", "[layout][themes]") {
    // "Finding" is not an area-for-improvement column, so the classifier decides polarity too.
    const findings::Finding& f = atRow(layout(), "Audit actions", 3);
    CHECK(f.text == "Supervision notes are missing");
    CHECK_FALSE(f.themes.empty());
    CHECK(f.themes.front() == "supervision_oversight");
    CHECK(f.polarity == "weakness");
    CHECK(f.confidence >= 0.0);
    CHECK(f.confidence <= 1.0);
}

TEST_CASE("a row naming the columns under a header cell merged across is part of the header",
          "[layout][header]") {
    // merged-across.xlsx, sheet Plan: "Dates" merged over E:F, the row below names them
    // Start and Due, and no other header cell is merged down. The 1904 date system too.
    const Imported i = importFile(fixture("merged-across.xlsx"));
    INFO(i.log());
    REQUIRE(i.result.ok);
    CHECK(i.messages("no-text").empty());  // the Start/Due row is not reported as data
    const findings::Finding& m1 = atRow(i, "Plan", 4);
    CHECK(m1.text == "Supervision is not regular enough");
    CHECK(m1.action.due == "2025-06-30");
    CHECK(prop(m1, "Dates / Start") == "2025-01-06");
    CHECK(m1.action.status == "amber");
    CHECK(atRow(i, "Plan", 5).action.due == "2025-09-30");
}

TEST_CASE("a finding merged across like its header is data, not a second header row", "[layout][header]") {
    const Imported i = importFile(fixture("merged-across.xlsx"));
    INFO(i.log());
    REQUIRE(i.result.ok);
    const findings::Finding& w1 = atRow(i, "Wide", 2);
    CHECK(w1.text == "Return home interviews are late");
    CHECK(w1.action.owner == "Pat");
    CHECK(atRow(i, "Wide", 3).text == "Missing episodes are not analysed");
}
