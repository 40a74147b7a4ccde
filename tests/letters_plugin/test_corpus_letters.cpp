// The two real Ofsted monitoring letters (corpus seeds) imported by the text importer:
// every gold field, the finding counts, well-formed findings, stable ids, valid output.
#include <catch2/catch.hpp>

#include "finding_invariants.hpp"
#include "gold_source_check.hpp"
#include "import_run.hpp"

using namespace letters_plugin_test;
using testsupport::runCli;
using testsupport::shellQuote;

namespace {

const char* const kLetters[] = {"seeds/herefordshire-monitoring-letter-2024-03.txt",
                                "seeds/herefordshire-monitoring-letter-2025-03.txt"};

std::vector<std::string> letterPaths() {
    std::vector<std::string> paths;
    for (const char* l : kLetters) paths.push_back(corpusFile(l));
    return paths;
}

std::vector<std::string> idsOf(const findings::FindingsSet& set) {
    std::vector<std::string> ids;
    for (const auto& s : set.sources) ids.push_back(s.id);
    for (const auto& f : set.findings) ids.push_back(f.id);
    return ids;
}

}  // namespace

TEST_CASE("seed letters import with every gold field and finding count", "[corpus][letter]") {
    const Imported imported = importOk(letterPaths());
    REQUIRE(imported.set.sources.size() == 2);
    for (const std::string& path : letterPaths()) {
        INFO(path);
        const findings::Source& source = sourceFor(imported.set, path);
        checkGold(loadGold(path), imported.set, source);
        CHECK(source.importer.id == "uk.findings.letters.text");
        CHECK(source.author == "Ofsted");
        CHECK(propertyOf(source.properties, "format") == "text");
    }
}

TEST_CASE("seed letter findings are themed, located and well-formed", "[corpus][letter]") {
    const Imported imported = importOk(letterPaths());
    for (const std::string& path : letterPaths()) {
        INFO(path);
        const findings::Source& source = sourceFor(imported.set, path);
        checkFindingInvariants(imported.set, source, false);
        checkThemedRoles(imported.set, source);
        checkLocationsPointAtText(imported.set, source, testsupport::readFile(path));
        for (const findings::Finding* f : withRole(imported.set, source.id, "headline"))
            CHECK(f->section == "Headline findings");
        const auto findings = withRole(imported.set, source.id, "finding");
        for (std::size_t i = 0; i < findings.size(); ++i) {
            CHECK(findings[i]->section == "Findings and evaluation of progress");
            CHECK(findings[i]->paragraph == static_cast<std::int64_t>(i + 1));
        }
    }
}

TEST_CASE("importing the same letter again gives the same ids, wherever it is", "[corpus][letter][ids]") {
    const Imported first = importOk(letterPaths());
    const Imported second = importOk(letterPaths());
    CHECK(idsOf(first.set) == idsOf(second.set));
    CHECK(first.set.findings.front().id == first.set.sources.front().id + "-headline-findings-1");

    // The ids come from the content, not the file name or folder.
    testsupport::TempDir dir;
    const std::string copy = dir.file("renamed letter.txt");
    testsupport::writeFile(copy, testsupport::readFile(letterPaths()[0]));
    const Imported moved = importOk({copy});
    const findings::FindingsSet& original = first.set;
    REQUIRE(moved.set.findings.size() == findingsOf(original, original.sources[0].id).size());
    CHECK(moved.set.sources[0].id == original.sources[0].id);
    for (std::size_t i = 0; i < moved.set.findings.size(); ++i) CHECK(moved.set.findings[i].id == original.findings[i].id);
}

TEST_CASE("the letters' import validates", "[corpus][letter][validate]") {
    const Imported imported = importOk(letterPaths());
    const testsupport::RunResult v = runCli("validate " + shellQuote(imported.output));
    INFO(v.out << v.err);
    CHECK(v.status == 0);
}
