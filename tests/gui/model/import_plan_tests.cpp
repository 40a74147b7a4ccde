// Checking paths before an import, and running a batch: refusals with reasons, folders
// expanded, results and diagnostics per file in input order, a failure never stopping the rest.
#include "model/import_batch.hpp"
#include "model/import_plan.hpp"
#include "model/plugin_host.hpp"

#include <test_support.hpp>

#include <catch2/catch.hpp>

#include <filesystem>

using namespace findings;
using namespace findings::studio;

namespace {
struct PluginsFixture {
    core::PluginRegistry registry;
    testsupport::TempDir dir;
    PluginsFixture() {
        registry.loadFolder(FINDINGS_PLUGIN_DIR);
        registry.loadFolder(FINDINGS_TEST_PLUGIN_DIR);
    }
    std::string good(const std::string& name, const std::string& lines) {
        testsupport::writeFile(dir.file(name), "GOOD\n" + lines);
        return dir.file(name);
    }
};
}  // namespace

TEST_CASE("missing paths, non-files and unclaimed files are refused with a reason", "[plan]") {
    PluginsFixture fx;
    const std::string good = fx.good("a.good", "strength: fine\n");
    testsupport::writeFile(fx.dir.file("notes.xyz"), "nothing anyone reads");
    const ImportPlan plan = planImport(fx.registry, {good, fx.dir.file("missing.good"), fx.dir.file("notes.xyz"), "/dev/null"});
    REQUIRE(plan.files.size() == 1);
    CHECK(plan.files[0].path == good);
    CHECK(plan.files[0].importerId == "test.good.import");
    REQUIRE(plan.rejected.size() == 3);
    CHECK(plan.rejected[0].reason == "no such file or folder");
    CHECK_THAT(plan.rejected[1].reason, Catch::Contains("no importer recognises"));
    CHECK(plan.rejected[2].reason == "not a regular file");
}

TEST_CASE("a folder is expanded, hidden entries skipped, files sorted", "[plan]") {
    PluginsFixture fx;
    std::filesystem::create_directories(fx.dir.file("batch/sub"));
    std::filesystem::create_directories(fx.dir.file("batch/.hidden"));
    fx.good("batch/b.good", "weakness: x\n");
    fx.good("batch/sub/a.good", "strength: y\n");
    fx.good("batch/.hidden/c.good", "strength: z\n");
    fx.good("batch/.d.good", "strength: z\n");
    const ImportPlan plan = planImport(fx.registry, {fx.dir.file("batch")});
    REQUIRE(plan.files.size() == 2);
    CHECK(plan.files[0].path == fx.dir.file("batch/b.good"));
    CHECK(plan.files[1].path == fx.dir.file("batch/sub/a.good"));
    CHECK(plan.rejected.empty());
}

TEST_CASE("importers with a column mapping count as spreadsheet importers", "[plan]") {
    PluginsFixture fx;
    // The good test importer declares the "map.*" family, as a spreadsheet importer does;
    // the json importer declares no mapping.
    CHECK(isSpreadsheetImporter(fx.registry.findImporter("test.good.import")));
    bool sawJson = false;
    for (const auto& importer : fx.registry.importers())
        if (importer.id().find("json") != std::string::npos) {
            sawJson = true;
            CHECK_FALSE(isSpreadsheetImporter(importer));
        }
    CHECK(sawJson);
}

TEST_CASE("a batch reports each file in input order and goes on past failures", "[batch]") {
    PluginsFixture fx;
    const std::string a = fx.good("a.good", "strength: one\nweakness: two\n");
    testsupport::writeFile(fx.dir.file("t.throw"), "THROW please\n");
    const std::string b = fx.good("b.good", "mixed: three\n");
    std::atomic<bool> cancel{false};
    size_t progressCalls = 0;
    const BatchResult result = runImportBatch(
        fx.registry,
        {{a, "", {}}, {fx.dir.file("t.throw"), "", {}}, {b, "test.good.import", {{"prefix", "P: "}}}},
        cancel, [&](size_t, size_t total, const std::string&) {
            ++progressCalls;
            CHECK(total == 3);
        });
    REQUIRE(result.outcomes.size() == 3);
    CHECK(result.outcomes[0].ok);
    CHECK(result.outcomes[0].findings == 2);
    CHECK(result.outcomes[0].importerId == "test.good.import");
    CHECK_FALSE(result.outcomes[1].ok);
    CHECK_THAT(result.outcomes[1].error, Catch::Contains("test.throwing.import"));
    CHECK(result.outcomes[2].ok);
    CHECK(result.failed() == 1);
    CHECK(progressCalls == 3);
    // Each file's diagnostics are its own: the good importer always warns once.
    REQUIRE(result.outcomes[0].diagnostics.size() == 1);
    CHECK(result.outcomes[0].diagnostics[0].code == "test-warning");
    // Records in input order; per-file options reached their file only.
    REQUIRE(result.imported.findings.size() == 3);
    CHECK(result.imported.findings[0].text == "one");
    CHECK(result.imported.findings[2].text == "P: three");
    CHECK(result.imported.sources.size() == 2);
    CHECK(result.imported.sources[0].id != result.imported.sources[1].id);
}

TEST_CASE("a cancelled batch marks what it did not import", "[batch]") {
    PluginsFixture fx;
    std::vector<FileImportRequest> requests;
    for (int i = 0; i < 5; ++i) requests.push_back({fx.good("f" + std::to_string(i) + ".good", "strength: s\n"), "", {}});
    std::atomic<bool> cancel{true};
    const BatchResult result = runImportBatch(fx.registry, requests, cancel);
    REQUIRE(result.outcomes.size() == 5);
    for (const auto& o : result.outcomes) {
        CHECK_FALSE(o.ok);
        CHECK(o.cancelled);
    }
    CHECK(result.imported.findings.empty());
}

TEST_CASE("the plugin host searches a folder named twice only once", "[plugins]") {
    PluginHostOptions options;
    options.defaultDirs = false;
    options.extraDirs = {FINDINGS_TEST_PLUGIN_DIR, std::string(FINDINGS_TEST_PLUGIN_DIR) + "/"};
    PluginHost host(options);
    CHECK(host.folders().size() == 1);
    for (const auto& failure : host.registry()->failures())
        CHECK(failure.reason.find("already loaded from " + failure.path) == std::string::npos);
    CHECK(host.registry()->findImporter("test.good.import").plugin != nullptr);
}
