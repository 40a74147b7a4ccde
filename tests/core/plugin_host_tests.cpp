// Plugin loading and calling with real plugins built by the tests, good and broken: every
// broken case gives one clear message naming the file, and the rest still load and run.
#include <catch2/catch.hpp>

#include "test_support.hpp"

#include <findings/core/call_context.hpp>
#include <findings/core/export_service.hpp>
#include <findings/core/import_service.hpp>
#include <findings/core/isolation.hpp>
#include <findings/core/plugin_registry.hpp>
#include <findings/sdk/ids.hpp>

using namespace findings;
using namespace findings::core;
using namespace testsupport;

namespace {

std::string pluginPath(const std::string& name) {
    return std::string(FINDINGS_TEST_PLUGIN_DIR) + "/" + name + ".findings-plugin";
}

/// The failure recorded for a file, or "" when it loaded.
std::string failureFor(const PluginRegistry& registry, const std::string& name) {
    for (const auto& f : registry.failures())
        if (f.path == pluginPath(name)) return f.reason;
    return {};
}

bool loaded(const PluginRegistry& registry, const std::string& id) {
    for (const auto& p : registry.plugins())
        if (p->id() == id) return true;
    return false;
}

const PluginRegistry& testRegistry() {
    static PluginRegistry registry;
    static bool once = [] {
        registry.loadFolder(FINDINGS_TEST_PLUGIN_DIR);
        return true;
    }();
    (void)once;
    return registry;
}

}  // namespace

TEST_CASE("good plugins in a folder with broken ones still load", "[plugins]") {
    const PluginRegistry& r = testRegistry();
    CHECK(loaded(r, "test.good"));
    CHECK(loaded(r, "test.throwing"));
    CHECK(loaded(r, "test.failing"));
    CHECK(loaded(r, "test.duplicate"));
}

TEST_CASE("a file that is not a library is refused", "[plugins]") {
    CHECK_THAT(failureFor(testRegistry(), "not_a_library"),
               Catch::Contains("not a loadable plugin library") &&
                   Catch::Contains("not_a_library.findings-plugin"));
}

TEST_CASE("a library without the entry symbol is refused", "[plugins]") {
    CHECK_THAT(failureFor(testRegistry(), "no_entry"),
               Catch::Contains("no entry symbol findings_plugin_entry_v1"));
}

TEST_CASE("a plugin of another major ABI is refused naming both versions", "[plugins]") {
    const std::string reason = failureFor(testRegistry(), "wrong_major");
    const std::string host = "SDK " + std::to_string(FND_SDK_VERSION_MAJOR) + "." + std::to_string(FND_SDK_VERSION_MINOR);
    CHECK_THAT(reason, Catch::Contains("SDK 2.x") && Catch::Contains(host));
}

TEST_CASE("a plugin whose entry returns nothing is refused", "[plugins]") {
    CHECK_THAT(failureFor(testRegistry(), "entry_null"), Catch::Contains("no descriptor"));
}

TEST_CASE("a second plugin with the same id is refused", "[plugins]") {
    CHECK_THAT(failureFor(testRegistry(), "duplicate_b"),
               Catch::Contains("duplicate plugin id test.duplicate") &&
                   Catch::Contains("duplicate_a.findings-plugin"));
}

TEST_CASE("a plugin of a newer minor version loads and is read by the fields it knows",
          "[plugins]") {
    const PluginRegistry& r = testRegistry();
    REQUIRE(loaded(r, "test.future"));
    ImporterEntry ref = r.findImporter("test.future.import");
    REQUIRE(ref.plugin);
    CHECK(ref.name() == "Future importer");
    for (const auto& p : r.plugins())
        if (p->id() == "test.future") CHECK(p->sdkVersionText() == "1.5");
}

TEST_CASE("only files with the plugin suffix are considered", "[plugins]") {
    TempDir dir;
    writeFile(dir.file("readme.txt"), "not a plugin");
    writeFile(dir.file("libsomething.so"), "not a plugin either");
    PluginRegistry r;
    r.loadFolder(dir.path());
    CHECK(r.failures().empty());
    CHECK(r.plugins().empty());
}

TEST_CASE("a plugin id loaded from an earlier folder shadows later copies, which are named",
          "[plugins]") {
    TempDir first;
    const std::string mine = first.file("good.findings-plugin");
    runCommand("cp " + shellQuote(pluginPath("good")) + " " + shellQuote(mine));
    PluginRegistry r;
    r.loadFolder(first.path());
    r.loadFolder(FINDINGS_TEST_PLUGIN_DIR);
    REQUIRE(loaded(r, "test.good"));
    CHECK(r.findImporter("test.good.import").plugin->path == mine);
    REQUIRE(r.shadowed().size() == 1);
    CHECK(r.shadowed()[0].path == pluginPath("good"));
    CHECK(r.shadowed()[0].id == "test.good");
    CHECK(r.shadowed()[0].by == mine);
    CHECK(failureFor(r, "good").empty());  // shadowed is not failed
    // Two of one id in the same folder still fail: neither is clearly meant.
    CHECK_THAT(failureFor(r, "duplicate_b"), Catch::Contains("duplicate plugin id"));
}

