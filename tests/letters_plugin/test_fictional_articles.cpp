// Fictional news articles and press releases imported through the CLI: what the parser
// extracts (tests/letters/test_articles_press.cpp) must also be a valid findings document,
// and `inspect` must name the kind `import` gives.
#include <catch2/catch.hpp>

#include "import_run.hpp"

using namespace letters_plugin_test;

namespace {

// A grade change dated by the year alone, a month-only visit and an unnamed spokesperson.
const char* const kGradeChange =
    "Ashdown children's services rated 'good' by Ofsted\n\n"
    "By Priya Shah\nPublished: 21 November 2024\n\n"
    "Children's services in Ashdown have been rated 'good' having previously been judged 'inadequate' in 2022.\n\n"
    "Inspectors, who visited in September, found that children who need help and protection now receive timely "
    "and effective support.\n\n"
    "A council spokesperson said: \"We are proud of our social workers.\"\n";

}  // namespace

TEST_CASE("an article dating its previous judgement by year alone imports to a valid document",
          "[article][validate]") {
    testsupport::TempDir dir;
    const std::string path = dir.file("ashdown-good-2024.txt");
    testsupport::writeFile(path, kGradeChange);
    const Imported imported = importOk({path});
    const findings::Source& s = sourceFor(imported.set, path);
    CHECK(s.kind == "news_article");
    CHECK(s.previous_judgement.grade == "inadequate");
    // The format dates a judgement by month at least: the year goes in a property.
    CHECK(s.previous_judgement.date.empty());
    CHECK(propertyOf(s.properties, "previous_judgement_year") == "2022");
    CHECK(s.visit.start == "2024-09");
    const auto quotes = withRole(imported.set, s.id, "quotation");
    REQUIRE(quotes.size() == 1);
    CHECK(quotes[0]->attribution == "council spokesperson");

    const testsupport::RunResult valid = testsupport::runCli("validate " + testsupport::shellQuote(imported.output));
    INFO(valid.out << valid.err);
    CHECK(valid.status == 0);
    const testsupport::RunResult inspected = testsupport::runCli("inspect " + testsupport::shellQuote(path));
    CHECK(inspected.out.find("(news_article)") != std::string::npos);
}
