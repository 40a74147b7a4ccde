// How sources are named for people: a title when the importer found one, else what the
// source is and when (never a bare file name for a press release or news article), and
// long labels shortened at a word with an ellipsis.
#include "model/source_labels.hpp"

#include <catch2/catch.hpp>

#include <vector>

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

TEST_CASE("sources with the same title get names that tell them apart", "[labels]") {
    std::vector<Source> sources(5);
    for (auto& s : sources) s.local_authority = "Herefordshire";
    // Every monitoring letter has the same title: the kind and date tell them apart.
    sources[0].kind = sources[1].kind = "monitoring_letter";
    sources[0].title = sources[1].title = "Monitoring visit to Herefordshire children's services";
    sources[0].date = "2024-03-27";
    sources[1].date = "2025-03-20";
    // Two undated news articles: their file names.
    sources[2].kind = sources[3].kind = "news_article";
    sources[2].path = "/c/news-inspection-little-progress.txt";
    sources[3].path = "/c/news-second-monitoring-visit-2023.txt";
    // A tracker: its title, which people give it.
    sources[4].kind = "spreadsheet";
    sources[4].title = "Wyvern improvement plan";
    sources[4].date = "2025-03-03";
    const auto names = distinctSourceNames(sources);
    CHECK(names[0] == "Monitoring letter \u00b7 2024-03-27");
    CHECK(names[1] == "Monitoring letter \u00b7 2025-03-20");
    CHECK(names[2] == "News article \u00b7 news-inspection-little-progress.txt");
    CHECK(names[3] == "News article \u00b7 news-second-monitoring-visit-2023.txt");
    CHECK(names[4] == "Wyvern improvement plan");
    // Two councils: the authority comes first.
    sources[4].local_authority = "Wyvern";
    const auto two = distinctSourceNames(sources);
    CHECK(two[0] == "Herefordshire \u00b7 Monitoring letter \u00b7 2024-03-27");
    CHECK(two[4] == "Wyvern \u00b7 Wyvern improvement plan");
}

TEST_CASE("names that would still clash get the file name, then a number", "[labels]") {
    std::vector<Source> sources(3);
    for (auto& s : sources) {
        s.kind = "press_release";
        s.date = "2023-06-14";
    }
    sources[0].path = "/a/first.txt";
    sources[1].path = "/b/second.txt";
    const auto names = distinctSourceNames(sources);
    CHECK(names[0] == "Press release \u00b7 2023-06-14 \u00b7 first.txt");
    CHECK(names[1] == "Press release \u00b7 2023-06-14 \u00b7 second.txt");
    CHECK(names[2] == "Press release \u00b7 2023-06-14");
    // One file imported twice: numbered.
    sources[1].path = sources[0].path;
    const auto twice = distinctSourceNames(sources);
    CHECK(twice[0] != twice[1]);
    CHECK(twice[1] == "Press release \u00b7 2023-06-14 \u00b7 first.txt (2)");
}

TEST_CASE("a middle ellipsis keeps the end of a name", "[labels]") {
    CHECK(ellipsizedMiddle("short", 10) == "short");
    CHECK(ellipsizedMiddle("herefordshire-monitoring-letter-2024-03.txt", 21) == "herefordsh\u2026024-03.txt");
    CHECK(ellipsizedMiddle("\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9", 5) == "\u00e9\u00e9\u2026\u00e9\u00e9");
}
