// A table importer's preview (the preview extension), in this process and in a worker: the
// sample tracker's first rows, the header the import finds and the columns it maps; options
// change them as they change the import; an importer without the extension is answered in
// words; and importing with the options a preview was given reads what it showed.
#include <catch2/catch.hpp>

#include "test_support.hpp"

#include <findings/core/import_service.hpp>
#include <findings/core/table_preview.hpp>
#include <findings/plugin_check/runs.hpp>

using namespace findings;
using namespace findings::core;
using namespace testsupport;

namespace {

std::unique_ptr<PluginRegistry> registryOf(bool inProcess) {
    return pluginRegistry({FINDINGS_PLUGIN_DIR, FINDINGS_TEST_PLUGIN_DIR}, inProcess);
}

std::string headerOf(const TablePreview& p, const std::string& field) {
    for (const auto& f : p.fields)
        if (f.field == field) return f.columnHeader;
    FAIL("no field " << field << " in the preview");
    return {};
}

const std::string kTracker = "wyvern-improvement-tracker";

}  // namespace

TEST_CASE("the tracker's preview shows its rows, the header the import finds and its mapping", "[preview]") {
    for (const bool inProcess : {true, false}) {
        for (const std::string ext : {"csv", "xlsx"}) {
            INFO((inProcess ? "in process, " : "in a worker, ") << ext);
            auto registry = registryOf(inProcess);
            DiagnosticList diagnostics;
            const TablePreview p = previewTable(*registry, samplesDir() + "/" + kTracker + "." + ext,
                                                "uk.findings.spreadsheet." + ext, {}, 60, diagnostics);
            INFO(p.problem);
            REQUIRE(p.ok);
            CHECK(p.offered);
            CHECK(p.headerRow == 4);
            REQUIRE(p.rows.size() > 20);
            CHECK(p.rows[0].number == 1);
            CHECK(p.rows[0].cells.at(0) == "Wyvern Children's Services Improvement Plan");
            const auto header = std::find_if(p.rows.begin(), p.rows.end(), [](const auto& r) { return r.number == 4; });
            REQUIRE(header != p.rows.end());
            CHECK(header->cells.at(2) == "Area for improvement");
            CHECK(headerOf(p, "text") == "Area for improvement");
            CHECK(headerOf(p, "owner") == "Lead officer");
            CHECK(headerOf(p, "due") == "Target date");
            CHECK(headerOf(p, "status") == "RAG");
            CHECK(headerOf(p, "section").empty());
            for (const auto& f : p.fields) CHECK_FALSE(f.label.empty());
            if (ext == "csv") {
                CHECK(p.sheet.empty());
            } else {
                CHECK_FALSE(p.sheet.empty());
                CHECK(p.sheetCount >= 1);
            }
        }
    }
}

TEST_CASE("options change the preview as they change the import", "[preview]") {
    auto registry = registryOf(true);
    const std::string csv = samplesDir() + "/" + kTracker + ".csv";
    DiagnosticList diagnostics;
    // A changed mapping, and a limit on the rows.
    const TablePreview remapped = previewTable(*registry, csv, "uk.findings.spreadsheet.csv",
                                               {{"map.section", "Source"}, {"map.theme", ""}}, 5, diagnostics);
    REQUIRE(remapped.ok);
    CHECK(remapped.rows.size() == 5);
    CHECK(headerOf(remapped, "section") == "Source");
    CHECK(headerOf(remapped, "theme").empty());
    // A header row that names no columns: no header, and a warning saying why.
    DiagnosticList why;
    const TablePreview title = previewTable(*registry, csv, "uk.findings.spreadsheet.csv", {{"header_row", "1"}}, 60, why);
    REQUIRE(title.ok);
    CHECK(title.headerRow == kNone);
    CHECK(headerOf(title, "text").empty());
    CHECK(title.rows.size() > 20);  // the rows are still shown, to choose another
    bool warned = false;
    for (const Diagnostic& d : why.all()) warned = warned || d.code == "preview-options";
    CHECK(warned);

    // Importing with the options the preview was given reads what it showed: the section
    // from the Source column.
    ImportSettings settings;
    settings.diagnostics = &diagnostics;
    settings.forcedImporter = "uk.findings.spreadsheet.csv";
    settings.options = {{"header_row", "4"}, {"map.section", "Source"}, {"map.theme", ""}};
    const ImportResult imported = importFile(*registry, csv, settings);
    REQUIRE(imported.ok);
    REQUIRE_FALSE(imported.set.findings.empty());
    CHECK(imported.set.findings[0].section.rfind("MV3", 0) == 0);
}

TEST_CASE("an importer without a preview is answered in words", "[preview]") {
    auto registry = registryOf(false);
    TempDir dir;
    writeFile(dir.file("a.good"), "GOOD\nstrength: fine\n");
    DiagnosticList diagnostics;
    const TablePreview p = previewTable(*registry, dir.file("a.good"), "test.good.import", {}, 60, diagnostics);
    CHECK_FALSE(p.ok);
    CHECK_FALSE(p.offered);
    CHECK(p.problem == "Its importer (Good test importer) gives no preview.");
    CHECK(previewExtension(registry->findImporter("test.good.import").importer) == nullptr);
    REQUIRE(registry->findImporter("uk.findings.spreadsheet.csv").plugin);
    CHECK(previewExtension(registry->findImporter("uk.findings.spreadsheet.csv").importer) != nullptr);
}

TEST_CASE("a row claiming thousands of columns previews its first 1,024 cells", "[preview][bad]") {
    // A hostile CSV: a header, then a row of 5,000 fields. The host keeps FND_PREVIEW_MAX_CELLS
    // cells of a row, and the importer gathers no more than that, in a worker or not.
    TempDir dir;
    std::string wide = "1,Plans are not reviewed";
    for (int i = 3; i <= 5000; ++i) wide += "," + std::to_string(i);
    const std::string csv = dir.file("wide.csv");
    writeFile(csv, "Ref,Area for improvement,Owner\n" + wide + "\n");
    for (const bool inProcess : {true, false}) {
        INFO((inProcess ? "in process" : "in a worker"));
        auto registry = registryOf(inProcess);
        DiagnosticList diagnostics;
        const TablePreview p = previewTable(*registry, csv, "uk.findings.spreadsheet.csv", {}, 10, diagnostics);
        REQUIRE(p.ok);
        CHECK(p.headerRow == 1);
        REQUIRE(p.rows.size() == 2);
        CHECK(p.rows[1].cells.size() == FND_PREVIEW_MAX_CELLS);
        CHECK(p.rows[1].cells[1] == "Plans are not reviewed");
        CHECK(p.rows[1].cells.back() == std::to_string(FND_PREVIEW_MAX_CELLS));
    }
    // What the importer itself hands over, before any host's cut: no more than the host keeps.
    auto registry = registryOf(true);
    const ImporterEntry csvImporter = registry->findImporter("uk.findings.spreadsheet.csv");
    REQUIRE(csvImporter.importer);
    const plugin_check::PreviewRun raw =
        plugin_check::runPreview(*csvImporter.importer, csv, {}, 10, csvImporter.plugin->dir);
    REQUIRE(raw.status == FND_OK);
    REQUIRE(raw.rows.size() == 2);
    CHECK(raw.rows[1].second.size() == FND_PREVIEW_MAX_CELLS);
}