TEST_CASE("explicit plugin folders come before the defaults, each folder once", "[plugins]") {
    TempDir mine;
    const std::vector<std::string> dirs =
        pluginSearchDirs({mine.path(), mine.path() + "/"}, true, "/opt/findings/bin/findings");
    REQUIRE(dirs.size() >= 3);
    CHECK(dirs[0] == mine.path());
    CHECK(dirs[1] == "/opt/findings/lib/findings/plugins/");
    CHECK(pluginSearchDirs({mine.path()}, false, "/opt/findings/bin/findings") ==
          std::vector<std::string>{mine.path()});
}

TEST_CASE("an import through a good plugin yields its records with host-filled ids",
          "[plugins][import]") {
    TempDir dir;
    writeFile(dir.file("a.good"), "GOOD\nstrength: caseloads are manageable\nweakness: drift\n");
    DiagnosticList diagnostics;
    ImportSettings settings;
    settings.diagnostics = &diagnostics;
    settings.options = {{"prefix", ">"}};
    ImportResult result = importFile(testRegistry(), dir.file("a.good"), settings);
    REQUIRE(result.ok);
    CHECK(result.importerId == "test.good.import");
    REQUIRE(result.set.findings.size() == 2);
    CHECK(result.set.findings[0].text == ">caseloads are manageable");
    CHECK(result.set.findings[0].id == "good-source-0001");
    CHECK(result.set.findings[1].polarity == "weakness");
    CHECK(result.set.sources[0].sha256.size() == 64);
    CHECK(result.set.sources[0].path == dir.file("a.good"));
    CHECK(result.set.sources[0].importer.id == "test.good.import");
    CHECK(result.set.sources[0].importer.version == "2.3.4");
    bool warned = false;
    for (const auto& d : diagnostics.all())
        warned = warned || (d.code == "test-warning" && d.file == dir.file("a.good"));
    CHECK(warned);
}

TEST_CASE("findings that come before their source, or with none, are completed as if it came first",
          "[plugins][import]") {
    // The host completes each record as it arrives; a finding that names no source before
    // any source has come waits for the end. The records must be those of an importer that
    // emits its source first, in a worker as in this process; with no source at all, the
    // file is the findings' source.
    TempDir dir;
    writeFile(dir.file("a.good"), "GOOD\nstrength: caseloads are manageable\nweakness: drift\nplans are late\n");
    PluginRegistry isolated;
    IsolationSettings isolation;
    isolation.limits = {256, 10};
    loadPlugins(isolated, {FINDINGS_TEST_PLUGIN_DIR}, isolation);
    REQUIRE(isolated.workers());
    for (const PluginRegistry* registry : {&testRegistry(), static_cast<const PluginRegistry*>(&isolated)}) {
        INFO((registry->workers() ? "in a worker" : "in process"));
        auto importWith = [&](const std::string& when) {
            DiagnosticList diagnostics;
            ImportSettings settings;
            settings.diagnostics = &diagnostics;
            settings.options = {{"source", when}};
            ImportResult result = importFile(*registry, dir.file("a.good"), settings);
            INFO("source=" << when << ": " << result.error);
            REQUIRE(result.ok);
            return result.set;
        };
        const FindingsSet first = importWith("first");
        REQUIRE(first.findings.size() == 3);
        CHECK(first.findings[2].id == "good-source-0003");
        const FindingsSet last = importWith("last");
        CHECK(last.sources == first.sources);
        CHECK(last.findings == first.findings);

        const FindingsSet none = importWith("none");
        REQUIRE(none.sources.size() == 1);
        const Source& file = none.sources[0];
        CHECK(file.kind == "other");
        CHECK(file.path == dir.file("a.good"));
        CHECK(file.id == sourceIdForDigest(file.sha256));
        REQUIRE(none.findings.size() == 3);
        for (size_t i = 0; i < 3; ++i) {
            CHECK(none.findings[i].source == file.id);
            CHECK(none.findings[i].id == ordinalFindingId(file.id, i + 1));
            CHECK(none.findings[i].review == "unreviewed");
        }
    }
}

