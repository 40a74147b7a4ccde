// Files written by different tools read the same: the sample workbook as openpyxl wrote it,
// and the same workbook converted by LibreOffice headless (which rewrites every part: shared
// strings, styles and fills, merged cells, hidden rows, date cells).
#include "import_fixture.hpp"

#include <catch2/catch.hpp>

using namespace spreadsheet_test;

namespace {

/// The finding without what depends on the file's bytes (ids carry its digest).
findings::Finding comparable(findings::Finding f) {
    f.id = f.id.substr(f.source.size());
    f.source.clear();
    return f;
}

}  // namespace

TEST_CASE("a workbook re-saved by LibreOffice gives the same findings and source", "[writers][soffice]") {
    const std::string converted = convertWithLibreOffice(sample("wyvern-improvement-tracker.xlsx"), "xlsx");
    const Imported openpyxl = importFile(sample("wyvern-improvement-tracker.xlsx"));
    const Imported libre = importFile(converted);
    INFO(libre.log());
    REQUIRE(openpyxl.result.ok);
    REQUIRE(libre.result.ok);
    REQUIRE(libre.result.set.findings.size() == openpyxl.result.set.findings.size());
    for (size_t k = 0; k < libre.result.set.findings.size(); ++k)
        CHECK(comparable(libre.result.set.findings[k]) == comparable(openpyxl.result.set.findings[k]));
    findings::Source a = openpyxl.result.set.sources.at(0), b = libre.result.set.sources.at(0);
    for (findings::Source* s : {&a, &b}) s->id = s->path = s->sha256 = "";
    CHECK(a == b);
    CHECK(libre.messages("hidden-row").size() == 1);
}

TEST_CASE("a tracker LibreOffice saved as CSV reads like the workbook", "[writers][soffice]") {
    // As a UK council's LibreOffice writes it: UTF-8 (76), en-GB dates (language 2057), cells
    // as shown.
    const std::string csv = convertWithLibreOffice(sample("wyvern-improvement-tracker.xlsx"),
                                                   "csv:Text - txt - csv (StarCalc):44,34,76,1,,2057,false,true,true");
    const Imported fromCsv = importFile(csv);
    const Imported fromXlsx = importFile(sample("wyvern-improvement-tracker.xlsx"), {{"include_hidden", "true"}});
    INFO(fromCsv.log());
    REQUIRE(fromCsv.result.ok);
    // LibreOffice writes the first sheet; a CSV cannot hide rows, so WY-15 is there. Dates are
    // written as displayed (31/07/2024) and fill-only RAG cells are empty in CSV.
    REQUIRE(fromCsv.result.set.findings.size() == 25);
    for (const char* ref : {"WY-01", "WY-07", "WY-15", "WY-23"}) {
        INFO(ref);
        CHECK(textAndAction(fromCsv.byRef(ref)) == textAndAction(fromXlsx.byRef(ref)));
    }
    CHECK(fromCsv.byRef("WY-09").action.status.empty());
}
