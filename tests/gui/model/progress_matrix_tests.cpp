// The theme-by-visit matrix: columns group the sources of one visit in date order, rows
// follow the taxonomy, cells count strengths and weaknesses, multi-theme findings count in
// each theme, unthemed findings get their own row.
#include "model/progress_matrix.hpp"
#include "model/finding_filter.hpp"
#include "model_fixtures.hpp"

#include <test_support.hpp>

#include <catch2/catch.hpp>

using namespace findings;
using namespace findings::studio;

TEST_CASE("the matrix groups Ofsted's sources by visit; commentary only on request, a plan never", "[matrix]") {
    testsupport::TempDir dir;
    const auto themes = fixtures::writeThemes(dir.path());
    // By default only the letter counts: the article is commentary, the tracker a plan.
    const ProgressMatrix m = computeProgressMatrix(fixtures::smallSet(), themes);
    REQUIRE(m.columns.size() == 1);
    CHECK(m.columns[0].label == "Visit 3 \u00b7 2024-05-14");
    CHECK(m.columns[0].sources == std::vector<size_t>{0});
    CHECK(m.columnTotals[0].total() == 3);
    // With commentary the article joins its visit's column; the tracker is still no visit.
    const ProgressMatrix withCommentary = computeProgressMatrix(fixtures::smallSet(), themes, true);
    REQUIRE(withCommentary.columns.size() == 1);
    CHECK(withCommentary.columns[0].sources == std::vector<size_t>{0, 1});
}

TEST_CASE("a finding restating another is counted once, where it was first said", "[matrix]") {
    testsupport::TempDir dir;
    const auto themes = fixtures::writeThemes(dir.path());
    findings::FindingsSet set = fixtures::smallSet();
    set.findings[3].links.push_back({"f1", "same_as", "", 0.9, "auto", "proposed", ""});
    const ProgressMatrix m = computeProgressMatrix(set, themes, true);
    CHECK(m.columnTotals[0].total() == 4);  // f1, f2, f3, f5: f4 restates f1
    set.findings[3].links[0].review = "rejected";
    CHECK(computeProgressMatrix(set, themes, true).columnTotals[0].total() == 5);
}

TEST_CASE("rows follow the taxonomy and cells count each polarity", "[matrix]") {
    testsupport::TempDir dir;
    const auto themes = fixtures::writeThemes(dir.path());
    const ProgressMatrix m = computeProgressMatrix(fixtures::smallSet(), themes, true);
    REQUIRE(m.rows.size() == 4);  // workforce, supervision, QA (taxonomy order), no theme
    CHECK(m.rows[0].theme == "workforce");
    CHECK(m.rows[1].theme == "supervision_oversight");
    CHECK(m.rows[2].theme == "quality_assurance");
    CHECK(m.rows[3].theme == kNoTheme);
    // Workforce at visit 3: f1 strength, f2 weakness, f4 mixed.
    CHECK(m.at(0, 0).strengths == 1);
    CHECK(m.at(0, 0).weaknesses == 1);
    CHECK(m.at(0, 0).mixed == 1);
    // The tracker's rows (f6-f8) are the plan, not a visit: no column, no counts.
    REQUIRE(m.columns.size() == 1);
    // f2 has two themes: it counts under supervision too.
    CHECK(m.at(1, 0).weaknesses == 1);
    CHECK(m.at(3, 0).strengths == 1);  // f5 has no theme
    CHECK(m.rowTotals[0].total() == 3);
    // Column totals count each finding once, whatever its themes.
    CHECK(m.columnTotals[0].total() == 5);
}

TEST_CASE("an empty set gives an empty matrix", "[matrix]") {
    const ProgressMatrix m = computeProgressMatrix({}, {});
    CHECK(m.rows.empty());
    CHECK(m.columns.empty());
    CHECK(m.cells.empty());
}

