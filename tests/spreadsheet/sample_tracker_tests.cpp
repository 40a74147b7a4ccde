// The bundled Wyvern tracker, as CSV and as XLSX (openpyxl-written): header on row 4 under
// title rows, mixed dates and RAG forms, RAG shown only by fill, a hidden row, a multi-line
// cell and a notes row under the table.
#include "import_fixture.hpp"

#include <catch2/catch.hpp>

#include <set>

using namespace spreadsheet_test;

namespace {

const Imported& csvImport() {
    static const Imported i = importFile(sample("wyvern-improvement-tracker.csv"));
    return i;
}
const Imported& xlsxImport() {
    static const Imported i = importFile(sample("wyvern-improvement-tracker.xlsx"));
    return i;
}

std::string prop(const findings::Properties& p, const std::string& key) {
    const std::string* v = findings::findProperty(p, key);
    return v ? *v : "<absent>";
}

}  // namespace

TEST_CASE("the sample CSV gives one finding per data row under the header on row 4", "[sample][csv]") {
    const Imported& i = csvImport();
    INFO(i.log());
    REQUIRE(i.result.ok);
    CHECK(i.result.importerId == "uk.findings.spreadsheet.csv");
    REQUIRE(i.result.set.sources.size() == 1);
    CHECK(i.result.set.findings.size() == 25);
    const findings::Source& s = i.result.set.sources[0];
    CHECK(s.kind == "spreadsheet");
    CHECK(s.role == "plan");  // the council's plan, never a visit
    for (const auto& f : i.result.set.findings) CHECK(f.kind == "plan_item");
    CHECK(s.title == "Wyvern Children's Services Improvement Plan");
    CHECK(prop(s.properties, "Last updated") == "03/03/2025");
    CHECK(s.date == "2025-03-03");
    CHECK(prop(s.properties, "header_row") == "4");
    // The notes row under the table is the source's, not a finding.
    CHECK(prop(s.properties, "Notes").rfind("Notes: RAG = Red (R)", 0) == 0);
    for (const auto& f : i.result.set.findings) CHECK(f.text.rfind("Notes", 0) != 0);
}

TEST_CASE("the sample XLSX gives the same rows, skipping and reporting the hidden one", "[sample][xlsx]") {
    const Imported& i = xlsxImport();
    INFO(i.log());
    REQUIRE(i.result.ok);
    CHECK(i.result.importerId == "uk.findings.spreadsheet.xlsx");
    REQUIRE(i.result.set.sources.size() == 1);  // the Notes sheet has no header
    CHECK(i.result.set.findings.size() == 24);
    CHECK_FALSE(i.hasRef("WY-15"));
    const auto hidden = i.messages("hidden-row");
    REQUIRE(hidden.size() == 1);
    CHECK_THAT(hidden[0], Catch::Contains("row 19 is hidden"));
    CHECK_THAT(i.log(), Catch::Contains("Tracker!row 19: warning"));
    const findings::Source& s = i.result.set.sources[0];
    CHECK(s.title == "Wyvern Children's Services Improvement Plan");
    CHECK(prop(s.properties, "Last updated") == "03/03/2025");
    CHECK(prop(s.properties, "sheet") == "Tracker");
    CHECK(prop(s.properties, "Notes").rfind("Notes: RAG", 0) == 0);
}

TEST_CASE("include_hidden=true imports the hidden row too", "[sample][xlsx]") {
    const Imported i = importFile(sample("wyvern-improvement-tracker.xlsx"), {{"include_hidden", "true"}});
    INFO(i.log());
    REQUIRE(i.result.ok);
    CHECK(i.result.set.findings.size() == 25);
    CHECK(i.byRef("WY-15").location.row == 19);
}

TEST_CASE("CSV and XLSX agree on every finding's text and action", "[sample]") {
    std::set<std::string> csv, xlsx;
    for (const auto& f : csvImport().result.set.findings)
        if (f.id.find("WY-15") == std::string::npos) csv.insert(textAndAction(f));
    for (const auto& f : xlsxImport().result.set.findings) xlsx.insert(textAndAction(f));
    REQUIRE(csv.size() == 24);
    CHECK(csv == xlsx);
}

