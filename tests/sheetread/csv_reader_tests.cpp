// The CSV reader on the files councils send: Excel exports in several encodings and
// delimiters, quoted newlines, ragged rows; and on input it must report.
#include "sheet_collector.hpp"
#include "test_helpers.hpp"

#include <findings/sheetread/csv_reader.hpp>
#include <findings/sheetread/csv_sheet_adapter.hpp>
#include <findings/sheetread/sheet_error.hpp>
#include <findings/text/text_error.hpp>

#include <catch2/catch.hpp>

#include <random>
#include <sstream>

using namespace findings::sheetread;

namespace {

struct Record {
    uint64_t line;
    std::vector<std::string> fields;
    bool operator==(const Record& o) const { return line == o.line && fields == o.fields; }
};

std::ostream& operator<<(std::ostream& os, const Record& r) {
    os << "line " << r.line << ":";
    for (const auto& f : r.fields) os << " [" << f << "]";
    return os;
}

struct Collected : CsvHandler {
    CsvFormat format;
    std::vector<Record> records;
    std::vector<CsvProblem> problems;
    void onFormat(const CsvFormat& f) override { format = f; }
    bool onRecord(const CsvRecord& r) override {
        Record copy{r.line, {}};
        for (size_t i = 0; i < r.fieldCount; ++i) copy.fields.emplace_back(r[i]);
        records.push_back(copy);
        return true;
    }
    bool onProblem(const CsvProblem& p) override {
        problems.push_back(p);
        return true;
    }
};

/// Reads `bytes` as a CSV file through an istream, `chunk` bytes at a time.
Collected readBytes(const std::string& bytes, CsvOptions options = {}, size_t chunk = 1 << 20) {
    std::istringstream in(bytes);
    options.chunkBytes = chunk;
    Collected c;
    readCsvStream(in, "test.csv", c, options);
    return c;
}

std::string utf16le(const std::u16string& s, bool bom) {
    std::string out = bom ? "\xFF\xFE" : "";
    for (char16_t u : s) {
        out.push_back(char(u & 0xFF));
        out.push_back(char(u >> 8));
    }
    return out;
}

}  // namespace

TEST_CASE("csv reads quoted fields with newlines and doubled quotes, with line numbers", "[csv]") {
    const Collected c = readBytes("Ref,Finding,Owner\r\n1,\"Line one\r\nLine two\",\"Smith, \"\"Jo\"\"\"\r\n2,plain,x\r\n");
    CHECK(c.format.delimiter == ',');
    REQUIRE(c.records.size() == 3);
    CHECK(c.records[0] == Record{1, {"Ref", "Finding", "Owner"}});
    CHECK(c.records[1] == Record{2, {"1", "Line one\r\nLine two", "Smith, \"Jo\""}});
    CHECK(c.records[2] == Record{4, {"2", "plain", "x"}});
    CHECK(c.problems.empty());
}

TEST_CASE("csv sniffs semicolons and tabs, ignoring delimiters inside quotes", "[csv]") {
    const Collected semi = readBytes("Ref;Finding;Due\n1;\"Text, with, commas\";31/03/2025\n2;More, text;01/04/2025\n");
    CHECK(semi.format.delimiter == ';');
    CHECK(semi.records[1] == Record{2, {"1", "Text, with, commas", "31/03/2025"}});
    CHECK(semi.records[2] == Record{3, {"2", "More, text", "01/04/2025"}});

    const Collected tab = readBytes("Ref\tFinding\tRAG\n1\tA, B; C\tRed\n2\tD\tGreen\n");
    CHECK(tab.format.delimiter == '\t');
    CHECK(tab.records[1].fields == std::vector<std::string>{"1", "A, B; C", "Red"});
}

TEST_CASE("csv honours Excel's sep= line and a given delimiter", "[csv]") {
    const Collected sep = readBytes("sep=;\nRef;Finding\n1;x,y\n");
    CHECK(sep.format.delimiter == ';');
    CHECK(sep.format.delimiterReason == "sep= line");
    REQUIRE(sep.records.size() == 2);
    CHECK(sep.records[0] == Record{2, {"Ref", "Finding"}});

    CsvOptions options;
    options.delimiter = '|';
    const Collected given = readBytes("a|b,c\n", options);
    CHECK(given.records[0].fields == std::vector<std::string>{"a", "b,c"});
}

