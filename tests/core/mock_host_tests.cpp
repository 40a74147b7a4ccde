// The plugin authors' mock host (Findings::plugin_check) offers the SDK 1.1 services: a plugin
// that uses them, tested under it, sees status_text always, and input_sha256 and classify
// exactly when the test offers them, so both of the plugin's ways can be tested.
#include "test_support.hpp"

#include <findings/plugin_check/plugin_library.hpp>
#include <findings/plugin_check/runs.hpp>

#include <catch2/catch.hpp>

#include <string>

using namespace findings;
using namespace findings::plugin_check;

namespace {

std::string property(const Source& source, const std::string& key) {
    const std::string* value = findProperty(source.properties, key);
    return value ? *value : "(none)";
}

}  // namespace

TEST_CASE("the mock host offers status_text always, input_sha256 and classify when asked", "[plugin_check]") {
    const PluginLibrary library(std::string(FINDINGS_TEST_PLUGIN_DIR) + "/services.findings-plugin");
    const fnd_importer* importer = library.importer("test.services.import");
    REQUIRE(importer);
    testsupport::TempDir dir;
    const std::string file = dir.file("probe.svc");
    testsupport::writeFile(file, "SERVICES\nCaseloads are too high.\nLeaders know their teams.\n");

    SECTION("without the optional services the plugin takes its own way") {
        const ImportRun run = runImport(*importer, file, {}, library.folder());
        INFO(statusWords(run.status));
        REQUIRE(run.status == FND_OK);
        REQUIRE(run.sources.size() == 1);
        CHECK(property(run.sources[0], "status_words") == fnd_status_words(FND_ERR_LIMIT));
        CHECK(property(run.sources[0], "host_sha256") == "");
        CHECK(property(run.sources[0], "classify") == "absent");
        CHECK(run.classifyCalls == 0);
        REQUIRE(run.findings.size() == 2);
        CHECK(run.findings[0].polarity == "neutral");
        CHECK(run.recordProblemCount == 0);
    }

    SECTION("with them, the plugin uses what the host answers") {
        HostServices services;
        services.inputSha256 = std::string(64, 'a');
        services.classify = [](std::string_view text) {
            MockClassification c;
            c.polarity = text.find("too high") != std::string_view::npos ? "weakness" : "strength";
            c.themes = {"workforce", "leadership", "partnerships", "one_too_many"};
            c.confidence = 0.75;
            return c;
        };
        const ImportRun run = runImport(*importer, file, {}, library.folder(), services);
        REQUIRE(run.status == FND_OK);
        REQUIRE(run.sources.size() == 1);
        CHECK(run.sources[0].id == "svc-aaaaaaaaaaaa");
        CHECK(property(run.sources[0], "host_sha256") == services.inputSha256);
        CHECK(property(run.sources[0], "classify") == "offered");
        CHECK(run.classifyCalls == 2);
        REQUIRE(run.findings.size() == 2);
        CHECK(run.findings[0].polarity == "weakness");
        CHECK(run.findings[1].polarity == "strength");
        // At most three themes pass, as from the host.
        CHECK(run.findings[0].themes == std::vector<std::string>{"workforce", "leadership", "partnerships"});
        CHECK(run.findings[0].confidence == Approx(0.75));
        CHECK(run.recordProblemCount == 0);
    }

    SECTION("a classify failure the test asks for reaches the plugin as a status") {
        HostServices services;
        services.classify = [](std::string_view) {
            MockClassification c;
            c.status = FND_ERR_BAD_OPTION;
            return c;
        };
        const ImportRun run = runImport(*importer, file, {}, library.folder(), services);
        CHECK(run.status == FND_ERR_BAD_OPTION);
        CHECK(run.findings.empty());
    }
}
