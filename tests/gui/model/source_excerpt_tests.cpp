// The source view's content: the finding's lines found in the text its importer gives
// (the document_text extension) and converted to code-point offsets; CRLF and page breaks
// removed; other encodings decoded; spreadsheet rows shown as cells; documents whose
// importer gives no text summarised.
#include "model/source_excerpt.hpp"

#include <findings/check/record_check.hpp>

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
/// The document's text from the built-in importers, in this process: `importer` names one
/// (the text importer by default: these small files are not letters it would claim), ""
/// chooses as an import would.
SourceText importerText(const std::string& path, const std::string& importer = "uk.findings.letters.text") {
    static const auto registry = testsupport::pluginRegistry({FINDINGS_PLUGIN_DIR}, true);
    return loadSourceText(*registry, path, importer);
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
    const SourceExcerpt e = excerptFor(onLines(2, 3), &s, importerText(s.path));
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
    const SourceExcerpt e = excerptFor(onLines(3, 3), &s, importerText(s.path));
    CHECK(e.text == "one\ntwo\nthree\nfour");
    CHECK(highlighted(e) == "three");
}

TEST_CASE("a Windows-1252 letter is shown decoded", "[excerpt]") {
    Source s;
    s.path = testsupport::samplesDir() + "/wyvern-letter-2024-05-cp1252.txt";
    const SourceExcerpt e = excerptFor(onLines(1, 1), &s, importerText(s.path));
    REQUIRE(e.kind == SourceExcerpt::Kind::Text);
    CHECK(findings::check::isValidUtf8(e.text));
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
    const SourceExcerpt e = excerptFor(f, &s, importerText(s.path));
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
    CHECK_FALSE(needsSourceText(f, &s));
    const SourceExcerpt e = excerptFor(f, &s, SourceText{});
    CHECK(e.kind == SourceExcerpt::Kind::Spreadsheet);
    CHECK(e.heading == "tracker.xlsx \u2014 Tracker!C12");
    CHECK(e.text.find("Owner: PSW") != std::string::npos);
    CHECK(e.text.find("Progress update: 4 of 6 cohorts") != std::string::npos);
    CHECK(highlighted(e) == "Supervision not reflective");
}

TEST_CASE("a document its importer cannot read, or a missing file, shows the finding with a note", "[excerpt]") {
    testsupport::TempDir dir;
    testsupport::writeFile(dir.file("l.pdf"), "%PDF-1.7 binary");
    Source s;
    s.path = dir.file("l.pdf");
    Finding f;
    f.text = "Leaders know their services well.";
    f.location.page = 2;
    SourceExcerpt e = excerptFor(f, &s, importerText(s.path, ""));
    CHECK(e.kind == SourceExcerpt::Kind::Summary);
    // The PDF importer's own words for what is wrong, naming it.
    CHECK(e.text.find("(importer uk.findings.letters.pdf)") != std::string::npos);
    CHECK(highlighted(e) == f.text);
    CHECK(e.heading == "l.pdf \u2014 page 2");
    s.path = dir.file("gone.txt");
    e = excerptFor(f, &s, importerText(s.path, ""));
    CHECK(e.kind == SourceExcerpt::Kind::Missing);
    CHECK(e.text.find("gone.txt") != std::string::npos);
    CHECK(highlighted(e) == f.text);
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
    CHECK(loading.text.rfind(kLoadingText, 0) == 0);
    CHECK(highlighted(loading) == f.text);
}

TEST_CASE("a Word letter shows its text, as its importer reads it", "[excerpt]") {
    Source s;
    s.path = std::string(FINDINGS_SOURCE_DIR) + "/tests/letters_plugin/fixtures/paged/monitoring-visit-calderbrook-2023.docx";
    REQUIRE(testsupport::fileExists(s.path));
    const SourceText text = importerText(s.path, "");
    REQUIRE(text.readable);
    const SourceExcerpt e = excerptFor(onLines(1, 2), &s, text);
    CHECK(e.kind == SourceExcerpt::Kind::Text);
    CHECK(e.text.find("Calderbrook") != std::string::npos);
    CHECK(e.highlightEnd > e.highlightStart);
}