TEST_CASE("csv reads UTF-16LE with a BOM (Excel's Unicode text)", "[csv][encoding]") {
    const Collected c = readBytes(utf16le(u"Ref\tFinding\r\n1\t“Late” – £5 😀\r\n", true));
    CHECK(c.format.encoding == findings::text::Encoding::Utf16LE);
    CHECK(c.format.hadBom);
    CHECK(c.format.delimiter == '\t');
    REQUIRE(c.records.size() == 2);
    CHECK(c.records[1].fields == std::vector<std::string>{"1", "“Late” – £5 😀"});
}

TEST_CASE("csv reads Windows-1252 without garbling pound signs or curly quotes", "[csv][encoding]") {
    const Collected c = readBytes("Ref,Finding\n1,\x93" "Budget\x94 of \xA3" "5m \x96" " agreed\n");
    CHECK(c.format.encoding == findings::text::Encoding::Windows1252);
    CHECK(c.records[1].fields == std::vector<std::string>{"1", "“Budget” of £5m – agreed"});
}

TEST_CASE("csv strips a UTF-8 BOM from the first field", "[csv][encoding]") {
    const Collected c = readBytes("\xEF\xBB\xBFRef,Finding\n1,café\n");
    CHECK(c.format.hadBom);
    CHECK(c.records[0].fields[0] == "Ref");
    CHECK(c.records[1].fields[1] == "café");
}

TEST_CASE("csv delivers ragged rows with their lines for the caller to judge", "[csv]") {
    const Collected c = readBytes("Tracker title\n\nRef,Finding,Owner\n1,a,b\n2,c\n3,d,e,extra\n,,\n");
    REQUIRE(c.records.size() == 7);
    CHECK(c.records[0] == Record{1, {"Tracker title"}});
    CHECK(c.records[1] == Record{2, {""}});  // a blank line is one empty field
    CHECK(c.records[4] == Record{5, {"2", "c"}});
    CHECK(c.records[5] == Record{6, {"3", "d", "e", "extra"}});
    CHECK(c.records[6] == Record{7, {"", "", ""}});
    CHECK(c.problems.empty());
}

TEST_CASE("csv accepts LF, CRLF and CR line ends and a last line without one", "[csv]") {
    const Collected c = readBytes("a,b\rc,d\r\ne,f\ng,h");
    REQUIRE(c.records.size() == 4);
    CHECK(c.records[3] == Record{4, {"g", "h"}});
}

TEST_CASE("csv gives the same records whatever the chunk size", "[csv]") {
    std::string text = "\xEF\xBB\xBFRef,Finding,Owner\r\n";
    for (int i = 0; i < 300; ++i)
        text += std::to_string(i) + ",\"Quoted \"\"" + std::to_string(i) + "\"\"\nsecond line – £\",Ünïcödé " + std::to_string(i) + "\r\n";
    const Collected whole = readBytes(text);
    REQUIRE(whole.records.size() == 301);
    CHECK(whole.records[300] == Record{600, {"299", "Quoted \"299\"\nsecond line – £", "Ünïcödé 299"}});
    for (size_t chunk : {1, 2, 3, 7, 64, 4096}) {
        INFO("chunk " << chunk);
        CHECK(readBytes(text, {}, chunk).records == whole.records);
    }
}

TEST_CASE("csv gives the same records and problems for random input at any chunk size", "[csv]") {
    // Random mixtures of the characters that steer the parser, with multi-byte text.
    std::mt19937 random(20250331);
    const std::vector<std::string> pieces = {",", ",", "\"", "\"\"", "\n", "\r\n", "\r", "a", "bc", "£", "–", " ", ";"};
    for (int doc = 0; doc < 200; ++doc) {
        std::string text;
        const int length = int(random() % 60);
        for (int i = 0; i < length; ++i) text += pieces[random() % pieces.size()];
        CsvOptions options;
        options.delimiter = ',';
        const Collected whole = readBytes(text, options);
        for (size_t chunk : {1, 3, 17}) {
            INFO("document " << doc << " chunk " << chunk << ": " << text);
            const Collected chunked = readBytes(text, options, chunk);
            CHECK(chunked.records == whole.records);
            CHECK(chunked.problems.size() == whole.problems.size());
        }
    }
}

