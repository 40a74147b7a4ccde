// The source view's content: the finding's lines found in the original file and converted
// to code-point offsets; CRLF and page breaks removed; other encodings decoded; spreadsheet
// rows shown as cells; binary documents summarised.
#include "model/source_excerpt.hpp"
#include "model/text_decoding.hpp"

#include <test_support.hpp>

#include <catch2/catch.hpp>

using namespace findings;
using namespace findings::studio;

namespace {
/// The highlighted text, by code points.
std::string highlighted(const SourceExcerpt& e) {
    std::u32string chars;
    std::string out;
    size_t cp = 0;
    for (size_t i = 0; i < e.text.size(); ++i) {
        const bool lead = (static_cast<unsigned char>(e.text[i]) & 0xC0) != 0x80;
        if (lead && i > 0) ++cp;
        if (cp >= e.highlightStart && cp < e.highlightEnd) out += e.text[i];
    }
    return out;
}
Finding onLines(int64_t first, int64_t last) {
    Finding f;
    f.text = "t";
    f.location.line_start = first;
    f.location.line_end = last;
    return f;
}
}  // namespace

TEST_CASE("the finding's lines are highlighted, counted in code points", "[excerpt]") {
    testsupport::TempDir dir;
    testsupport::writeFile(dir.file("l.txt"), "£1 — first\nsecond “line”\nthird\n");
    Source s;
    s.path = dir.file("l.txt");
    SourceTextCache cache;
    const SourceExcerpt e = excerptFor(onLines(2, 3), &s, cache);
    CHECK(e.kind == SourceExcerpt::Kind::Text);
    CHECK(e.highlightStart == 11);  // "£1 — first\n" is 11 code points
    CHECK(highlighted(e) == "second “line”\nthird");
    // The file's name in the one-line heading; the full path kept for the tooltip.
    CHECK(e.heading == "l.txt \u2014 lines 2\u20133");
    CHECK(e.path == s.path);
}

TEST_CASE("CRLF line ends and form feeds do not shift the highlight", "[excerpt]") {
    testsupport::TempDir dir;
    testsupport::writeFile(dir.file("crlf.txt"), "one\r\ntwo\r\n\fthree\r\nfour\r\n");
    Source s;
    s.path = dir.file("crlf.txt");
    SourceTextCache cache;
    const SourceExcerpt e = excerptFor(onLines(3, 3), &s, cache);
    CHECK(e.text == "one\ntwo\nthree\nfour\n");
    CHECK(highlighted(e) == "three");
}

TEST_CASE("a Windows-1252 letter is shown decoded", "[excerpt]") {
    Source s;
    s.path = testsupport::samplesDir() + "/wyvern-letter-2024-05-cp1252.txt";
    SourceTextCache cache;
    const SourceExcerpt e = excerptFor(onLines(1, 1), &s, cache);
    REQUIRE(e.kind == SourceExcerpt::Kind::Text);
    CHECK(isValidUtf8(e.text));
    CHECK(e.text.find("\u00a3") != std::string::npos);
}

TEST_CASE("byte offsets are used when lines are absent", "[excerpt]") {
    testsupport::TempDir dir;
    testsupport::writeFile(dir.file("c.txt"), "ab\xC3\xA9" "cdef");  // "abécdef"
    Source s;
    s.path = dir.file("c.txt");
    Finding f;
    f.location.char_start = 2;
    f.location.char_end = 5;  // "éc" (é is two bytes)
    SourceTextCache cache;
    const SourceExcerpt e = excerptFor(f, &s, cache);
    CHECK(e.highlightStart == 2);
    CHECK(e.highlightEnd == 4);
}

TEST_CASE("a spreadsheet row shows its cells", "[excerpt]") {
    Source s;
    s.kind = "spreadsheet";
    s.path = "/nowhere/tracker.xlsx";
    Finding f;
    f.text = "Supervision not reflective";
    f.location.sheet = "Tracker";
    f.location.row = 12;
    f.location.column = 3;
    f.action = {"Train managers", "PSW", "2025-03-31", "amber"};
    f.properties = {{"Progress update", "4 of 6 cohorts"}};
    SourceTextCache cache;
    const SourceExcerpt e = excerptFor(f, &s, cache);
    CHECK(e.kind == SourceExcerpt::Kind::Spreadsheet);
    CHECK(e.heading == "tracker.xlsx \u2014 Tracker!C12");
    CHECK(e.text.find("Owner: PSW") != std::string::npos);
    CHECK(e.text.find("Progress update: 4 of 6 cohorts") != std::string::npos);
    CHECK(highlighted(e) == "Supervision not reflective");
}

TEST_CASE("a PDF or a missing file shows the finding with a note", "[excerpt]") {
    testsupport::TempDir dir;
    testsupport::writeFile(dir.file("l.pdf"), "%PDF-1.7 binary");
    Source s;
    s.path = dir.file("l.pdf");
    Finding f;
    f.text = "Leaders know their services well.";
    f.location.page = 2;
    SourceTextCache cache;
    SourceExcerpt e = excerptFor(f, &s, cache);
    CHECK(e.kind == SourceExcerpt::Kind::Summary);
    CHECK(highlighted(e) == f.text);
    CHECK(e.heading == "l.pdf \u2014 page 2");
    s.path = dir.file("gone.txt");
    e = excerptFor(f, &s, cache);
    CHECK(e.kind == SourceExcerpt::Kind::Missing);
    CHECK(e.text.find("gone.txt") != std::string::npos);
    CHECK(highlighted(e) == f.text);
}

TEST_CASE("UTF-8 validation rejects overlong and truncated sequences", "[excerpt]") {
    CHECK(isValidUtf8("plain \xE2\x80\x94 dash"));
    CHECK_FALSE(isValidUtf8("\xC0\xAF"));
    CHECK_FALSE(isValidUtf8("cut \xE2\x80"));
    CHECK_FALSE(isValidUtf8("\xED\xA0\x80"));  // a surrogate
    CHECK(decodeToUtf8(std::string_view("\xFF\xFE" "A\0\xAC\x20", 6)) == "A\u20ac");
}

TEST_CASE("the heading gives the page of a PDF, the lines of a text file, the row of a sheet", "[excerpt]") {
    Location l;
    l.line_start = 365;
    l.line_end = 373;
    CHECK(sourceLocationText(l) == "lines 365\u2013373");
    // A PDF: the importer's line numbers are its own extraction's, not the shown text's.
    l.page = 12;
    CHECK(sourceLocationText(l) == "page 12");
    CHECK(locationText(l) == "page 12, lines 365\u2013373");  // everything, for diagnostics
    Location cell;
    cell.sheet = "Tracker";
    cell.row = 5;
    cell.line_start = 5;
    CHECK(sourceLocationText(cell) == "Tracker!row 5");
    CHECK(sourceLocationText(Location{}).empty());

    testsupport::TempDir dir;
    testsupport::writeFile(dir.file("r.pdf"), "%PDF-1.7 binary");
    Source s;
    s.path = dir.file("r.pdf");
    Finding f;
    f.text = "Leaders know their services well.";
    f.location = l;
    // While its text is extracted: the heading already, and a line saying so.
    const SourceExcerpt loading = loadingExcerpt(f, &s);
    CHECK(loading.kind == SourceExcerpt::Kind::Loading);
    CHECK(loading.heading == "r.pdf \u2014 page 12");
    CHECK(loading.text.rfind(kLoadingPdfText, 0) == 0);
    CHECK(highlighted(loading) == f.text);
}
