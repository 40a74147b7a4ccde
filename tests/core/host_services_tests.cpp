// The 1.1 host services (fnd_host.status_text, input_sha256, classify) through real plugins:
// a C plugin that uses each, in a worker and in process; the same plugin built against the
// 1.0 header; the letter importers, which classify through the host when it offers classify
// and by themselves under a 1.0 host; and status words for a failed export.
#include <catch2/catch.hpp>

#include "test_support.hpp"

#include <findings/classify/classifier.hpp>
#include <findings/core/call_context.hpp>
#include <findings/core/export_service.hpp>
#include <findings/core/host_services.hpp>
#include <findings/core/import_service.hpp>
#include <findings/core/isolation.hpp>
#include <findings/sdk/services.hpp>
#include <findings/sha256.hpp>

#include <cstdio>
#include <cstdlib>
#include <cstddef>
#include <sys/stat.h>
#include <unistd.h>

using namespace findings;
using namespace findings::core;
using namespace testsupport;

namespace {

const std::string kShippedTaxonomy = std::string(FINDINGS_PLUGIN_DIR) + "/data/themes.json";
/// One theme that nothing in the shipped taxonomy is called, so a finding carrying it can
/// only have been classified with this file.
const char* kGardensTaxonomy =
    R"({"version":1,"themes":[{"id":"test_gardens","label":"Gardens","phrases":["garden*"]}]})";

/// Points $XDG_DATA_HOME at an empty folder for the test, so a themes.json in the user's
/// real data folder cannot take the place of the taxonomy under test (workers started
/// meanwhile inherit it).
class NoUserData {
public:
    NoUserData() {
        const char* old = std::getenv("XDG_DATA_HOME");
        if (old) old_ = old, had_ = true;
        ::setenv("XDG_DATA_HOME", dir_.path().c_str(), 1);
    }
    /// Where the host looks for the user's themes.json.
    std::string taxonomyPath() const { return dir_.path() + "/findings-studio/themes.json"; }
    ~NoUserData() {
        if (had_) ::setenv("XDG_DATA_HOME", old_.c_str(), 1);
        else ::unsetenv("XDG_DATA_HOME");
    }

private:
    TempDir dir_;
    std::string old_;
    bool had_ = false;
};

/// A plugin folder holding the services probes (1.1 and 1.0 builds) and, as its
/// data/themes.json, the gardens taxonomy: what a host that loads it classifies with.
struct ProbeFolder {
    TempDir dir;
    ProbeFolder() {
        for (const char* name : {"services", "services_sdk10"}) {
            const std::string file = std::string(name) + FND_PLUGIN_SUFFIX;
            REQUIRE(::symlink((std::string(FINDINGS_TEST_PLUGIN_DIR) + "/" + file).c_str(),
                              dir.file(file).c_str()) == 0);
        }
        REQUIRE(::mkdir(dir.file("data").c_str(), 0755) == 0);
        writeFile(taxonomy(), kGardensTaxonomy);
    }
    std::string taxonomy() const { return dir.file("data/themes.json"); }
};

std::unique_ptr<PluginRegistry> registryOver(const std::string& folder, bool inProcess) {
    auto registry = std::make_unique<PluginRegistry>();
    IsolationSettings isolation;
    isolation.inProcess = inProcess;
    isolation.limits = {512, 30};
    loadPlugins(*registry, {folder}, isolation);
    return registry;
}

ImportResult importWith(const PluginRegistry& registry, const std::string& path,
                        const std::string& importer, Properties options = {}) {
    static DiagnosticList diagnostics;  // outlives every call; the results carry the causes
    ImportSettings settings;
    settings.diagnostics = &diagnostics;
    settings.forcedImporter = importer;
    settings.options = std::move(options);
    return importFile(registry, path, settings);
}

std::string property(const Source& s, const std::string& key) {
    const std::string* v = findProperty(s.properties, key);
    return v ? *v : "(missing)";
}

/// Collects the records an importer emits, before the host completes them.
struct RawSink {
    std::vector<Source> sources;
    std::vector<Finding> findings;
    fnd_sink table{};
    RawSink() {
        table.struct_size = sizeof table;
        table.ctx = this;
        table.source = [](void* ctx, const fnd_source* s) {
            static_cast<RawSink*>(ctx)->sources.push_back(fromC(*s));
            return 0;
        };
        table.finding = [](void* ctx, const fnd_finding* f) {
            static_cast<RawSink*>(ctx)->findings.push_back(fromC(*f));
            return 0;
        };
    }
};

/// Runs importer `id` of `registry` in this process on `path`, with the host's table cut to
/// 1.0's size when `asOldHost`; the records as it emitted them (the digest filled in as the
/// host's sink does).
RawSink runImporter(const PluginRegistry& registry, const std::string& id, const std::string& path,
                    bool asOldHost) {
    const ImporterEntry ref = registry.findImporter(id);
    REQUIRE(ref.plugin);
    DiagnosticList diagnostics;
    FileInput file(path);
    fnd_options options{sizeof(fnd_options), nullptr, 0};
    CallContext context(path, diagnostics, ref.plugin->dir);
    context.serveInput(path, registry.services(), {});
    fnd_host host = *context.host();
    if (asOldHost) host.struct_size = offsetof(fnd_host, status_text);
    RawSink sink;
    const fnd_status status = ref.importer->import(ref.importer, &host, file.input(), &options,
                                                   context.sinkFillingDigest(&sink.table));
    for (const auto& d : diagnostics.all()) UNSCOPED_INFO(d.format());
    REQUIRE(status == FND_OK);
    REQUIRE(sink.sources.size() >= 1);
    return sink;
}

/// A taxonomy of one theme, test_children, found wherever "children" is written.
const char* kChildrenTaxonomy =
    R"({"version":1,"themes":[{"id":"test_children","label":"Children","phrases":["children"]}]})";

const char* kProbeText =
    "SERVICES\n"
    "The garden of the family centre is well kept and children enjoy it.\n"
    "Social workers' caseloads are too high and supervision is not regular enough.\n";

}  // namespace

