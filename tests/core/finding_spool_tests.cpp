// Findings kept on disk (FindingSpool) for `findings import` of very large tables: what goes
// in comes back field for field, imports that spill give the same records as imports that do
// not, isolated and in-process, and the document written from a spool is byte for byte the
// one written from memory, duplicates and renamed ids included.
#include <catch2/catch.hpp>

#include "test_support.hpp"

#include <findings/core/finding_spool.hpp>
#include <findings/core/findings_file.hpp>
#include <findings/core/import_service.hpp>
#include <findings/core/isolation.hpp>

#include <fstream>
#include <sstream>

using namespace findings;
using namespace findings::core;
using namespace testsupport;

namespace {

std::string readAll(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

/// A "GOOD" file of the test importer with `n` findings.
std::string goodFile(const TempDir& dir, const std::string& name, int n) {
    std::string text = "GOOD\n";
    for (int i = 0; i < n; ++i) text += (i % 2 ? "weakness: point " : "strength: point ") + std::to_string(i) + " of " + name + "\n";
    const std::string path = dir.file(name);
    writeFile(path, text);
    return path;
}

std::vector<Finding> spooled(const FindingSpool& spool) {
    std::vector<Finding> all;
    spool.forEach([&](Finding& f) { all.push_back(f); });
    return all;
}

}  // namespace

TEST_CASE("a spool gives back its findings in order, field for field", "[spool]") {
    FindingSpool spool;
    Finding full;
    full.id = "f-1";
    full.source = "src-1";
    full.text = "Caseloads are “manageable” – £5 saved";
    full.themes = {"workforce", "management_oversight"};
    full.polarity = "mixed";
    full.location.page = 3;
    full.confidence = 0.75;
    full.action.owner = "Jane";
    full.properties = {{"RAG", "Red"}, {"Notes", std::string(100000, 'x')}};
    full.links.push_back({});
    full.links.back().target = "f-0";
    Finding empty;
    spool.add(full);
    spool.add(empty);
    spool.add(full);
    REQUIRE(spool.size() == 3);
    CHECK(spooled(spool) == std::vector<Finding>{full, empty, full});
    // Read twice: reading leaves the spool as it was, and adding goes on at the end.
    spool.add(empty);
    CHECK(spooled(spool) == std::vector<Finding>{full, empty, full, empty});

    spool.rewrite([](Finding& f) {
        if (f.id.empty()) return false;
        f.review = "confirmed";
        return true;
    });
    REQUIRE(spool.size() == 2);
    for (const Finding& f : spooled(spool)) CHECK(f.review == "confirmed");
}

TEST_CASE("a collector keeps findings in memory up to its limit and spills past it", "[spool]") {
    std::vector<Finding> findings;
    FindingCollector small(3);
    for (int i = 0; i < 3; ++i) small.add(Finding{});
    CHECK(small.finish(findings) == nullptr);
    CHECK(findings.size() == 3);

    std::vector<Finding> untouched;
    FindingCollector large(3);
    for (int i = 0; i < 5; ++i) {
        Finding f;
        f.id = std::to_string(i);
        large.add(std::move(f));
    }
    const auto spool = large.finish(untouched);
    REQUIRE(spool);
    CHECK(untouched.empty());
    std::vector<std::string> ids;
    spool->forEach([&](Finding& f) { ids.push_back(f.id); });
    CHECK(ids == std::vector<std::string>{"0", "1", "2", "3", "4"});
}

TEST_CASE("an import that spills to disk writes the same document as one held in memory",
          "[spool][isolation]") {
    TempDir dir;
    // The middle file spills; the last is the first again (refused as a duplicate).
    const std::vector<std::string> files{goodFile(dir, "a.good", 3), goodFile(dir, "b.good", 40),
                                         goodFile(dir, "c.good", 2), dir.file("a-again.good")};
    writeFile(files[3], readAll(files[0]));

    auto writeWith = [&](const PluginRegistry& registry, size_t spoolAbove, const std::string& out) {
        DiagnosticList diagnostics;
        ImportSettings settings;
        settings.diagnostics = &diagnostics;
        settings.spoolAbove = spoolAbove;
        FindingsSet set;
        std::vector<SpooledFindings> parts;
        std::vector<std::string> refused;
        size_t spooledFiles = 0;
        for (ImportResult& r : importFiles(registry, files, settings)) {
            REQUIRE(r.ok);
            if (r.spool) {
                ++spooledFiles;
                CHECK(r.set.findings.empty());
            }
            for (auto& why : appendImport(set, std::move(r.set), r.spool.get())) refused.push_back(why);
            if (r.spool) parts.push_back({set.findings.size(), r.spool});
        }
        CHECK(refused.size() == 1);
        writeFindingsFile(set, parts, out);
        return spooledFiles;
    };

    PluginRegistry here;
    here.loadFolder(FINDINGS_TEST_PLUGIN_DIR);
    CHECK(writeWith(here, 0, dir.file("memory.findings.json")) == 0);
    CHECK(writeWith(here, 10, dir.file("spooled.findings.json")) == 1);
    const std::string expected = readAll(dir.file("memory.findings.json"));
    CHECK(expected.find("point 39 of b.good") != std::string::npos);
    CHECK(readAll(dir.file("spooled.findings.json")) == expected);

    PluginRegistry isolated;
    IsolationSettings isolation;
    isolation.limits = {256, 10};
    loadPlugins(isolated, {FINDINGS_TEST_PLUGIN_DIR}, isolation);
    REQUIRE(isolated.workers());
    CHECK(writeWith(isolated, 10, dir.file("isolated.findings.json")) == 1);
    CHECK(readAll(dir.file("isolated.findings.json")) == expected);
}

TEST_CASE("a spooled file whose source id collides is renamed in its spool too", "[spool]") {
    PluginRegistry here;
    here.loadFolder(FINDINGS_TEST_PLUGIN_DIR);
    TempDir dir;
    DiagnosticList diagnostics;
    ImportSettings settings;
    settings.diagnostics = &diagnostics;
    settings.spoolAbove = 1;
    ImportResult r = importFile(here, goodFile(dir, "a.good", 3), settings);
    REQUIRE(r.ok);
    REQUIRE(r.spool);
    FindingsSet set;
    // A source already holding the id the import chose (another file, another digest).
    Source taken = r.set.sources.at(0);
    taken.sha256 = std::string(64, '0');
    set.sources.push_back(taken);
    CHECK(appendImport(set, std::move(r.set), r.spool.get()).empty());
    const std::string fresh = set.sources.at(1).id;
    CHECK(fresh == taken.id + "~2");
    for (const Finding& f : spooled(*r.spool)) {
        CHECK(f.source == fresh);
        CHECK(f.id.rfind(fresh, 0) == 0);
    }
}