TEST_CASE("dates in every form become ISO, others are kept as written", "[sample][dates]") {
    for (const Imported* i : {&csvImport(), &xlsxImport()}) {
        INFO(i->result.path);
        CHECK(i->byRef("WY-01").action.due == "2024-07-31");  // 31/07/2024 (a date cell in xlsx)
        CHECK(i->byRef("WY-02").action.due == "2024-09");     // September 2024
        CHECK(i->byRef("WY-03").action.due == "2025-03-31");  // 2025-03-31
        CHECK(i->byRef("WY-09").action.due == "2025-03");     // March 2025
        const findings::Finding& q2 = i->byRef("WY-16");
        CHECK(q2.action.due.empty());
        CHECK(prop(q2.properties, "Target date") == "Q2 2025");
        CHECK(prop(i->byRef("WY-25").properties, "Target date") == "Ongoing");
    }
}

TEST_CASE("RAG words are normalised and fill-only RAG cells read by colour", "[sample][status]") {
    for (const Imported* i : {&csvImport(), &xlsxImport()}) {
        INFO(i->result.path);
        CHECK(i->byRef("WY-01").action.status == "complete");     // Complete
        CHECK(i->byRef("WY-04").action.status == "not_started");  // Not started
        CHECK(i->byRef("WY-05").action.status == "green");        // G
        CHECK(i->byRef("WY-08").action.status == "red");          // Off track
        CHECK(i->byRef("WY-10").action.status == "amber");        // amber
        CHECK(i->byRef("WY-17").action.status == "amber");        // A
        // In the workbook these three have no text, only a fill.
        CHECK(i->byRef("WY-09").action.status == "red");
        CHECK(i->byRef("WY-12").action.status == "green");
        CHECK(i->byRef("WY-13").action.status == "amber");
    }
}

TEST_CASE("unmapped columns are properties in column order, locations point at the text cell",
          "[sample][mapping]") {
    const findings::Finding& f = xlsxImport().byRef("WY-23");
    REQUIRE(f.properties.size() == 3);
    CHECK(f.properties[0] == std::make_pair(std::string("Source"), std::string("Monitoring visit 3, May 2024")));
    CHECK(f.properties[1].first == "Progress update");
    // The embedded line break is kept.
    CHECK(f.properties[1].second ==
          "Protocol signed by all five district councils.\nTwo young people moved out of B&B in August, but one "
          "further placement in B&B in February.");
    CHECK(f.properties[2].first == "Evidence of impact");
    CHECK(f.location.sheet == "Tracker");
    CHECK(f.location.row == 27);
    CHECK(f.location.column == 3);
    CHECK(f.section == "Tracker");
    CHECK(f.paragraph == 22);  // the hidden row is not counted
    CHECK(f.action.owner == "Joanne Price");
    CHECK(f.themes == std::vector<std::string>{"care_leavers", "accommodation"});  // "Care leavers; Accommodation"
    CHECK(f.polarity == "weakness");  // an area for improvement, by its column

    const findings::Finding& c = csvImport().byRef("WY-23");
    CHECK(c.location.row == 27);
    CHECK(c.location.line_start == 27);
    CHECK(c.location.line_end == 28);
    CHECK(c.location.sheet.empty());
    CHECK(c.section == "wyvern-improvement-tracker");
}

TEST_CASE("ids are stable and come from the Ref column", "[sample][ids]") {
    const Imported again = importFile(sample("wyvern-improvement-tracker.xlsx"));
    REQUIRE(again.result.ok);
    REQUIRE(again.result.set.findings.size() == xlsxImport().result.set.findings.size());
    for (size_t k = 0; k < again.result.set.findings.size(); ++k)
        CHECK(again.result.set.findings[k] == xlsxImport().result.set.findings[k]);
    const std::string& src = xlsxImport().result.set.sources[0].id;
    CHECK(src.rfind("src-", 0) == 0);
    CHECK(xlsxImport().byRef("WY-01").id == src + "-WY-01");
}
