// Hostile edits in a workbook sent back for merging: a formula with no calculated value must
// not blank a field, and text that a spreadsheet would run as a formula must stay inert when
// the merged findings are exported to CSV again.
#include "import_fixture.hpp"

#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <findings/format/findings_json.hpp>

using namespace spreadsheet_test;
using testsupport::shellQuote;

TEST_CASE("a formula with no cached value keeps the base value and is warned about; formula-like "
          "text merged back is neutralised in CSV",
          "[roundtrip][merge][hostile]") {
    if (!haveExcelPlugin()) {
        WARN("the Excel exporter plugin is not built; round-trip tests skipped");
        return;
    }
    testsupport::TempDir dir;
    const std::string base = dir.file("base.findings.json"), exported = dir.file("exported.xlsx"),
                      edited = dir.file("edited.xlsx"), merged = dir.file("merged.findings.json");
    auto r = testsupport::runCli("import " + shellQuote(sample("wyvern-improvement-tracker.csv")) + " -o " +
                                 shellQuote(base));
    REQUIRE(r.status == 0);
    const auto baseSet = findings::readFindingsFile(base);
    const std::string src = baseSet.sources.at(0).id;
    const findings::Finding* wy3 = nullptr;
    for (const auto& f : baseSet.findings)
        if (f.id == src + "-WY-03") wy3 = &f;
    REQUIRE(wy3);
    REQUIRE(!wy3->action.owner.empty());
    r = testsupport::runCli("convert " + shellQuote(base) + " -o " + shellQuote(exported));
    REQUIRE(r.status == 0);
    // openpyxl saves formulas without calculating them, as several programs do. A string
    // beginning with '=' is a formula to openpyxl; '@' and '+' stay text.
    const std::string edits = dir.file("edits.json");
    testsupport::writeFile(edits, R"j({"Findings": {")j" + src + R"j(-WY-03": {"Owner": "=UPPER(\"someone\")",
        "Action": "@SUM(1+1) call the duty team"}}})j");
    runPython("edit_workbook.py", shellQuote(exported) + " " + shellQuote(edited) + " " + shellQuote(edits));

    r = testsupport::runCli("merge " + shellQuote(base) + " " + shellQuote(edited) + " -o " + shellQuote(merged));
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK_THAT(r.err, Catch::Contains("warning:") && Catch::Contains("Owner cell of finding " + src + "-WY-03") &&
                          Catch::Contains("formula with no calculated value (=UPPER(\"someone\"))") &&
                          Catch::Contains("kept the value it had"));
    const auto after = findings::readFindingsFile(merged);
    const findings::Finding* merged3 = nullptr;
    for (const auto& f : after.findings)
        if (f.id == src + "-WY-03") merged3 = &f;
    REQUIRE(merged3);
    CHECK(merged3->action.owner == wy3->action.owner);
    CHECK(merged3->action.text == "@SUM(1+1) call the duty team");

    r = testsupport::runCli("convert --quiet " + shellQuote(merged) + " --to csv -o -");
    REQUIRE(r.status == 0);
    CHECK_THAT(r.out, Catch::Contains(",'@SUM(1+1) call the duty team,"));
}