TEST_CASE("csv reports a quote never closed and text after a closing quote", "[csv][bad]") {
    const Collected c = readBytes("a,\"b\"x,c\n1,\"never closed\n2,3\n");
    REQUIRE(c.records.size() == 2);
    CHECK(c.records[0].fields == std::vector<std::string>{"a", "bx", "c"});
    CHECK(c.records[1].fields == std::vector<std::string>{"1", "never closed\n2,3\n"});
    REQUIRE(c.problems.size() == 2);
    CHECK(c.problems[0].line == 1);
    CHECK(c.problems[0].message == "field 2 has text after its closing quote");
    CHECK(c.problems[0].recordDelivered);
    CHECK(c.problems[1].line == 2);
    CHECK(c.problems[1].message == "a quoted field is never closed");
}

TEST_CASE("csv caps field length and field count, reporting the record's line", "[csv][bad]") {
    CsvOptions options;
    options.maxFieldBytes = 10;
    options.maxFieldsPerRecord = 4;
    const Collected c = readBytes("a,b\n1,\"this field is too long\"\n2,x,y,z,w\n3,ok\n", options);
    REQUIRE(c.records.size() == 2);
    CHECK(c.records[1] == Record{4, {"3", "ok"}});
    REQUIRE(c.problems.size() == 2);
    CHECK(c.problems[0].line == 2);
    CHECK(c.problems[0].message == "field 2 is longer than 10 bytes");
    CHECK_FALSE(c.problems[0].recordDelivered);
    CHECK(c.problems[1].line == 3);
    CHECK(c.problems[1].message == "more than 4 fields");
}

TEST_CASE("csv stops at a record longer than the record cap", "[csv][bad]") {
    CsvOptions options;
    options.maxRecordBytes = 1000;
    const std::string runaway = "a,b\n1,\"" + std::string(5000, 'x') + "\n";
    try {
        readBytes(runaway, options, 256);
        FAIL("runaway record accepted");
    } catch (const SheetReadError& e) {
        CHECK(e.kind() == SheetErrorKind::LimitExceeded);
        CHECK_THAT(e.what(), Catch::StartsWith("test.csv: record starting at line 2 is longer than 1000 bytes"));
    }
}

TEST_CASE("csv refuses binary input", "[csv][bad]") {
    CHECK_THROWS_WITH(readBytes(std::string("PK\x03\x04\0\0binary", 12)),
                      Catch::StartsWith("test.csv: binary data, not text (NUL byte at offset 4)"));
}

TEST_CASE("csv reads a file from disk and says when it cannot", "[csv]") {
    sheetread_test::TempDir tmp;
    sheetread_test::writeFile(tmp.file("t.csv"), "Ref,Finding\n1,x\n");
    Collected c;
    const CsvSummary summary = readCsvFile(tmp.file("t.csv"), c);
    CHECK(summary.records == 2);
    CHECK(summary.lines == 2);
    CHECK(summary.bytes == 16);
    CHECK_THROWS_WITH(readCsvFile(tmp.file("missing.csv"), c), Catch::Contains("missing.csv: cannot open"));
}

TEST_CASE("csv records reach a SheetHandler as rows numbered by line", "[csv]") {
    sheetread_test::TempDir tmp;
    sheetread_test::writeFile(tmp.file("tracker.csv"), "Title\n\nRef,Finding,,RAG\n1,\"two\nlines\",,Red\n2,\"x\"y,,\n");
    sheetread_test::SheetCollector collector;
    const SheetSummary summary = readCsvFileAsSheet(tmp.file("tracker.csv"), collector);
    const sheetread_test::SheetCopy& s = collector.copy;
    CHECK(s.started);
    CHECK(s.ended);
    CHECK(s.rows == std::vector<uint32_t>{1, 2, 3, 4, 6});
    CHECK(s.at("A1").sheet == "tracker.csv");
    CHECK(s.at("D3").text == "RAG");
    CHECK_FALSE(s.has("C3"));  // empty fields are gaps
    CHECK(s.at("B4").text == "two\nlines");
    CHECK(s.at("B4").type == CellType::String);
    CHECK(s.at("B6").text == "xy");
    REQUIRE(s.problems.size() == 1);
    CHECK(s.problems[0] == std::make_pair(6u, std::string("field 2 has text after its closing quote")));
    CHECK(summary.rowsDelivered == 5);
    CHECK(summary.rowsWithProblems == 0);
}
