// Follow-up linking against the hand-labelled chains in tests/link/fixtures: precision,
// recall and F1 of the primary links, and stance accuracy, with the concept layer on and off.
// `link_bench --misses` prints each wrong or missed link as well, for looking at errors.
#include "link_scoring.hpp"
#include "test_support.hpp"

#include <findings/core/linker.hpp>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>

using namespace link_scoring;

int main(int argc, char** argv) {
    const bool misses = argc > 1 && std::strcmp(argv[1], "--misses") == 0;
    const std::string fixtures = std::string(FINDINGS_SOURCE_DIR) + "/tests/link/fixtures";
    std::vector<std::string> labelFiles{fixtures + "/wyvern-links.json"};
    const std::string corpus = testsupport::corpusDir();
    if (!corpus.empty()) labelFiles.insert(labelFiles.begin(), fixtures + "/herefordshire-links.json");
    else std::cout << "(no corpus beside the checkout: the Herefordshire chain is not scored)\n";

    const std::string work = (std::filesystem::temp_directory_path() / "findings-link-bench").string();
    std::filesystem::create_directories(work);
    findings::core::link::TermAnalyzer analyzer;
    const auto concepts = findings::core::link::ConceptLayer::load(
        std::string(FINDINGS_PLUGIN_DIR) + "/data/concepts.json", analyzer);

    std::printf("\n%-14s %-9s %5s %5s %5s %5s %7s %9s %9s %7s %8s\n", "chain", "concepts", "gold", "P", "R",
                "F1", "stance", "plan F1", "same F1", "links", "ms");
    for (const auto& file : labelFiles) {
        const Chain chain = loadChain(file, FINDINGS_SOURCE_DIR, corpus);
        const findings::FindingsSet imported = importChain(chain, FINDINGS_CLI, work);
        for (bool on : {true, false}) {
            findings::FindingsSet set = imported;
            findings::core::LinkSettings settings;
            if (on) settings.concepts = &concepts;
            const auto start = std::chrono::steady_clock::now();
            const auto report = findings::core::linkFindings(set, settings);
            const double ms =
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
            const ChainScore s = scoreChain(chain, set, settings.threshold);
            std::printf("%-14s %-9s %5zu %5.2f %5.2f %5.2f %7.2f %9.2f %9.2f %7zu %8.1f\n", chain.name.c_str(),
                        on ? "on" : "off", s.followUp.gold, s.followUp.precision(), s.followUp.recall(),
                        s.followUp.f1(), s.stanceAccuracy(), s.respondsTo.f1(), s.sameAs.f1(),
                        report.followUps + report.responses + report.restatements, ms);
            if (misses && on) {
                for (const auto& m : s.misses) std::cout << "    " << m << "\n";
                // How the primary follow-ups trade precision for recall as the threshold moves.
                for (double t : {0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9}) {
                    const ChainScore at = scoreChain(chain, set, t);
                    std::printf("    threshold %.1f: P %.2f R %.2f F1 %.2f stance %.2f plan F1 %.2f same F1 %.2f\n", t,
                                at.followUp.precision(), at.followUp.recall(), at.followUp.f1(), at.stanceAccuracy(),
                                at.respondsTo.f1(), at.sameAs.f1());
                }
            }
        }
    }
    std::cout << "\nP/R/F1: primary follow-up links at the default threshold (" << findings::core::kDefaultLinkThreshold
              << "); stance: share right among correct primary links;\nplan F1: plan items' responds_to; same F1: "
                 "commentary's same_as. Labels: tests/link/fixtures.\n";
    return 0;
}
