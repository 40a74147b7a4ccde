// The record check at the import sink reaches every finding of a file, whether the import
// holds them in memory or spools them to disk (ImportSettings::spoolAbove), in process and
// in a worker: tests/test_plugins/bad_records_plugin.cpp through the import service.
#include <catch2/catch.hpp>

#include "test_support.hpp"

#include <findings/core/import_service.hpp>
#include <findings/core/isolation.hpp>

using namespace findings::core;
using namespace testsupport;

namespace {

ImportResult importWith(const PluginRegistry& registry, const std::string& path, size_t spoolAbove) {
    static DiagnosticList diagnostics;
    ImportSettings settings;
    settings.diagnostics = &diagnostics;
    settings.spoolAbove = spoolAbove;
    return importFile(registry, path, settings);
}

void checkRegistry(const PluginRegistry& registry) {
    TempDir dir;
    writeFile(dir.file("bad.bad"), "BADRECORDS polarity\n");
    writeFile(dir.file("good.bad"), "BADRECORDS none\n");
    for (size_t spoolAbove : {size_t(0), size_t(1)}) {
        INFO("spoolAbove " << spoolAbove);
        const ImportResult bad = importWith(registry, dir.file("bad.bad"), spoolAbove);
        CHECK_FALSE(bad.ok);
        CHECK(bad.error == "test.badrecords.import emitted finding #3 (id \"f-3\"): polarity \"good\" "
                           "is not one of strength, weakness, mixed, neutral");
        CHECK(bad.set.sources.empty());
        CHECK_FALSE(bad.spool);
        const ImportResult good = importWith(registry, dir.file("good.bad"), spoolAbove);
        CHECK(good.ok);
        CHECK(bool(good.spool) == (spoolAbove != 0));
    }
}

}  // namespace

TEST_CASE("the sink's record check reaches findings in memory and spooled, in process", "[record-check][spool]") {
    PluginRegistry here;
    here.loadFolder(FINDINGS_BAD_RECORDS_PLUGIN_DIR);
    checkRegistry(here);
}

TEST_CASE("the sink's record check reaches findings in memory and spooled, isolated", "[record-check][spool][isolation]") {
    PluginRegistry isolated;
    IsolationSettings isolation;
    isolation.limits = {256, 10};
    loadPlugins(isolated, {FINDINGS_BAD_RECORDS_PLUGIN_DIR}, isolation);
    REQUIRE(isolated.workers());
    checkRegistry(isolated);
}
