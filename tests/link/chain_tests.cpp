// The fictional Wyvern chain (samples/data), imported with the CLI and linked as a user
// would, scored against its hand labels (fixtures/wyvern-links.json).
#include "link_scoring.hpp"

#include <findings/core/linker.hpp>
#include <findings/sdk/followup.hpp>

#include <catch2/catch.hpp>

#include "test_support.hpp"

#include <filesystem>

using namespace link_scoring;

namespace {

struct LinkedChain {
    Chain chain;
    findings::FindingsSet set;
    findings::core::LinkReport report;
};

LinkedChain linkWyvern(bool concepts) {
    testsupport::TempDir dir;  // each test process its own: ctest runs them in parallel
    const std::string work = dir.path();
    LinkedChain out;
    out.chain = loadChain(std::string(FINDINGS_SOURCE_DIR) + "/tests/link/fixtures/wyvern-links.json",
                          FINDINGS_SOURCE_DIR, testsupport::corpusDir());
    out.set = importChain(out.chain, FINDINGS_CLI, work);
    static findings::core::link::TermAnalyzer analyzer;
    static const auto layer = findings::core::link::ConceptLayer::load(
        std::string(FINDINGS_PLUGIN_DIR) + "/data/concepts.json", analyzer);
    findings::core::LinkSettings settings;
    if (concepts) settings.concepts = &layer;
    out.report = findings::core::linkFindings(out.set, settings);
    return out;
}

}  // namespace

TEST_CASE("the Wyvern report's points are followed up by the letters, answered by the tracker, restated by the press") {
    const LinkedChain linked = linkWyvern(true);
    const ChainScore s = scoreChain(linked.chain, linked.set, findings::core::kDefaultLinkThreshold);
    INFO("follow-up P " << s.followUp.precision() << " R " << s.followUp.recall() << ", stance "
                        << s.stanceAccuracy() << ", plan F1 " << s.respondsTo.f1() << ", same_as F1 "
                        << s.sameAs.f1());
    CHECK(s.unmatchedLabels == 0);
    CHECK(linked.report.anchors > 0);
    // Quality floors well below what the linker reaches, so a regression shows and noise does not.
    CHECK(s.followUp.f1() >= 0.6);
    CHECK(s.stanceAccuracy() >= 0.6);
    CHECK(s.respondsTo.f1() >= 0.5);
    CHECK(s.sameAs.f1() >= 0.5);
}

TEST_CASE("every proposed link carries a stance where it follows up, a confidence and its evidence") {
    const LinkedChain linked = linkWyvern(true);
    size_t links = 0;
    for (const auto& f : linked.set.findings)
        for (const auto& l : f.links) {
            ++links;
            CHECK(l.confidence >= 0);
            CHECK(l.confidence <= 1);
            CHECK_FALSE(l.evidence.empty());
            if (l.relation == "follows_up") CHECK_FALSE(l.stance.empty());
        }
    CHECK(links > 10);
}

TEST_CASE("the Wyvern follow-up table has the report's points as rows and its two letters as columns") {
    const LinkedChain linked = linkWyvern(true);
    const auto table = findings::followup::buildTable(linked.set.sources, linked.set.findings);
    REQUIRE(table.blocks.size() == 1);
    const auto& block = table.blocks[0];
    CHECK(linked.set.sources[block.report].kind == "inspection_report");
    REQUIRE(block.columns.size() == 2);
    for (size_t c : block.columns) CHECK(linked.set.sources[c].kind == "monitoring_letter");
    size_t points = 0, withEvidence = 0, covered = 0;
    for (const auto& f : linked.set.findings)
        if (f.kind == "improvement_point") ++points;
    CHECK(block.rows.size() == points);
    for (const auto& row : block.rows) {
        bool any = false;
        for (const auto& cell : row.cells) any = any || !cell.findings.empty();
        withEvidence += any;
        covered += row.covered();
    }
    // The letters follow up every point of the report, and the tracker answers most of them.
    CHECK(withEvidence == points);
    CHECK(covered * 2 >= points);
}
