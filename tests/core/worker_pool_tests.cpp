// The worker pool with real plugins: workers start once and serve many files; a crash
// replaces one worker and fails one file; records, diagnostics and progress cross from the
// worker as the in-process import gives them; a cancel reaches the plugin in its worker.
#include <catch2/catch.hpp>

#include "test_support.hpp"

#include <findings/core/import_service.hpp>
#include <findings/core/isolation.hpp>
#include <findings/core/worker_pool.hpp>

#include <chrono>
#include <thread>

using namespace findings;
using namespace findings::core;
using namespace testsupport;

namespace {

/// A registry over the test plugins and the broken ones, isolated with small limits.
std::unique_ptr<PluginRegistry> isolatedRegistry(unsigned timeSeconds = 10) {
    auto registry = std::make_unique<PluginRegistry>();
    IsolationSettings isolation;
    isolation.limits = {256, timeSeconds};
    loadPlugins(*registry, {FINDINGS_TEST_PLUGIN_DIR, FINDINGS_BROKEN_PLUGIN_DIR}, isolation);
    return registry;
}

std::vector<std::string> goodFiles(const TempDir& dir, int n) {
    std::vector<std::string> paths;
    for (int i = 0; i < n; ++i) {
        paths.push_back(dir.file("f" + std::to_string(i) + ".good"));
        writeFile(paths.back(), "GOOD\nstrength: finding " + std::to_string(i) + "\n");
    }
    return paths;
}

}  // namespace

TEST_CASE("workers start once and serve every file of a batch; a crash replaces one", "[isolation]") {
    auto registry = isolatedRegistry();
    REQUIRE(registry->workers());
    TempDir dir;
    DiagnosticList diagnostics;
    ImportSettings settings;
    settings.diagnostics = &diagnostics;
    settings.threads = 1;
    const auto results = importFiles(*registry, goodFiles(dir, 12), settings);
    for (const auto& r : results) CHECK(r.ok);
    CHECK(registry->workers()->started() == 1);

    // The worker that crashed is gone; the next file gets a fresh one.
    writeFile(dir.file("x.segv"), "SEGV\n");
    const auto again = importFiles(*registry, {dir.file("x.segv"), dir.file("f0.good")}, settings);
    CHECK_FALSE(again[0].ok);
    CHECK(again[0].error == "test.segv.import crashed (SIGSEGV) on x.segv");
    CHECK(again[0].importerId == "test.segv.import");
    CHECK(again[1].ok);
    CHECK(registry->workers()->started() == 2);

    // A batch on two threads uses at most two workers, however many files.
    settings.threads = 2;
    for (const auto& r : importFiles(*registry, goodFiles(dir, 12), settings)) CHECK(r.ok);
    CHECK(registry->workers()->started() <= 3);
}

TEST_CASE("records and diagnostics cross from the worker as the in-process import gives them", "[isolation]") {
    auto isolated = isolatedRegistry();
    PluginRegistry here;
    here.loadFolder(FINDINGS_TEST_PLUGIN_DIR);
    TempDir dir;
    writeFile(dir.file("a.good"), "GOOD\nstrength: Caseloads are “manageable” – £5 saved\nneutral\n");
    auto run = [&](const PluginRegistry& registry, DiagnosticList& diagnostics) {
        ImportSettings settings;
        settings.diagnostics = &diagnostics;
        settings.options = {{"prefix", "» "}};
        return importFile(registry, dir.file("a.good"), settings);
    };
    DiagnosticList d1, d2;
    const ImportResult a = run(*isolated, d1);
    const ImportResult b = run(here, d2);
    REQUIRE(a.ok);
    REQUIRE(b.ok);
    CHECK(a.importerId == b.importerId);
    CHECK(a.set.sources == b.set.sources);
    CHECK(a.set.findings == b.set.findings);
    CHECK(a.set.findings.at(0).text == "» Caseloads are “manageable” – £5 saved");
    REQUIRE(d1.size() == d2.size());
    CHECK(d1.all().at(0).format() == d2.all().at(0).format());
}

TEST_CASE("identify runs in the worker and answers as in-process", "[isolation]") {
    auto isolated = isolatedRegistry();
    PluginRegistry here;
    here.loadFolder(FINDINGS_TEST_PLUGIN_DIR);
    TempDir dir;
    writeFile(dir.file("a.good"), "GOOD\nstrength: fine\n");
    DiagnosticList d;
    const auto probes = probeFile(*isolated, dir.file("a.good"), d);
    std::string error;
    REQUIRE(chooseImporter(probes, error).id() == "test.good.import");
    CHECK(probes.front().reason == "starts with GOOD");
    // A file that cannot be read fails as it does in-process.
    std::string inProcess;
    try {
        probeFile(here, dir.file("missing.good"), d);
    } catch (const std::exception& e) {
        inProcess = e.what();
    }
    REQUIRE_FALSE(inProcess.empty());
    CHECK_THROWS_WITH(probeFile(*isolated, dir.file("missing.good"), d), inProcess);
}

TEST_CASE("a cancel reaches the plugin in its worker; progress comes back", "[isolation]") {
    auto registry = isolatedRegistry();
    TempDir dir;
    writeFile(dir.file("w.wait"), "WAIT\n");
    std::atomic<bool> cancel{false};
    std::atomic<int> progressCalls{0};
    DiagnosticList diagnostics;
    ImportSettings settings;
    settings.diagnostics = &diagnostics;
    settings.cancel = &cancel;
    settings.progress = [&](const std::string& file, double, const std::string& what) {
        if (file == dir.file("w.wait") && what == "waiting to be cancelled") ++progressCalls;
    };
    std::thread canceller([&] {
        while (progressCalls.load() < 3) std::this_thread::sleep_for(std::chrono::milliseconds(5));
        cancel = true;
    });
    const auto start = std::chrono::steady_clock::now();
    const ImportResult r = importFile(*registry, dir.file("w.wait"), settings);
    canceller.join();
    CHECK_FALSE(r.ok);
    INFO(r.error);
    CHECK(r.failureKind == "cancelled");
    // The plugin stopped by itself: the worker was not killed after the grace period.
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(2));
    CHECK(registry->workers()->started() == 1);
}
