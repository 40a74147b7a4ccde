// The table's row index: filters by each criterion, sorting by each column (correct order,
// ties in document order), row updates after an edit, and 100,000 rows sorted correctly
// (their times are measured by bench/studio).
#include "model/findings_view.hpp"
#include "model/source_labels.hpp"
#include "model_fixtures.hpp"

#include <test_support.hpp>

#include <catch2/catch.hpp>

using namespace findings;
using namespace findings::studio;

namespace {

struct ViewFixture {
    testsupport::TempDir dir;
    core::ThemeLabels themes = fixtures::writeThemes(dir.path());
    FindingsDocument doc;
    ViewFixture() { doc.reset(fixtures::smallSet(), ""); }
    std::vector<std::string> ids(const FindingsView& view) const {
        std::vector<std::string> out;
        for (auto i : view.rows()) out.push_back(doc.set().findings[i].id);
        return out;
    }
};

using Ids = std::vector<std::string>;

}  // namespace

TEST_CASE("with no filter every finding is shown in document order", "[view]") {
    ViewFixture fx;
    FindingsView view(fx.doc, fx.themes);
    CHECK(fx.ids(view) == Ids{"f1", "f2", "f3", "f4", "f5", "f6", "f7", "f8"});
    CHECK(view.totalCount() == 8);
}

TEST_CASE("each filter criterion narrows the rows", "[view]") {
    ViewFixture fx;
    FindingsView view(fx.doc, fx.themes);
    FilterState f;
    f.polarity = "weakness";
    view.setFilter(f);
    CHECK(fx.ids(view) == Ids{"f2", "f3", "f6", "f7"});

    f = {};
    f.theme = "supervision_oversight";
    view.setFilter(f);
    CHECK(fx.ids(view) == Ids{"f2", "f8"});

    f = {};
    f.theme = kNoTheme;
    view.setFilter(f);
    CHECK(fx.ids(view) == Ids{"f5"});

    f = {};
    f.sourceId = "tracker";
    f.review = "unreviewed";
    view.setFilter(f);
    CHECK(fx.ids(view) == Ids{"f6", "f7"});

    f = {};
    f.lowConfidenceOnly = true;  // under 0.6 by default; an absent confidence is not low
    view.setFilter(f);
    CHECK(fx.ids(view) == Ids{"f3", "f4"});

    f = {};
    f.visitKey = visitKey(fx.doc.set().sources[0]);  // the letter and the article share it
    view.setFilter(f);
    CHECK(fx.ids(view) == Ids{"f1", "f2", "f3", "f4", "f5"});
}

TEST_CASE("free text matches all words, case-insensitively, in text, theme labels and source", "[view]") {
    ViewFixture fx;
    FindingsView view(fx.doc, fx.themes);
    FilterState f;
    f.text = "SUPERVISION drift";
    view.setFilter(f);
    CHECK(fx.ids(view) == Ids{"f2"});
    f.text = "quality";  // only in the taxonomy label "Quality assurance and audit"
    view.setFilter(f);
    CHECK(fx.ids(view) == Ids{"f3", "f6"});
    f.text = "tracker caseloads";  // source title + text
    view.setFilter(f);
    CHECK(fx.ids(view) == Ids{"f7"});
    f.text = "no such words";
    view.setFilter(f);
    CHECK(view.rowCount() == 0);
}

TEST_CASE("sorting orders rows by each column, ties in document order", "[view]") {
    ViewFixture fx;
    FindingsView view(fx.doc, fx.themes);
    view.sortBy(Column::Polarity, true);  // strength, weakness, mixed, neutral (format order)
    CHECK(fx.ids(view) == Ids{"f1", "f5", "f2", "f3", "f6", "f7", "f4", "f8"});
    view.sortBy(Column::Polarity, false);
    CHECK(fx.ids(view) == Ids{"f8", "f4", "f2", "f3", "f6", "f7", "f1", "f5"});
    view.sortBy(Column::Confidence, true);  // absent (-1) first
    CHECK(fx.ids(view) == Ids{"f5", "f3", "f4", "f2", "f1", "f6", "f7", "f8"});
    view.sortBy(Column::Source, true);  // Improvement tracker, Monitoring visit letter, News…
    CHECK(fx.ids(view) == Ids{"f6", "f7", "f8", "f1", "f2", "f3", "f4", "f5"});
    view.sortBy(Column::Themes, true);  // "" < Quality… < Supervision… < Workforce…
    CHECK(fx.ids(view) == Ids{"f5", "f3", "f6", "f8", "f1", "f4", "f7", "f2"});
    view.sortBy(Column::Review, true);
    CHECK(fx.ids(view) == Ids{"f1", "f2", "f4", "f6", "f7", "f3", "f8", "f5"});
    view.sortBy(Column::ActionStatus, true);  // not_started, red, amber, green, complete, then empty
    CHECK(fx.ids(view) == Ids{"f6", "f7", "f8", "f1", "f2", "f3", "f4", "f5"});
    view.sortBy(Column::Visit, true);  // by date: 2024-05-14 (letter, article), tracker 2025
    CHECK(fx.ids(view).back() == "f8");
    view.clearSort();
    CHECK(fx.ids(view) == Ids{"f1", "f2", "f3", "f4", "f5", "f6", "f7", "f8"});
}

