// The seed news articles and press release against their .gold.json, and their quotation
// and finding paragraphs.
#include <catch2/catch.hpp>

#include "findings/docparse/parser.hpp"
#include "gold_check.hpp"
#include "support.hpp"

using namespace findings::docparse;
using namespace letters_test;

namespace {
const char* const kPress = "seeds/council-press-release-first-monitoring-visit-2023-06.txt";
const char* const kLittleProgress = "seeds/news-inspection-little-progress.txt";
const char* const kSecondVisit = "seeds/news-second-monitoring-visit-2023.txt";
}  // namespace

TEST_CASE("press release matches every gold field", "[gold][article][corpus]") {
    checkAllGoldKeys(kPress);
}

TEST_CASE("little-progress article matches every gold field", "[gold][article][corpus]") {
    checkAllGoldKeys(kLittleProgress);
}

TEST_CASE("second-visit article matches every gold field", "[gold][article][corpus]") {
    checkAllGoldKeys(kSecondVisit);
}

TEST_CASE("quotations carry the speaker's name and the speaker's role is kept", "[gold][article][corpus]") {
    ParsedDocument doc = parseFile(corpusPath(kPress));
    auto quotes = withRole(doc, ParagraphRole::Quotation);
    REQUIRE(quotes.size() == 6);
    CHECK(quotes[0]->attribution == "Darryl Freeman");  // after "He said:"
    CHECK(quotes[0]->text.rfind("“Of course it is encouraging", 0) == 0);
    CHECK(quotes.back()->attribution == "Ivan Powell");
    REQUIRE(doc.people.size() == 2);
    CHECK(doc.people[0].role == "Director of Children’s Services");
    CHECK(doc.people[1].role == "Cabinet member for Children and Young People");
}

TEST_CASE("an inline quotation keeps only the quoted words", "[gold][article][corpus]") {
    ParsedDocument doc = parseFile(corpusPath(kLittleProgress));
    auto quotes = withRole(doc, ParagraphRole::Quotation);
    REQUIRE(!quotes.empty());
    CHECK(quotes[0]->attribution == "Peter McEntee");
    CHECK(quotes[0]->text.rfind("“Areas of concern identified at the last full inspection", 0) == 0);
}

TEST_CASE("article paragraphs that report findings are kept, one per paragraph", "[gold][article][corpus]") {
    ParsedDocument doc = parseFile(corpusPath(kSecondVisit));
    auto paras = withRole(doc, ParagraphRole::ArticleParagraph);
    CHECK(paras.size() == 11);
    for (const Paragraph* p : paras) CHECK(p->section == "Article");
}

TEST_CASE("named inspectors in an article are people too", "[gold][article][corpus]") {
    ParsedDocument doc = parseFile(corpusPath(kSecondVisit));
    REQUIRE(doc.people.size() == 2);
    CHECK(doc.people[0].name == "Alison Smale");
    CHECK(doc.people[1].name == "Nick Bennison");
}

#ifdef LETTERS_HAVE_CLASSIFY
#include "findings/classify/classifier.hpp"

TEST_CASE("overall direction of articles from their finding paragraphs", "[gold][article][classify][corpus]") {
    for (const char* f : {kPress, kLittleProgress, kSecondVisit}) {
        ParsedDocument doc = parseFile(corpusPath(f));
        std::string text;
        for (const Paragraph& p : doc.paragraphs) text += p.text + "\n";
        INFO(f);
        CHECK(findings::classify::overallDirection(text) == goldString(loadGold(f), "overall_direction"));
    }
}
#endif
