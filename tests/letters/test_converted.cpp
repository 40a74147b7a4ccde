// The seed letters converted to .docx and .pdf by LibreOffice import to the same metadata
// and findings text as the .txt they came from.
#include <catch2/catch.hpp>

#include "findings/docparse/parser.hpp"
#include "gold_check.hpp"
#include "support.hpp"

using namespace findings::docparse;
using namespace letters_test;

namespace {

const char* const kLetters[] = {"herefordshire-monitoring-letter-2024-03", "herefordshire-monitoring-letter-2025-03"};

void checkSameAsText(const std::string& letter, const std::string& ext) {
    ParsedDocument txt = parseFile(corpusPath("seeds/" + letter + ".txt"));
    ParsedDocument other = parseFile(convertedDir() + "/" + letter + "." + ext);
    CHECK(other.kind == txt.kind);
    CHECK(other.title == txt.title);
    CHECK(other.local_authority == txt.local_authority);
    CHECK(other.date == txt.date);
    CHECK(other.recipient == txt.recipient);
    CHECK(other.visit.start == txt.visit.start);
    CHECK(other.visit.end == txt.visit.end);
    CHECK(other.visit.ordinal == txt.visit.ordinal);
    CHECK(other.previous_judgement.grade == txt.previous_judgement.grade);
    CHECK(other.previous_judgement.date == txt.previous_judgement.date);
    CHECK(other.framework == txt.framework);
    CHECK(other.inspectors == txt.inspectors);
    CHECK(other.areas_covered == txt.areas_covered);
    REQUIRE(other.paragraphs.size() == txt.paragraphs.size());
    for (std::size_t i = 0; i < txt.paragraphs.size(); ++i) {
        INFO("paragraph " << i);
        CHECK(other.paragraphs[i].role == txt.paragraphs[i].role);
        CHECK(other.paragraphs[i].section == txt.paragraphs[i].section);
        CHECK(other.paragraphs[i].text == txt.paragraphs[i].text);
    }
}

}  // namespace

TEST_CASE("letters converted to Word import like the text", "[converted][docx][corpus]") {
    for (const char* letter : kLetters) {
        INFO(letter);
        checkSameAsText(letter, "docx");
    }
}

#ifdef LETTERS_HAVE_PDF
TEST_CASE("letters converted to PDF import like the text", "[converted][pdf][corpus]") {
    for (const char* letter : kLetters) {
        INFO(letter);
        checkSameAsText(letter, "pdf");
    }
}

TEST_CASE("PDF findings carry page numbers", "[converted][pdf][location][corpus]") {
    ParsedDocument doc = parseFile(convertedDir() + "/herefordshire-monitoring-letter-2024-03.pdf");
    REQUIRE(!doc.paragraphs.empty());
    CHECK(doc.paragraphs.front().page == 1);
    CHECK(doc.paragraphs.back().page >= 3);
}
#endif

TEST_CASE("converted letters match every gold field", "[converted][gold][corpus]") {
    for (const char* letter : kLetters) {
        for (const char* ext : {"docx"
#ifdef LETTERS_HAVE_PDF
                                , "pdf"
#endif
             }) {
            DYNAMIC_SECTION(letter << "." << ext) {
                checkAllGoldKeys(std::string("seeds/") + letter + ".txt", convertedDir() + "/" + letter + "." + ext);
            }
        }
    }
}
