// The theme taxonomy: the `themes` option replaces it for one run, the user's themes.json
// replaces the shipped one, and a taxonomy that cannot load is a clear error.
#include <catch2/catch.hpp>

#include "import_run.hpp"

#include <findings/format/findings_json.hpp>

#include <set>

using namespace letters_plugin_test;
using Catch::Contains;
using testsupport::shellQuote;

namespace {

const char* const kOneTheme =
    R"({"version": 1, "themes": [{"id": "social_work_only", "label": "Social work", "phrases": ["social work*"]}]})";

std::set<std::string> themesUsed(const findings::FindingsSet& set) {
    std::set<std::string> themes;
    for (const auto& f : set.findings) themes.insert(f.themes.begin(), f.themes.end());
    return themes;
}

}  // namespace

TEST_CASE("the themes option classifies with the given taxonomy", "[themes]") {
    testsupport::TempDir dir;
    const std::string taxonomy = dir.file("one-theme.json");
    testsupport::writeFile(taxonomy, kOneTheme);
    const Imported imported = importOk({sampleFile("wyvern-monitoring-letter-2024-05.txt")},
                                       "--option themes=" + shellQuote(taxonomy));
    CHECK(themesUsed(imported.set) == std::set<std::string>{"social_work_only"});
    // Without the option, the shipped taxonomy's many themes are used.
    const Imported shipped = importOk({sampleFile("wyvern-monitoring-letter-2024-05.txt")});
    CHECK(themesUsed(shipped.set).size() >= 8);
}

TEST_CASE("a themes option naming a missing or broken file is a clear error", "[themes]") {
    testsupport::TempDir dir;
    const std::string broken = dir.file("broken.json");
    testsupport::writeFile(broken, R"({"version": 1, "themes": [{"id": "x"}]})");
    for (const std::string& file : {dir.file("missing.json"), broken}) {
        INFO(file);
        const Imported imported = importFiles({sampleFile("wyvern-monitoring-letter-2024-05.txt")},
                                              "--option themes=" + shellQuote(file));
        CHECK(imported.run.status == 1);
        CHECK_THAT(imported.run.err, Contains("option themes") && Contains(file));
        CHECK_THAT(imported.run.err, Contains("bad option"));
    }
}

TEST_CASE("the user's themes.json replaces the shipped taxonomy", "[themes]") {
    testsupport::TempDir dataHome;
    testsupport::runCommand("mkdir -p " + shellQuote(dataHome.file("findings-studio")));
    testsupport::writeFile(dataHome.file("findings-studio/themes.json"), kOneTheme);
    const std::string out = dataHome.file("out.findings.json");
    const testsupport::RunResult r = testsupport::runCommand(
        "env -u FINDINGS_PLUGIN_PATH XDG_DATA_HOME=" + shellQuote(dataHome.path()) + " " + shellQuote(FINDINGS_CLI) +
        " import " + shellQuote(sampleFile("wyvern-monitoring-letter-2025-02.txt")) + " -o " + shellQuote(out));
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK(themesUsed(findings::readFindingsFile(out)) == std::set<std::string>{"social_work_only"});
}