TEST_CASE("status words come from one table, which the host serves", "[services]") {
    CHECK(std::string(fnd_status_words(FND_OK)) == "ok");
    CHECK(std::string(fnd_status_words(FND_ERR_LIMIT)) == "safety limit reached");
    CHECK(std::string(fnd_status_words(FND_ERR_INTERNAL)) == "internal error in the plugin");
    CHECK(std::string(fnd_status_words(static_cast<fnd_status>(99))) == "unknown failure");

    DiagnosticList diagnostics;
    CallContext context("x", diagnostics, "/nowhere");
    const fnd_host* host = context.host();
    REQUIRE(FND_HAS_FIELD(host, fnd_host, status_text));
    for (int code = FND_OK; code <= FND_ERR_INTERNAL + 1; ++code) {
        const auto status = static_cast<fnd_status>(code);
        CHECK(toString(host->status_text(host->ctx, status)) == fnd_status_words(status));
    }
    // An export call has no input: no digest and nothing to classify.
    CHECK(host->input_sha256 == nullptr);
    CHECK(host->classify == nullptr);

    // Under a 1.0 host the SDK's wrapper answers from the header's table.
    fnd_host old = *host;
    old.struct_size = offsetof(fnd_host, status_text);
    CHECK(Host(&old).statusText(FND_ERR_BAD_OPTION) == "bad option");
    CHECK(Host(&old).inputSha256().empty());
    CHECK_FALSE(Host(&old).offersClassify());
}