TEST_CASE("an importer that throws fails its file with the exception's message",
          "[plugins][import]") {
    TempDir dir;
    writeFile(dir.file("x.throw"), "THROW\n");
    DiagnosticList diagnostics;
    ImportSettings settings;
    settings.diagnostics = &diagnostics;
    ImportResult result = importFile(testRegistry(), dir.file("x.throw"), settings);
    CHECK_FALSE(result.ok);
    // The result carries the specific cause (the GUI's import log shows it), and says the
    // importer reported it already, so the CLI need not print it twice.
    CHECK_THAT(result.error, Catch::Contains("failed on purpose") &&
                                 Catch::Contains("test.throwing.import"));
    CHECK(result.causeReported);
    CHECK(result.failureKind == "internal error in the plugin");
    bool reported = false;
    for (const auto& d : diagnostics.all())
        reported = reported || d.message.find("failed on purpose") != std::string::npos;
    CHECK(reported);
}

TEST_CASE("an identify that throws counts as not recognising the file", "[plugins][import]") {
    TempDir dir;
    writeFile(dir.file("y.txt"), "IDENTIFY-THROWS\n");
    DiagnosticList diagnostics;
    auto probes = probeFile(testRegistry(), dir.file("y.txt"), diagnostics);
    for (const auto& p : probes)
        if (p.importer.id() == "test.throwing.import") CHECK(p.confidence == FND_IDENTIFY_UNKNOWN);
    bool reported = false;
    for (const auto& d : diagnostics.all())
        reported = reported || d.message.find("identify exploded") != std::string::npos;
    CHECK(reported);
}

TEST_CASE("a batch goes on past a failing file and keeps input order", "[plugins][import]") {
    TempDir dir;
    writeFile(dir.file("1.good"), "GOOD\nstrength: one\n");
    writeFile(dir.file("2.throw"), "THROW\n");
    writeFile(dir.file("3.good"), "GOOD\nweakness: three\n");
    writeFile(dir.file("4.unknown"), "nobody claims this\n");
    DiagnosticList diagnostics;
    ImportSettings settings;
    settings.diagnostics = &diagnostics;
    settings.threads = 2;
    auto results = importFiles(testRegistry(),
                               {dir.file("1.good"), dir.file("2.throw"), dir.file("3.good"),
                                dir.file("4.unknown")},
                               settings);
    REQUIRE(results.size() == 4);
    CHECK(results[0].ok);
    CHECK_FALSE(results[1].ok);
    CHECK(results[2].ok);
    CHECK(results[2].set.findings.at(0).text == "three");
    CHECK_FALSE(results[3].ok);
    CHECK_THAT(results[3].error, Catch::Contains("no importer recognises this file"));
}

TEST_CASE("an exporter that fails half-way leaves no file and an existing one untouched",
          "[plugins][export]") {
    TempDir dir;
    FindingsSet set;
    DiagnosticList diagnostics;
    ExportSettings settings;
    settings.diagnostics = &diagnostics;
    std::string error = exportFindings(testRegistry(), set, dir.file("new.fail"), settings);
    CHECK_THAT(error, Catch::Contains("no file was written"));
    CHECK_FALSE(fileExists(dir.file("new.fail")));

    writeFile(dir.file("old.fail"), "previous contents");
    error = exportFindings(testRegistry(), set, dir.file("old.fail"), settings);
    CHECK_FALSE(error.empty());
    CHECK(readFile(dir.file("old.fail")) == "previous contents");
    bool reported = false;
    for (const auto& d : diagnostics.all())
        reported = reported || d.message.find("gave up half-way") != std::string::npos;
    CHECK(reported);
}

TEST_CASE("an export never writes over one of its inputs", "[plugins][export]") {
    TempDir dir;
    writeFile(dir.file("in.good"), "GOOD\n");
    DiagnosticList diagnostics;
    ExportSettings settings;
    settings.diagnostics = &diagnostics;
    settings.inputs = {dir.file("in.good")};
    std::string error = exportFindings(testRegistry(), {}, dir.file("in.good"), settings);
    CHECK_THAT(error, Catch::Contains("refusing to write over the input"));
    CHECK(readFile(dir.file("in.good")) == "GOOD\n");
}

TEST_CASE("a plugin's message that names its file again is not printed with the name twice",
          "[plugins][diagnostics]") {
    using findings::core::withoutFilePrefix;
    CHECK(withoutFilePrefix("/in/tracker.xlsx: truncated zip", "/in/tracker.xlsx") == "truncated zip");
    CHECK(withoutFilePrefix("tracker.xlsx: truncated zip", "/in/tracker.xlsx") == "truncated zip");
    // Other text is left as written, including a message that is only the name.
    CHECK(withoutFilePrefix("sheet Notes: no header", "/in/tracker.xlsx") == "sheet Notes: no header");
    CHECK(withoutFilePrefix("tracker.xlsx: ", "/in/tracker.xlsx") == "tracker.xlsx: ");
    CHECK(withoutFilePrefix("old-tracker.xlsx: gone", "/in/tracker.xlsx") == "old-tracker.xlsx: gone");
}
