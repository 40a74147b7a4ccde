// Documents at the edges: nothing to export, and findings whose source the set lacks.
#include <catch2/catch.hpp>

#include "record_strings.hpp"
#include "workbook_fixture.hpp"

#include <findings/core/findings_json.hpp>
#include <findings/excel/roundtrip.hpp>

#include <Poco/JSON/Array.h>

using namespace exceltest;
using testsupport::shellQuote;

TEST_CASE("an empty document still makes a valid workbook", "[workbook][edges]") {
    testsupport::TempDir dir;
    const std::string doc = dir.file("empty.findings.json"), target = dir.file("empty.xlsx");
    testsupport::writeFile(doc, findings::core::findingsToJson({}));
    const auto r = testsupport::runCli("convert --quiet " + shellQuote(doc) + " -o " +
                                       shellQuote(target));
    REQUIRE(r.status == 0);
    const auto facts = workbookFacts(target);
    CHECK(facts->getValue<bool>("zip_ok"));
    CHECK(facts->getArray("sheets")->size() == 6);
    const auto records = findings::excel::decodeDataSheet(sheetText(target, "_findings"));
    CHECK(records.sources.empty());
    CHECK(records.findings.empty());
}

TEST_CASE("a finding whose source is missing is exported and kept", "[workbook][edges]") {
    testsupport::TempDir dir;
    findings::core::FindingsSet set;
    findings::Finding f;
    f.id = "orphan-1";
    f.source = "src-nowhere";
    f.text = "A finding without its source.";
    f.polarity = "weakness";
    f.themes = {"workforce"};
    set.findings.push_back(f);
    const std::string doc = dir.file("orphan.findings.json"), target = dir.file("orphan.xlsx");
    testsupport::writeFile(doc, findings::core::findingsToJson(set));
    const auto r = testsupport::runCli("convert --quiet " + shellQuote(doc) + " -o " +
                                       shellQuote(target));
    REQUIRE(r.status == 0);
    const auto rows = sheetText(target, "Findings");
    REQUIRE(rows.size() == 2);
    CHECK(rows[1][1].empty());           // no authority
    CHECK(rows[1][2] == "src-nowhere");  // the source id stands in for its name
    const auto records = findings::excel::decodeDataSheet(sheetText(target, "_findings"));
    REQUIRE(records.findings.size() == 1);
    CHECK(records.findings[0] == findings::core::readFindingsFile(doc).findings[0]);
}