TEST_CASE("an exporter's failure status is reported in words, never as a number", "[services][export]") {
    PluginRegistry registry;
    REQUIRE(registry.loadFile(std::string(FINDINGS_TEST_PLUGIN_DIR) + "/failing_exporter" +
                              FND_PLUGIN_SUFFIX));
    TempDir dir;
    DiagnosticList diagnostics;
    ExportSettings settings;
    settings.diagnostics = &diagnostics;
    FindingsSet set;
    const std::string error = exportFindings(registry, set, dir.file("out.fail"), settings);
    CHECK(error == "export failed: input/output error (exporter test.failing.export); no file "
                   "was written");
    CHECK_FALSE(fileExists(dir.file("out.fail")));
}

TEST_CASE("a C plugin gets every host service, in a worker and in process alike", "[services][isolation]") {
    NoUserData noUserData;
    ProbeFolder folder;
    TempDir dir;
    const std::string input = dir.file("probe.svc");
    writeFile(input, kProbeText);
    const std::string digest = digest::sha256OfFile(input);
    const classify::Classifier gardens(classify::Taxonomy::load(folder.taxonomy()));
    const classify::Classifier shipped(classify::Taxonomy::load(kShippedTaxonomy));
    const std::string workforce = "Social workers' caseloads are too high and supervision is not regular enough.";
    REQUIRE_FALSE(shipped.classify(workforce).themes.empty());

    for (bool inProcess : {true, false}) {
        INFO((inProcess ? "in process" : "in a worker"));
        auto registry = registryOver(folder.dir.path(), inProcess);
        CHECK(bool(registry->workers()) == !inProcess);
        // The host took the folder's taxonomy, as the CLI takes its theme labels.
        CHECK(registry->services().taxonomyFile() == folder.taxonomy());

        const ImportResult r = importWith(*registry, input, "test.services.import");
        REQUIRE(r.ok);
        REQUIRE(r.set.sources.size() == 1);
        const Source& s = r.set.sources[0];
        CHECK(property(s, "host_sha256") == digest);
        CHECK(s.sha256 == digest);
        CHECK(s.id == "svc-" + digest.substr(0, 12));
        CHECK(property(s, "status_words") == "safety limit reached");
        CHECK(property(s, "classify") == "offered");
        REQUIRE(r.set.findings.size() == 2);
        // The folder's taxonomy: the garden is a theme, the caseloads are none of its.
        const auto garden = gardens.classify(r.set.findings[0].text);
        CHECK(r.set.findings[0].themes == std::vector<std::string>{"test_gardens"});
        CHECK(r.set.findings[0].polarity == garden.polarity);
        CHECK(r.set.findings[0].confidence == Approx(garden.confidence));
        CHECK(r.set.findings[1].themes.empty());

        // The call's themes option names another taxonomy: the host classifies with it.
        const ImportResult withOption =
            importWith(*registry, input, "test.services.import", {{"themes", kShippedTaxonomy}});
        REQUIRE(withOption.ok);
        REQUIRE(withOption.set.findings.size() == 2);
        const auto expected = shipped.classify(workforce);
        CHECK(withOption.set.findings[1].themes == expected.themes);
        CHECK(withOption.set.findings[1].polarity == expected.polarity);

        // A themes option naming no taxonomy fails the file with the host's cause, in words.
        const ImportResult bad =
            importWith(*registry, input, "test.services.import", {{"themes", dir.file("none.json")}});
        CHECK_FALSE(bad.ok);
        CHECK(bad.failureKind == "bad option");
        CHECK_THAT(bad.error, Catch::Contains("option themes: cannot use the taxonomy"));
        CHECK_THAT(bad.error, Catch::Contains("none.json"));

        // A themes.json the user saves while the host runs counts from the next import on,
        // in the workers too (they look where the host looks), and removing it brings the
        // installed one back.
        const std::string userDir = noUserData.taxonomyPath().substr(0, noUserData.taxonomyPath().rfind('/'));
        ::mkdir(userDir.c_str(), 0755);  // may exist from the first round
        writeFile(noUserData.taxonomyPath(), kChildrenTaxonomy);
        const ImportResult user = importWith(*registry, input, "test.services.import");
        REQUIRE(user.ok);
        REQUIRE(user.set.findings.size() == 2);
        CHECK(user.set.findings[0].themes == std::vector<std::string>{"test_children"});
        REQUIRE(std::remove(noUserData.taxonomyPath().c_str()) == 0);
        const ImportResult installed = importWith(*registry, input, "test.services.import");
        REQUIRE(installed.ok);
        REQUIRE(installed.set.findings.size() == 2);
        CHECK(installed.set.findings[0].themes == std::vector<std::string>{"test_gardens"});
    }
}

