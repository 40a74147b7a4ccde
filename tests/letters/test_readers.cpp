// Format readers: text encodings, Word paragraphs/lists/tables/breaks, line numbers and
// offsets.
#include <catch2/catch.hpp>

#include "docx_fixture.hpp"
#include "findings/docparse/readers.hpp"

using namespace findings::docparse;
using namespace letters_test;

TEST_CASE("UTF-8 text with a BOM reads without the BOM", "[reader][text]") {
    Lines lines = readTextLines("\xEF\xBB\xBF" "Dear Tina\nline two");
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].text == "Dear Tina");
    CHECK(lines[1].number == 2);
}

TEST_CASE("CRLF and CR line ends are both line breaks", "[reader][text]") {
    Lines lines = readTextLines("one\r\ntwo\rthree");
    REQUIRE(lines.size() == 3);
    CHECK(lines[2].text == "three");
    CHECK(lines[1].offset == 5);
}

TEST_CASE("UTF-16 LE with BOM decodes the pound sign and curly quotes", "[reader][text]") {
    std::string utf16 = std::string("\xFF\xFE", 2);
    for (char16_t c : std::u16string(u"\u00A31.6m \u201Cgood\u201D")) {
        utf16.push_back(char(c & 0xFF));
        utf16.push_back(char(c >> 8));
    }
    Lines lines = readTextLines(utf16);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].text == "£1.6m “good”");
}

TEST_CASE("UTF-16 BE without BOM is detected", "[reader][text]") {
    std::string utf16;
    for (char c : std::string("Monitoring visit to Herefordshire")) {
        utf16.push_back('\0');
        utf16.push_back(c);
    }
    CHECK(readTextLines(utf16)[0].text == "Monitoring visit to Herefordshire");
}

TEST_CASE("Windows-1252 text keeps the pound sign and curly quotes", "[reader][text]") {
    Lines lines = readTextLines("invested \xA3" "1.6m in children\x92s services \x93now\x94 \x96 today");
    CHECK(lines[0].text == "invested £1.6m in children’s services “now” – today");
}

TEST_CASE("Word paragraphs, tabs, breaks and list items become lines", "[reader][docx]") {
    std::string docx = makeDocx(
        "<w:p><w:r><w:t>Areas covered by the visit</w:t></w:r></w:p>"
        "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
        "<w:r><w:t>Care leavers.</w:t></w:r></w:p>"
        "<w:p><w:r><w:t xml:space=\"preserve\">Judgement</w:t><w:tab/><w:t>Grade</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>first</w:t><w:br/><w:t>second</w:t></w:r></w:p>"
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Overall effectiveness</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:p><w:r><w:t>Good</w:t></w:r></w:p></w:tc></w:tr></w:tbl>");
    Lines lines = readDocxLines(docx);
    REQUIRE(lines.size() == 6);
    CHECK(lines[0].text == "Areas covered by the visit");
    CHECK(lines[1].text == "• Care leavers.");
    CHECK(lines[2].text == "Judgement\tGrade");
    CHECK(lines[3].text == "first");
    CHECK(lines[4].text == "second");
    CHECK(lines[5].text == "Overall effectiveness\tGood");
    CHECK(lines[5].number == 6);
}

TEST_CASE("Word text keeps Unicode as written", "[reader][docx]") {
    std::string docx = makeDocx("<w:p><w:r><w:t>children’s services – £1.6m</w:t></w:r></w:p>");
    CHECK(readDocxLines(docx)[0].text == "children’s services – £1.6m");
}

TEST_CASE("joinLines reproduces the text the offsets refer to", "[reader]") {
    Lines lines = readTextLines("alpha\nbeta\ngamma");
    std::string joined = joinLines(lines);
    CHECK(joined.substr(lines[2].offset, 5) == "gamma");
}
