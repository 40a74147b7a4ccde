// The hidden data's codec on its own: records to JSON and back, chunking, and reading a data
// sheet given as rows of text, including the ways a damaged sheet must be refused.
#include <catch2/catch.hpp>

#include "record_strings.hpp"

#include "sample_document.hpp"

#include <findings/format/findings_set.hpp>
#include <findings/excel/roundtrip.hpp>

using namespace findings;
using namespace findings::excel;

namespace {

/// The rows a data sheet holds for `set`, as a reader would hand them over.
std::vector<std::vector<std::string>> sheetRows(const findings::FindingsSet& set) {
    std::vector<std::vector<std::string>> rows{markerRowCells(), headerRowCells()};
    auto add = [&rows](const DataRow& r) {
        std::vector<std::string> cells{r.kind, r.id, std::to_string(r.chunks.size())};
        cells.insert(cells.end(), r.chunks.begin(), r.chunks.end());
        rows.push_back(std::move(cells));
    };
    for (const auto& s : set.sources) add(sourceRow(s));
    for (const auto& f : set.findings) add(findingRow(f));
    return rows;
}

bool validUtf8Boundaries(const std::string& s) {
    return s.empty() || ((static_cast<unsigned char>(s.front()) & 0xC0) != 0x80);
}

}  // namespace

TEST_CASE("every record of the sample survives JSON encoding exactly", "[roundtrip][codec]") {
    const auto set = exceltest::sampleDocument();
    for (const auto& s : set.sources) CHECK(sourceFromJson(sourceToJson(s)) == s);
    for (const auto& f : set.findings) CHECK(findingFromJson(findingToJson(f)) == f);
}

TEST_CASE("record JSON is one line and keeps Unicode as written", "[roundtrip][codec]") {
    const auto set = exceltest::sampleDocument();
    const std::string json = findingToJson(set.findings[0]);
    CHECK(json.find('\n') == std::string::npos);
    CHECK_THAT(json, Catch::Contains("“grip”") && Catch::Contains("£1"));
    CHECK_THAT(sourceToJson(set.sources[0]), Catch::StartsWith("{\"id\":\"src-wyv-mv1\""));
}

TEST_CASE("absent kind and review stay absent rather than taking defaults", "[roundtrip][codec]") {
    Finding f;
    f.id = "f1";
    f.source = "s1";
    f.text = "t";
    Source s;
    s.id = "s1";
    CHECK(findingFromJson(findingToJson(f)).review.empty());
    CHECK(sourceFromJson(sourceToJson(s)).kind.empty());
}

TEST_CASE("a record that is not JSON is refused with the reason", "[roundtrip][codec]") {
    CHECK_THROWS_AS(findingFromJson("{\"id\": "), RecordError);
    CHECK_THROWS_WITH(findingFromJson("{\"id\": \"x\", \"themes\": \"not a list\"}"),
                      Catch::Contains("the record.themes"));
}

TEST_CASE("chunks are at most the limit, join back, and never split a character",
          "[roundtrip][chunks]") {
    std::string text;
    for (int i = 0; i < 500; ++i) text += "“£–é” ";  // multi-byte characters throughout
    for (std::size_t limit : {16, 17, 18, 19, 100, 1001}) {
        const auto chunks = splitIntoChunks(text, limit);
        std::string joined;
        for (const auto& c : chunks) {
            CHECK(c.size() <= limit);
            CHECK(validUtf8Boundaries(c));
            joined += c;
        }
        CHECK(joined == text);
    }
    CHECK(splitIntoChunks("", 16) == std::vector<std::string>{""});
    CHECK(splitIntoChunks(std::string(kMaxChunkBytes, 'x')).size() == 1);
    CHECK(splitIntoChunks(std::string(kMaxChunkBytes + 1, 'x')).size() == 2);
}

TEST_CASE("no chunk starts with a character a spreadsheet would read as a formula",
          "[roundtrip][chunks]") {
    // A cut at 20 would start the second chunk with '='.
    const std::string text = std::string(20, 'a') + "=SUM(A1)" + std::string(30, 'b');
    const auto chunks = splitIntoChunks(text, 20);
    for (std::size_t i = 1; i < chunks.size(); ++i) {
        CHECK(chunks[i].front() != '=');
        CHECK(chunks[i].front() != ' ');
    }
}

