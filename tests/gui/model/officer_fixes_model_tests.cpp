// The toolkit-neutral parts of the fixes for what an officer hit (issue 11 §4): visit
// labels and order, judgements in the Progress headers, a report named by its title, the
// name a new project is saved under, plain import messages, and the findings an export
// of the filtered table writes.
#include "model/export_subset.hpp"
#include "model/plain_message.hpp"
#include "model/progress_matrix.hpp"
#include "model/project_file.hpp"
#include "model/source_labels.hpp"

#include "model_fixtures.hpp"

#include <test_support.hpp>

#include <catch2/catch.hpp>

using namespace findings;
using namespace findings::studio;

TEST_CASE("an undated visit says so and sorts after the dated ones", "[labels][visits]") {
    Source s;
    s.id = "a";
    s.kind = "monitoring_letter";
    s.title = "Monitoring visit to Wyvern";
    s.visit.ordinal = 3;
    CHECK(visitLabel(s) == "Visit 3 \u00b7 undated");
    s.visit.ordinal = kNone;
    CHECK(visitLabel(s) == "Undated \u00b7 Monitoring visit to Wyvern");
    s.visit.start = "2024-05-14";
    CHECK(visitLabel(s) == "2024-05-14");
}

TEST_CASE("an undated report is named by its title, not a cut-off file name", "[labels]") {
    Source s;
    s.kind = "inspection_report";
    s.path = "/corpus/herefordshire-ilacs-inspection-report-final-version-for-publication.txt";
    s.title = "Herefordshire: inspection of local authority children's services";
    CHECK(sourceShortName(s) == "Inspection report \u00b7 Herefordshire: inspection of local authority children's services");
    s.title = "An inspection of local authority children's services in Herefordshire Council, with a long subtitle";
    const std::string name = sourceShortName(s);
    CHECK(name.rfind("Inspection report \u00b7 An inspection of local", 0) == 0);
    CHECK(name.find(".txt") == std::string::npos);
    s.date = "2022-07-29";
    CHECK(sourceShortName(s) == "Inspection report \u00b7 2022-07-29");
}

TEST_CASE("a full report's overall judgement is in the Sources list and the Progress header", "[matrix][judgements]") {
    testsupport::TempDir dir;
    const auto themes = fixtures::writeThemes(dir.path());
    findings::FindingsSet set = fixtures::smallSet();
    set.sources[0].kind = "inspection_report";
    set.sources[0].judgements = {{"The impact of leaders on social work practice", "requires improvement"},
                                 {"Overall effectiveness", "inadequate"}};
    CHECK(overallJudgement(set.sources[0]) == "Inadequate");
    CHECK(overallJudgement(set.sources[1]).empty());
    const ProgressMatrix m = computeProgressMatrix(set, themes);
    REQUIRE(m.columns.size() == 1);  // the article is commentary: not a column by default
    CHECK(m.columns[0].subtitle == "Inspection report \u00b7 Inadequate");
    // Commentary counted on request: the column has two sources and still the judgement.
    const ProgressMatrix with = computeProgressMatrix(set, themes, true);
    REQUIRE(with.columns.size() == 1);
    CHECK(with.columns[0].subtitle == "2 sources \u00b7 Inadequate");
}

TEST_CASE("a new project is offered under its authority's name, never findings.findings.json", "[project]") {
    findings::FindingsSet set = fixtures::smallSet();
    CHECK(suggestedProjectFileName(set) == "Wyvern.findings.json");
    set.sources[2].local_authority = "Herefordshire";
    CHECK(suggestedProjectFileName(set) == "Wyvern and Herefordshire.findings.json");
    for (auto& s : set.sources) s.local_authority.clear();
    CHECK(suggestedProjectFileName(set) == "Untitled.findings.json");
    set.sources.resize(1);
    set.sources[0].title = "Letter/2024: Wyvern";
    CHECK(suggestedProjectFileName(set) == "Letter-2024- Wyvern.findings.json");
    CHECK(suggestedProjectFileName(findings::FindingsSet{}) == "Untitled.findings.json");
}

TEST_CASE("import messages lose their option syntax", "[messages]") {
    CHECK(plainMessage("row 12 is hidden; skipped (include_hidden=true imports hidden rows)") ==
          "row 12 is hidden; skipped");
    CHECK(plainMessage("sheet Old is hidden; skipped (include_hidden=true reads it)") == "sheet Old is hidden; skipped");
    // Ordinary brackets stay.
    CHECK(plainMessage("no date found (the letter has no heading)") == "no date found (the letter has no heading)");
    CHECK(plainMessage("unbalanced (a=b") == "unbalanced (a=b");
}

TEST_CASE("an export of the shown findings keeps their sources and only links among them", "[export]") {
    findings::FindingsSet set = fixtures::smallSet();
    set.findings[5].links.push_back({"f2", "responds_to", "", -1, "person", "accepted", ""});
    set.findings[5].links.push_back({"f1", "responds_to", "", -1, "person", "accepted", ""});
    const findings::FindingsSet shown = subsetForExport(set, {1, 5});  // f2 (letter), f6 (tracker)
    REQUIRE(shown.findings.size() == 2);
    CHECK(shown.findings[0].id == "f2");
    CHECK(shown.findings[1].id == "f6");
    REQUIRE(shown.sources.size() == 2);
    CHECK(shown.sources[0].id == "letter");
    CHECK(shown.sources[1].id == "tracker");
    // f1 is not exported: the link to it would dangle.
    REQUIRE(shown.findings[1].links.size() == 1);
    CHECK(shown.findings[1].links[0].target == "f2");
}