TEST_CASE("a column header says how many sources, or what the one source is", "[matrix]") {
    testsupport::TempDir dir;
    const auto themes = fixtures::writeThemes(dir.path());
    findings::FindingsSet set = fixtures::smallSet();
    // A second letter, untitled: named by its kind, never by its file name.
    set.sources[2].kind = "monitoring_letter";
    set.sources[2].title.clear();
    set.sources[2].path = "/data/wyvern-monitoring-letter-final-v2.txt";
    set.sources[2].visit = {4, "2025-02-18", ""};
    const ProgressMatrix m = computeProgressMatrix(set, themes, true);
    REQUIRE(m.columns.size() == 2);
    CHECK(m.columns[0].subtitle == "2 sources");
    CHECK(m.columns[1].label == "Visit 4 \u00b7 2025-02-18");
    CHECK(m.columns[1].subtitle == "Monitoring letter");
    // No visit: the column is the source's date, and the subtitle says what it is.
    set.sources[2].visit = {};
    const ProgressMatrix dated = computeProgressMatrix(set, themes, true);
    CHECK(dated.columns[1].label == "2025-03-03");
    CHECK(dated.columns[1].subtitle == "Monitoring letter");
    // Not even a date: the header says so, and names the source below.
    set.sources[2].date.clear();
    const ProgressMatrix alone = computeProgressMatrix(set, themes, true);
    CHECK(alone.columns[1].label == "Undated");
    CHECK(alone.columns[1].subtitle == "Monitoring letter \u00b7 wyvern-monitoring-letter-final-v2.txt");
}

TEST_CASE("two undated sources of one kind never share a column header", "[matrix]") {
    testsupport::TempDir dir;
    const auto themes = fixtures::writeThemes(dir.path());
    findings::FindingsSet set = fixtures::smallSet();
    // The tracker becomes a second undated news article beside a first.
    for (size_t i : {size_t(1), size_t(2)}) {
        set.sources[i].kind = "news_article";
        set.sources[i].title.clear();
        set.sources[i].date.clear();
        set.sources[i].visit = {};
    }
    set.sources[1].path = "/seeds/news-inspection-little-progress.txt";
    set.sources[2].path = "/seeds/news-second-monitoring-visit-2023.txt";
    const ProgressMatrix m = computeProgressMatrix(set, themes, true);
    REQUIRE(m.columns.size() == 3);
    CHECK(m.columns[1].label == "Undated");
    CHECK(m.columns[2].label == "Undated");
    CHECK(m.columns[1].subtitle != m.columns[2].subtitle);
    // Shortened for the grid (the subtitles share "News article · news-"), they still differ:
    // cut in the middle, each keeps its file name's end (at a word, both would read
    // "News article…").
    const auto headers = columnHeaders(m, 30);
    REQUIRE(headers.size() == 3);
    CHECK(headers[1] != headers[2]);
    CHECK(headers[1] == "Undated\nNews article \u00b7 \u2026e-progress.txt");
    // The same file twice (no file name to tell them apart): numbered.
    set.sources[2].path = set.sources[1].path;
    const ProgressMatrix same = computeProgressMatrix(set, themes, true);
    CHECK(same.columns[1].subtitle != same.columns[2].subtitle);
    const auto sameHeaders = columnHeaders(same, 30);
    CHECK(sameHeaders[1] != sameHeaders[2]);
}

TEST_CASE("two news articles of one day get distinct headers", "[matrix]") {
    testsupport::TempDir dir;
    const auto themes = fixtures::writeThemes(dir.path());
    findings::FindingsSet set = fixtures::smallSet();
    for (size_t i : {size_t(1), size_t(2)}) {
        set.sources[i].kind = "news_article";
        set.sources[i].title.clear();
        set.sources[i].date = "2024-06-12";
        set.sources[i].visit = {};
    }
    set.sources[1].path = "/n/bbc.txt";
    set.sources[2].path = "/n/hereford-times.txt";
    const ProgressMatrix m = computeProgressMatrix(set, themes, true);
    REQUIRE(m.columns.size() == 3);
    CHECK(m.columns[1].label == m.columns[2].label);
    CHECK(m.columns[1].subtitle != m.columns[2].subtitle);
}

TEST_CASE("shortened headers that would read alike are cut in the middle", "[matrix]") {
    ProgressMatrix m;
    m.columns.resize(3);
    m.columns[0].label = m.columns[1].label = "Visit 2 \u00b7 2023-06-28";
    m.columns[0].subtitle = "Herefordshire council monitoring letter one";
    m.columns[1].subtitle = "Herefordshire council monitoring letter two";
    m.columns[2].label = "Visit 3";
    m.columns[2].subtitle = "Wyvern Children's Services Improvement Plan and Tracker";
    const auto headers = columnHeaders(m, 30);
    CHECK(headers[0] != headers[1]);
    CHECK(headers[0].substr(headers[0].size() - 3) == "one");
    // A title with no clash is cut at a word.
    CHECK(headers[2] == "Visit 3\nWyvern Children's Services\u2026");
}