TEST_CASE("a data sheet decodes back to the records it was made from", "[roundtrip][sheet]") {
    const auto set = exceltest::sampleDocument();
    const auto rows = sheetRows(set);
    // The long finding needs more than one chunk.
    CHECK(rows[2 + set.sources.size() + exceltest::kLongFinding][kChunkCountColumn] == "2");
    const WorkbookRecords back = decodeDataSheet(rows);
    CHECK(back.layoutVersion == kDataSheetLayoutVersion);
    CHECK(back.formatVersion == findings::kFormatVersion);
    CHECK(back.sources == set.sources);
    CHECK(back.findings == set.findings);
}

TEST_CASE("chunk counts as a reader reports numbers, and blank rows, are accepted",
          "[roundtrip][sheet]") {
    const auto set = exceltest::sampleDocument();
    auto rows = sheetRows(set);
    for (std::size_t r = 2; r < rows.size(); ++r) rows[r][kChunkCountColumn] += ".0";
    rows.insert(rows.begin() + 3, std::vector<std::string>{});
    rows.insert(rows.begin(), std::vector<std::string>{"", ""});  // a leading blank row
    CHECK(decodeDataSheet(rows).findings.size() == set.findings.size());
}

TEST_CASE("damaged data sheets are refused naming the cell", "[roundtrip][sheet]") {
    const auto set = exceltest::sampleDocument();
    const auto good = sheetRows(set);
    const std::size_t longRow = 2 + set.sources.size() + exceltest::kLongFinding;

    auto rows = good;
    rows[0][0] = "something else";
    CHECK_THROWS_WITH(decodeDataSheet(rows),
                      Catch::Contains("_findings!A1") && Catch::Contains("not a Findings Studio"));
    rows = good;
    rows[0][1] = "2";
    CHECK_THROWS_WITH(decodeDataSheet(rows),
                      Catch::Contains("_findings!B1") && Catch::Contains("layout 2"));
    rows = good;
    rows[longRow].pop_back();  // the second chunk is gone
    CHECK_THROWS_WITH(decodeDataSheet(rows),
                      Catch::Contains("_findings!E" + std::to_string(longRow + 1)) &&
                          Catch::Contains("part 2 of 2"));
    rows = good;
    rows[longRow][kIdColumn] = "someone-else";
    CHECK_THROWS_WITH(decodeDataSheet(rows), Catch::Contains("differs from the record's own"));
    rows = good;
    rows.push_back(good[longRow]);
    CHECK_THROWS_WITH(decodeDataSheet(rows), Catch::Contains("appears twice"));
    rows = good;
    rows[longRow][kFirstChunkColumn] = "{not json";
    CHECK_THROWS_WITH(decodeDataSheet(rows),
                      Catch::Contains("_findings!D" + std::to_string(longRow + 1)));
    CHECK_THROWS_AS(decodeDataSheet({}), RecordError);
}

TEST_CASE("data split over several sheets decodes as one", "[roundtrip][sheet]") {
    const auto set = exceltest::sampleDocument();
    const auto rows = sheetRows(set);
    // Part 2 repeats the marker and header rows and carries the last ten findings.
    std::vector<std::vector<std::string>> first(rows.begin(), rows.end() - 10);
    std::vector<std::vector<std::string>> second{rows[0], rows[1]};
    second.insert(second.end(), rows.end() - 10, rows.end());
    const WorkbookRecords back = decodeDataSheets({first, second});
    CHECK(back.sources == set.sources);
    CHECK(back.findings == set.findings);
    second[0][0] = "";
    CHECK_THROWS_WITH(decodeDataSheets({first, second}), Catch::Contains("_findings2!A1"));
    CHECK(dataSheetName(1) == "_findings");
    CHECK(dataSheetName(3) == "_findings3");
    CHECK(dataSheetPart("_findings") == 1);
    CHECK(dataSheetPart("_findings12") == 12);
    CHECK(dataSheetPart("_findings1") == 0);
    CHECK(dataSheetPart("_findingsX") == 0);
    CHECK(dataSheetPart("Findings") == 0);
}

TEST_CASE("rows of kinds a later layout adds are skipped", "[roundtrip][sheet]") {
    auto rows = sheetRows(exceltest::sampleDocument());
    rows.push_back({"annotation", "x", "1", "{}"});
    CHECK_NOTHROW(decodeDataSheet(rows));
}

TEST_CASE("cell names count columns past Z", "[roundtrip][sheet]") {
    CHECK(cellName(0, 0) == "A1");
    CHECK(cellName(6, 3) == "D7");
    CHECK(cellName(0, 25) == "Z1");
    CHECK(cellName(9, 26) == "AA10");
    CHECK(cellName(0, 16383) == "XFD1");
}