TEST_CASE("sorting keeps the filter and filtering keeps the sort", "[view]") {
    ViewFixture fx;
    FindingsView view(fx.doc, fx.themes);
    view.sortBy(Column::Confidence, false);
    FilterState f;
    f.polarity = "weakness";
    view.setFilter(f);
    CHECK(fx.ids(view) == Ids{"f6", "f7", "f2", "f3"});
}

TEST_CASE("an edited finding stays in place, leaves a filter it no longer passes, or needs a rebuild", "[view]") {
    ViewFixture fx;
    FindingsView view(fx.doc, fx.themes);
    FilterState f;
    f.review = "unreviewed";
    view.setFilter(f);
    REQUIRE(fx.ids(view) == Ids{"f1", "f2", "f4", "f6", "f7"});
    size_t row = 99;
    fx.doc.setAction(1, Action{"Do it", "", "", ""});
    CHECK(view.findingChanged(1, row) == FindingsView::RowUpdate::Changed);
    CHECK(row == 1);
    fx.doc.confirm(1);
    CHECK(view.findingChanged(1, row) == FindingsView::RowUpdate::Removed);
    CHECK(row == 1);
    CHECK(fx.ids(view) == Ids{"f1", "f4", "f6", "f7"});
    fx.doc.undo();
    CHECK(view.findingChanged(1, row) == FindingsView::RowUpdate::NeedsRebuild);
    fx.doc.confirm(2);  // f3 was confirmed already: nothing shown changes
    CHECK(view.findingChanged(2, row) == FindingsView::RowUpdate::Unchanged);
}

// How long these take is measured by bench/studio (studio_bench), not asserted here.
TEST_CASE("100,000 findings filter and sort by every column correctly", "[view][large]") {
    testsupport::TempDir dir;
    const core::ThemeLabels themes = fixtures::writeThemes(dir.path());
    FindingsDocument doc;
    doc.reset(fixtures::largeSet(100000), "");
    FindingsView view(doc, themes);
    REQUIRE(view.rowCount() == 100000);
    for (Column c : allColumns()) {
        for (bool ascending : {true, false}) {
            view.sortBy(c, ascending);
            // Correct: neighbouring rows are in order by the column's text or rank, and the
            // rows are a permutation (no finding lost or repeated).
            REQUIRE(view.rowCount() == 100000);
            std::vector<bool> seen(100000, false);
            for (auto r : view.rows()) {
                REQUIRE_FALSE(seen[r]);
                seen[r] = true;
            }
            if (c == Column::Confidence)
                for (size_t i = 1; i < view.rowCount(); ++i) {
                    const double a = doc.set().findings[view.findingAt(i - 1)].confidence;
                    const double b = doc.set().findings[view.findingAt(i)].confidence;
                    REQUIRE((ascending ? a <= b : a >= b));
                }
            if (c == Column::Section)
                for (size_t i = 1; i < view.rowCount(); ++i) {
                    const std::string& a = doc.set().findings[view.findingAt(i - 1)].section;
                    const std::string& b = doc.set().findings[view.findingAt(i)].section;
                    REQUIRE((ascending ? a <= b : a >= b));
                }
        }
    }
    FilterState f;
    f.text = "supervision drift";
    f.polarity = "weakness";
    view.setFilter(f);
    REQUIRE(view.rowCount() > 0);
    REQUIRE(view.rowCount() < 100000);
    for (auto r : view.rows()) REQUIRE(doc.set().findings[r].polarity == "weakness");
}