TEST_CASE("a plugin built against SDK 1.0 loads and imports in a worker and in process", "[services][isolation]") {
    NoUserData noUserData;
    ProbeFolder folder;
    TempDir dir;
    const std::string input = dir.file("old.svc");
    writeFile(input, kProbeText);
    for (bool inProcess : {true, false}) {
        INFO((inProcess ? "in process" : "in a worker"));
        auto registry = registryOver(folder.dir.path(), inProcess);
        const ImporterEntry old = registry->findImporter("test.services10.import");
        REQUIRE(old.plugin);
        CHECK(old.plugin->sdkVersionText() == "1.0");
        const ImportResult r = importWith(*registry, input, "test.services10.import");
        REQUIRE(r.ok);
        REQUIRE(r.set.sources.size() == 1);
        // It knows no services; the host completes its records as for any 1.0 plugin.
        CHECK(property(r.set.sources[0], "status_words") == "(not offered)");
        CHECK(property(r.set.sources[0], "classify") == "absent");
        CHECK(r.set.sources[0].sha256 == digest::sha256OfFile(input));
        REQUIRE(r.set.findings.size() == 2);
        CHECK(r.set.findings[0].polarity == "neutral");
        CHECK(r.set.findings[0].themes.empty());
    }
}

TEST_CASE("the digest the plugin asked for fills its sources, so the file is hashed once", "[services]") {
    NoUserData noUserData;
    ProbeFolder folder;
    TempDir dir;
    const std::string input = dir.file("once.svc");
    writeFile(input, kProbeText);
    auto registry = registryOver(folder.dir.path(), true);
    DiagnosticList diagnostics;
    ImportSettings settings;
    settings.diagnostics = &diagnostics;

    // The records as the importer emitted them, before completeRecords would hash the file.
    settings.forcedImporter = "test.services.import";
    RawSink asked;
    REQUIRE(importFileHere(*registry, input, settings, asked.table).ok);
    REQUIRE(asked.sources.size() == 1);
    CHECK(asked.sources[0].sha256 == digest::sha256OfFile(input));

    // A plugin that never asked gets nothing filled: the host hashes it later, once.
    settings.forcedImporter = "test.services10.import";
    RawSink notAsked;
    REQUIRE(importFileHere(*registry, input, settings, notAsked.table).ok);
    REQUIRE(notAsked.sources.size() == 1);
    CHECK(notAsked.sources[0].sha256.empty());
}

