// Documents at the edges: nothing to export, and findings whose source the set lacks.
#include <catch2/catch.hpp>

#include "record_strings.hpp"
#include "workbook_fixture.hpp"

#include <findings/format/findings_json.hpp>
#include <findings/excel/roundtrip.hpp>

#include <Poco/JSON/Array.h>

using namespace exceltest;
using testsupport::shellQuote;

TEST_CASE("an empty document still makes a valid workbook", "[workbook][edges]") {
    testsupport::TempDir dir;
    const std::string doc = dir.file("empty.findings.json"), target = dir.file("empty.xlsx");
    testsupport::writeFile(doc, findings::findingsToJson({}));
    const auto r = testsupport::runCli("convert --quiet " + shellQuote(doc) + " -o " +
                                       shellQuote(target));
    REQUIRE(r.status == 0);
    const auto facts = workbookFacts(target);
    CHECK(facts->getValue<bool>("zip_ok"));
    CHECK(facts->getArray("sheets")->size() == 8);
    const auto records = findings::excel::decodeDataSheet(sheetText(target, "_findings"));
    CHECK(records.sources.empty());
    CHECK(records.findings.empty());
}

TEST_CASE("a document whose finding has no source is refused, as validate refuses it", "[workbook][edges]") {
    // Every command reads documents with validate's checks: a finding that names a source
    // the document lacks is not silently exported.
    testsupport::TempDir dir;
    findings::FindingsSet set;
    findings::Finding f;
    f.id = "orphan-1";
    f.source = "src-nowhere";
    f.text = "A finding without its source.";
    f.polarity = "weakness";
    f.themes = {"workforce"};
    set.findings.push_back(f);
    const std::string doc = dir.file("orphan.findings.json"), target = dir.file("orphan.xlsx");
    testsupport::writeFile(doc, findings::findingsToJson(set));
    const auto r = testsupport::runCli("convert --quiet " + shellQuote(doc) + " -o " +
                                       shellQuote(target));
    CHECK(r.status == 1);
    CHECK_THAT(r.err, Catch::Contains("refers to source \"src-nowhere\""));
    CHECK_FALSE(testsupport::fileExists(target));
}

TEST_CASE("ids and text XML must escape come back whole from the data sheet", "[workbook][edges]") {
    // In normal mode the records are spliced into the data sheet as XML by the exporter
    // itself (data_rows_xml.hpp), not by libxlsxwriter: escaping is its own to get right.
    testsupport::TempDir dir;
    findings::FindingsSet set;
    findings::Source s;
    s.id = "src-a&b";
    s.title = "Letter <draft> & notes";
    s.kind = "other";
    set.sources.push_back(s);
    findings::Finding f;
    f.id = " f<1>&amp; ";
    f.source = s.id;
    f.text = "  Leading spaces, ]]> and \"quotes\" & <tags>  ";
    f.polarity = "weakness";
    f.themes = {"workforce"};
    set.findings.push_back(f);
    const std::string doc = dir.file("escapes.findings.json"), target = dir.file("escapes.xlsx");
    testsupport::writeFile(doc, findings::findingsToJson(set));
    const auto r = testsupport::runCli("convert --quiet " + shellQuote(doc) + " -o " + shellQuote(target));
    REQUIRE(r.status == 0);
    CHECK(workbookFacts(target)->getValue<bool>("zip_ok"));
    const auto records = findings::excel::decodeDataSheet(sheetText(target, "_findings"));
    const auto expected = findings::readFindingsFile(doc);
    REQUIRE(records.findings.size() == 1);
    CHECK(records.findings[0] == expected.findings[0]);
    REQUIRE(records.sources.size() == 1);
    CHECK(records.sources[0].id == "src-a&b");  // the CLI adds path and importer on import
    CHECK(records.sources[0].title == "Letter <draft> & notes");
}
