// How sources are named for people: a title when the importer found one, else what the
// source is and when (never a bare file name for a press release or news article), and
// long labels shortened at a word with an ellipsis.
#include "model/source_labels.hpp"

#include <catch2/catch.hpp>

using namespace findings;
using namespace findings::studio;

TEST_CASE("an untitled source is named by its kind and date, not its file name", "[labels]") {
    Source s;
    s.id = "src-1";
    s.path = "/corpus/seeds/council-press-release-first-monitoring-visit-2023-06.txt";
    s.kind = "press_release";
    s.date = "2023-06-14";
    CHECK(sourceDisplayName(s) == "Press release \u00b7 2023-06-14");
    // No date: the kind still leads; the file name tells two such sources apart.
    s.date.clear();
    s.kind = "news_article";
    CHECK(sourceDisplayName(s) == "News article \u00b7 council-press-release-first-monitoring-visit-2023-06.txt");
    // A title always wins.
    s.title = "Council welcomes Ofsted feedback";
    CHECK(sourceDisplayName(s) == "Council welcomes Ofsted feedback");
    // Nothing known about it: its file name, else its id.
    s = {};
    s.id = "src-2";
    s.kind = "other";
    s.path = "/x/notes.txt";
    CHECK(sourceDisplayName(s) == "notes.txt");
    s.path.clear();
    CHECK(sourceDisplayName(s) == "src-2");
}

TEST_CASE("source kinds read as words", "[labels]") {
    CHECK(sourceKindLabel("monitoring_letter") == "Monitoring letter");
    CHECK(sourceKindLabel("findings_workbook") == "Findings workbook");
    CHECK(sourceKindLabel("other") == "Document");
    CHECK(sourceKindLabel("") == "");
}

TEST_CASE("long labels are shortened at a word, with an ellipsis", "[labels]") {
    CHECK(ellipsized("Visit 4", 30) == "Visit 4");
    CHECK(ellipsized("Monitoring visit to Herefordshire children's services", 30) ==
          "Monitoring visit to\u2026");
    // One long word: cut inside it rather than lose it all.
    CHECK(ellipsized("council-press-release-first-monitoring-visit", 12) == "council-pre\u2026");
    // No separator is left dangling before the ellipsis.
    CHECK(ellipsized("Visit 3 \u00b7 2024-05-14 and more", 10) == "Visit 3\u2026");
    // Counted in characters, not bytes: "é" is one.
    CHECK(ellipsized("\u00e9\u00e9\u00e9\u00e9", 4) == "\u00e9\u00e9\u00e9\u00e9");
    CHECK(ellipsized("\u00e9\u00e9\u00e9\u00e9\u00e9", 4) == "\u00e9\u00e9\u00e9\u2026");
    CHECK(ellipsized("anything", 0).empty());
}
