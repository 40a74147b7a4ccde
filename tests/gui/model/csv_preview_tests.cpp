// The spreadsheet preview's own CSV reading, header detection and column mapping, on the
// project's sample tracker and on small hand-made files.
#include "model/column_mapping.hpp"
#include "model/csv_preview.hpp"

#include <test_support.hpp>

#include <catch2/catch.hpp>

using namespace findings;
using namespace findings::studio;

TEST_CASE("CSV parsing handles quotes, doubled quotes, quoted newlines and CRLF", "[csv]") {
    const auto rows = parseCsv("a,\"b,c\",\"say \"\"hi\"\"\"\r\n1,\"two\nlines\",3\r\n", ',', 10);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0] == CsvRow{"a", "b,c", "say \"hi\""});
    CHECK(rows[1] == CsvRow{"1", "two\nlines", "3"});
}

TEST_CASE("the delimiter is sniffed", "[csv]") {
    CHECK(sniffDelimiter("a;b;c\n1;2;3\n") == ';');
    CHECK(sniffDelimiter("a\tb\tc\n1\t2\t3\n") == '\t');
    CHECK(sniffDelimiter("a,b;c\n1,2;3\n4,5;6\n") == ',');
}

TEST_CASE("the sample tracker: BOM removed, header row 4 found, columns mapped", "[csv]") {
    const CsvPreview preview = readCsvPreview(testsupport::samplesDir() + "/wyvern-improvement-tracker.csv");
    REQUIRE(preview.rows.size() > 20);
    CHECK(preview.delimiter == ',');
    CHECK(preview.rows[0][0] == "Wyvern Children's Services Improvement Plan");  // no BOM left
    const size_t header = guessHeaderRow(preview.rows);
    CHECK(header == 3);
    const ColumnMapping mapping = guessMapping(preview.rows, header);
    CHECK(mapping.columnFor("text") == "Area for improvement");
    CHECK(mapping.columnFor("ref") == "Ref");
    CHECK(mapping.columnFor("theme") == "Theme");
    CHECK(mapping.columnFor("action") == "Action");
    CHECK(mapping.columnFor("owner") == "Lead officer");
    CHECK(mapping.columnFor("due") == "Target date");
    CHECK(mapping.columnFor("status") == "RAG");
    // WY-23's quoted newline stays inside one cell.
    bool sawEmbeddedNewline = false;
    for (const auto& row : preview.rows)
        for (const auto& cell : row) sawEmbeddedNewline = sawEmbeddedNewline || cell.find('\n') != std::string::npos;
    CHECK(sawEmbeddedNewline);
}

TEST_CASE("mapping options use 1-based header_row and only declared options", "[csv]") {
    ColumnMapping mapping;
    mapping.headerRow = 3;
    mapping.setColumn("text", "Area for improvement");
    mapping.setColumn("owner", "Lead officer");
    mapping.setColumn("status", "");
    const Properties all = mappingOptions(mapping, [](const std::string&) { return true; });
    CHECK(all == Properties{{"header_row", "4"}, {"map.text", "Area for improvement"}, {"map.owner", "Lead officer"}});
    const Properties some = mappingOptions(mapping, [](const std::string& k) { return k == "map.text"; });
    CHECK(some == Properties{{"map.text", "Area for improvement"}});
}

TEST_CASE("a Windows-1252 CSV is decoded for the preview", "[csv]") {
    testsupport::TempDir dir;
    testsupport::writeFile(dir.file("t.csv"), "Finding,Cost\n\x93Quoted\x94,\xA3" "5\n");
    const CsvPreview preview = readCsvPreview(dir.file("t.csv"));
    REQUIRE(preview.rows.size() == 2);
    CHECK(preview.rows[1][0] == "\u201cQuoted\u201d");
    CHECK(preview.rows[1][1] == "\u00a3" "5");
}

TEST_CASE("reading a missing or binary file says which file", "[csv]") {
    testsupport::TempDir dir;
    CHECK_THROWS_WITH(readCsvPreview(dir.file("none.csv")), Catch::Contains("none.csv"));
    testsupport::writeFile(dir.file("zip.csv"), std::string("PK\x03\x04rest", 8));
    CHECK_THROWS_WITH(readCsvPreview(dir.file("zip.csv")), Catch::Contains("not a text"));
}
