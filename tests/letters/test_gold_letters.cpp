// The two seed monitoring letters against their .gold.json, field by field, plus what the
// gold implies about the findings text.
#include <catch2/catch.hpp>

#include "findings/docparse/parser.hpp"
#include "findings/docparse/readers.hpp"
#include "gold_check.hpp"
#include "support.hpp"

using namespace findings::docparse;
using namespace letters_test;

namespace {
const char* const kLetter2024 = "seeds/herefordshire-monitoring-letter-2024-03.txt";
const char* const kLetter2025 = "seeds/herefordshire-monitoring-letter-2025-03.txt";
}  // namespace

TEST_CASE("2024 letter matches every gold field", "[gold][letter][corpus]") {
    checkAllGoldKeys(kLetter2024);
}

TEST_CASE("2025 letter matches every gold field", "[gold][letter][corpus]") {
    checkAllGoldKeys(kLetter2025);
}

TEST_CASE("letter paragraphs carry their section headings", "[gold][letter][corpus]") {
    ParsedDocument doc = parseFile(corpusPath(kLetter2025));
    for (const Paragraph& p : doc.paragraphs) {
        if (p.role == ParagraphRole::Headline) CHECK(p.section == "Headline findings");
        if (p.role == ParagraphRole::Finding) CHECK(p.section == "Findings and evaluation of progress");
    }
    auto findings = withRole(doc, ParagraphRole::Finding);
    REQUIRE(findings.size() == 16);
    CHECK(findings.front()->ordinal == 1);
    CHECK(findings.back()->ordinal == 16);
}

TEST_CASE("a paragraph split by a page break is rejoined", "[gold][letter][reflow][corpus]") {
    ParsedDocument doc = parseFile(corpusPath(kLetter2024));
    auto findings = withRole(doc, ParagraphRole::Finding);
    REQUIRE(!findings.empty());
    CHECK(findings[0]->text ==
          "Too many older children in care experience changes of social worker. Although social workers get to "
          "know their young people and have conversations with them about their wishes and experiences, for some "
          "young people, this disruption in their relationship with a trusted adult leads to drift in progression "
          "of their plans.");
    CHECK(findings[0]->line_start == 36);
    CHECK(findings[0]->line_end == 40);
}

TEST_CASE("hard-wrapped letter paragraphs are reflowed into one line", "[gold][letter][reflow][corpus]") {
    ParsedDocument doc = parseFile(corpusPath(kLetter2025));
    auto headline = withRole(doc, ParagraphRole::Headline);
    REQUIRE(headline.size() == 1);
    const std::string& t = headline[0]->text;
    CHECK(t.find('\n') == std::string::npos);
    CHECK(t.find("  ") == std::string::npos);
    CHECK(t.rfind("Since the last monitoring visit in October 2024, the local authority has started to build up", 0) == 0);
    CHECK(t.find("The teams whose members undertake assessments") != std::string::npos);  // stray leading space gone
    CHECK(headline[0]->summary ==
          "Since the last monitoring visit in October 2024, the local authority has started to build up some pace in "
          "the improvement of services for vulnerable children.");
}

TEST_CASE("a hyphen at a line end keeps the compound word whole", "[gold][letter][reflow][corpus]") {
    ParsedDocument doc = parseFile(corpusPath(kLetter2025));
    bool found = false;
    for (const Paragraph& p : doc.paragraphs)
        found |= p.text.find("pre-birth assessment and decision-making. This follows") != std::string::npos;
    CHECK(found);
}

TEST_CASE("letterhead, address and sign-off are not findings", "[gold][letter][corpus]") {
    for (const char* f : {kLetter2024, kLetter2025}) {
        ParsedDocument doc = parseFile(corpusPath(f));
        for (const Paragraph& p : doc.paragraphs) {
            INFO(p.text.substr(0, 80));
            CHECK(p.text.find("Piccadilly Gate") == std::string::npos);
            CHECK(p.text.find("Yours sincerely") == std::string::npos);
            CHECK(p.text.find("I am copying this letter") == std::string::npos);
            CHECK(p.text.find("**") == std::string::npos);
            CHECK(p.text.find("Majesty") == std::string::npos);
        }
    }
}

TEST_CASE("paragraph locations point at the original text", "[gold][letter][location][corpus]") {
    std::string bytes = readFile(corpusPath(kLetter2025));
    Lines lines = readTextLines(bytes);
    ParsedDocument doc = parseDocument(lines);
    for (const Paragraph& p : doc.paragraphs) {
        INFO(p.text.substr(0, 60));
        REQUIRE(p.line_start >= 1);
        REQUIRE(p.line_end >= p.line_start);
        CHECK(lines[std::size_t(p.line_start - 1)].text.find(p.text.substr(0, 20)) != std::string::npos);
        REQUIRE(p.char_start >= 0);
        CHECK(bytes.compare(std::size_t(p.char_start), 20, p.text, 0, 20) == 0);
        CHECK(p.char_end > p.char_start);
    }
}

#ifdef LETTERS_HAVE_CLASSIFY
#include "findings/classify/classifier.hpp"

TEST_CASE("overall direction of the letters from their headline findings", "[gold][letter][classify][corpus]") {
    for (const char* f : {kLetter2024, kLetter2025}) {
        ParsedDocument doc = parseFile(corpusPath(f));
        std::string headline;
        for (const Paragraph* p : withRole(doc, ParagraphRole::Headline)) headline += p->text + "\n";
        CHECK(findings::classify::overallDirection(headline) == goldString(loadGold(f), "overall_direction"));
    }
}
#endif
