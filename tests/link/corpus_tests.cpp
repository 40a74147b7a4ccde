// Herefordshire's real chain (../shared/corpus): the 2022 report's nine points followed up by
// the 2024 and 2025 monitoring letters and the 2026 report.
#include "link_scoring.hpp"

#include <findings/core/linker.hpp>

#include <catch2/catch.hpp>

#include "test_support.hpp"

#include <filesystem>
#include <map>
#include <set>

using namespace link_scoring;
using findings::Finding;
using findings::Source;

TEST_CASE("the 2022 report's nine points are linked to the 2024 and 2025 letters and the 2026 report", "[corpus]") {
    testsupport::TempDir dir;  // each test process its own: ctest runs them in parallel
    const std::string work = dir.path();
    const Chain chain = loadChain(std::string(FINDINGS_SOURCE_DIR) + "/tests/link/fixtures/herefordshire-links.json",
                                  FINDINGS_SOURCE_DIR, testsupport::corpusDir());
    findings::FindingsSet set = importChain(chain, FINDINGS_CLI, work);
    findings::core::link::TermAnalyzer analyzer;
    const auto concepts = findings::core::link::ConceptLayer::load(
        std::string(FINDINGS_PLUGIN_DIR) + "/data/concepts.json", analyzer);
    findings::core::LinkSettings settings;
    settings.concepts = &concepts;
    findings::core::linkFindings(set, settings);

    std::map<std::string, std::string> fileOf;  // source id -> file name
    for (const Source& s : set.sources) fileOf[s.id] = s.path.substr(s.path.rfind('/') + 1);
    std::set<std::string> points2022;
    for (const Finding& f : set.findings)
        if (fileOf[f.source] == "herefordshire_2022-09-21.pdf" && f.kind == "improvement_point")
            points2022.insert(f.id);
    REQUIRE(points2022.size() == 9);

    std::set<std::string> pointsFollowed;
    std::map<std::string, size_t> linksFrom;  // file -> follow-up links to a 2022 point
    for (const Finding& f : set.findings)
        for (const auto& l : f.links) {
            if (l.relation != "follows_up" || !points2022.count(l.target)) continue;
            CHECK_FALSE(l.stance.empty());
            CHECK(l.confidence > 0);
            CHECK_FALSE(l.evidence.empty());
            pointsFollowed.insert(l.target);
            ++linksFrom[fileOf[f.source]];
        }
    CHECK(pointsFollowed.size() == 9);
    CHECK(linksFrom["herefordshire-monitoring-letter-2024-03.txt"] > 0);
    CHECK(linksFrom["herefordshire-monitoring-letter-2025-03.txt"] > 0);
    CHECK(linksFrom["herefordshire_2026-01-12.pdf"] > 0);
    // Nothing before the 2022 report follows up its points.
    CHECK(linksFrom["herefordshire_2018-07-23.pdf"] == 0);

    const ChainScore s = scoreChain(chain, set, settings.threshold);
    INFO("follow-up P " << s.followUp.precision() << " R " << s.followUp.recall() << ", stance "
                        << s.stanceAccuracy());
    // Regression floors below what the linker reaches today (F1 0.48, stance 0.74: see the
    // README's measured table); the held-out target of 0.75 is not met on this chain yet.
    CHECK(s.followUp.f1() >= 0.4);
    CHECK(s.stanceAccuracy() >= 0.6);
}