TEST_CASE("the letter importers classify through the host, and by themselves under a 1.0 host", "[services][letters]") {
    NoUserData noUserData;
    PluginRegistry registry;
    REQUIRE(registry.loadFile(std::string(FINDINGS_PLUGIN_DIR) + "/letters" + FND_PLUGIN_SUFFIX));
    const std::string letter = samplesDir() + "/wyvern-monitoring-letter-2024-05.txt";

    auto run = [&](bool asOldHost) {
        RawSink sink = runImporter(registry, "uk.findings.letters.text", letter, asOldHost);
        REQUIRE(sink.findings.size() > 3);
        return sink;
    };

    // The host's taxonomy is one the plugin's own lookup would never find.
    TempDir dir;
    const std::string onlyChildren = dir.file("children.json");
    writeFile(onlyChildren, kChildrenTaxonomy);
    registry.services().setTaxonomyFile(onlyChildren);
    const RawSink byHost = run(false);
    size_t tagged = 0;
    for (const auto& f : byHost.findings) {
        for (const auto& t : f.themes) CHECK(t == "test_children");
        tagged += !f.themes.empty();
    }
    CHECK(tagged > 0);
    CHECK(byHost.sources[0].sha256 == digest::sha256OfFile(letter));

    // Under a 1.0 host it falls back to its own classifier, with the shipped taxonomy; with
    // the same taxonomy the host's classify gives exactly what the plugin's own gives.
    const RawSink byItself = run(true);
    CHECK(byItself.sources[0].sha256 == byHost.sources[0].sha256);
    registry.services().setTaxonomyFile(kShippedTaxonomy);
    const RawSink byHostShipped = run(false);
    REQUIRE(byItself.findings.size() == byHostShipped.findings.size());
    size_t themed = 0;
    for (size_t i = 0; i < byItself.findings.size(); ++i) {
        INFO(byItself.findings[i].text);
        CHECK(byItself.findings[i].themes == byHostShipped.findings[i].themes);
        CHECK(byItself.findings[i].polarity == byHostShipped.findings[i].polarity);
        CHECK(byItself.findings[i].confidence == byHostShipped.findings[i].confidence);
        for (const auto& t : byItself.findings[i].themes) CHECK(t != "test_children");
        themed += !byItself.findings[i].themes.empty();
    }
    CHECK(themed > 0);
}

TEST_CASE("the spreadsheet importers classify through the host, and by themselves under a 1.0 host", "[services][spreadsheet]") {
    NoUserData noUserData;
    PluginRegistry registry;
    REQUIRE(registry.loadFile(std::string(FINDINGS_PLUGIN_DIR) + "/spreadsheet" + FND_PLUGIN_SUFFIX));
    // No theme column and no heading that makes a row a weakness: the classifier decides both.
    TempDir dir;
    const std::string tracker = dir.file("tracker.csv");
    writeFile(tracker,
              "Ref,Finding,Action\n"
              "1,Children in care see their social worker regularly and their plans are up to date,Keep it up\n"
              "2,Managers do not always record the reasons for decisions on the child's file,Audit files\n"
              "3,Caseloads for social workers remain too high in the assessment teams,Recruit\n");
    const std::string onlyChildren = dir.file("children.json");
    writeFile(onlyChildren, kChildrenTaxonomy);

    registry.services().setTaxonomyFile(onlyChildren);
    const RawSink byHost = runImporter(registry, "uk.findings.spreadsheet.csv", tracker, false);
    REQUIRE(byHost.findings.size() == 3);
    CHECK(byHost.findings[0].themes == std::vector<std::string>{"test_children"});
    CHECK(byHost.findings[2].themes.empty());
    CHECK(byHost.sources[0].sha256 == digest::sha256OfFile(tracker));

    // Under a 1.0 host: its own classifier, with the shipped taxonomy; and with that same
    // taxonomy, the host's classify gives exactly the same.
    const RawSink byItself = runImporter(registry, "uk.findings.spreadsheet.csv", tracker, true);
    CHECK(byItself.sources[0].sha256 == byHost.sources[0].sha256);
    CHECK(byItself.sources[0].id == byHost.sources[0].id);
    registry.services().setTaxonomyFile(kShippedTaxonomy);
    const RawSink byHostShipped = runImporter(registry, "uk.findings.spreadsheet.csv", tracker, false);
    REQUIRE(byItself.findings.size() == 3);
    REQUIRE(byHostShipped.findings.size() == 3);
    for (size_t i = 0; i < 3; ++i) {
        INFO(byItself.findings[i].text);
        CHECK_FALSE(byItself.findings[i].themes.empty());
        CHECK(byItself.findings[i].themes == byHostShipped.findings[i].themes);
        CHECK(byItself.findings[i].polarity == byHostShipped.findings[i].polarity);
        CHECK(byItself.findings[i].confidence == byHostShipped.findings[i].confidence);
    }
}
