// File › Merge Edited Workbook: the project is exported to a workbook by the real Excel
// exporter, a manager edits it with openpyxl, and the frame merges it back through the core's
// merge, as one undoable step, with each change and conflict in the import log.
#include "gui_test_support.hpp"

#include "ui/import_log_panel.hpp"
#include "ui/wx_text.hpp"

#include <findings/core/export_service.hpp>

#include <catch2/catch.hpp>

#include <wx/infobar.h>

using namespace findings;
using namespace findings::studio;
using guitest::FrameFixture;
using testsupport::shellQuote;

namespace {

std::vector<std::string> logColumn(ImportLogPanel* log, int column) {
    std::vector<std::string> out;
    for (long r = 0; r < log->count(); ++r) out.push_back(utf8(log->cell(r, column)));
    return out;
}

const Finding* findingWithOwner(const findings::FindingsSet& set, const std::string& owner) {
    for (const auto& f : set.findings)
        if (f.action.owner == owner) return &f;
    return nullptr;
}

}  // namespace

TEST_CASE("an edited workbook merges into the project as one undoable step", "[frame][merge]") {
    FrameFixture fx({testsupport::samplesDir() + "/wyvern-improvement-tracker.csv"});
    REQUIRE(fx.waitForImports());
    MainFrame& frame = fx.frame();
    const findings::FindingsSet before = frame.document().set();
    REQUIRE(before.findings.size() > 3);
    const Finding& target = before.findings.at(2);

    // Exported as File › Export does: through the window's own plugins and taxonomy, so the
    // workbook's theme labels are the ones its importer reads back.
    testsupport::TempDir dir;
    core::DiagnosticList exportDiagnostics;
    core::ExportSettings exportSettings;
    exportSettings.diagnostics = &exportDiagnostics;
    exportSettings.themes = &frame.pluginHost().themes();
    REQUIRE(core::exportFindings(*frame.pluginHost().registry(), before, dir.file("exported.xlsx"), exportSettings) ==
            "");
    testsupport::writeFile(dir.file("edits.json"), R"([{"sheet": "Findings", "id": ")" + target.id +
                                                       R"(", "column": "Owner", "value": "Merged Owner"}])");
    const auto r = testsupport::runCommand("/usr/bin/python3 " + shellQuote(FINDINGS_EDIT_WORKBOOK_SCRIPT) + " " +
                                shellQuote(dir.file("exported.xlsx")) + " " + shellQuote(dir.file("edited.xlsx")) +
                                " " + shellQuote(dir.file("edits.json")));
    INFO(r.out << r.err);
    REQUIRE(r.status == 0);

    const long logRows = frame.importLog()->count();
    REQUIRE(frame.mergeEditedFile(dir.file("edited.xlsx")));
    const Finding* merged = findingWithOwner(frame.document().set(), "Merged Owner");
    REQUIRE(merged);
    CHECK(merged->id == target.id);
    // Only that field of that finding changed.
    size_t differing = 0;
    for (size_t i = 0; i < before.findings.size(); ++i)
        differing += frame.document().set().findings[i] != before.findings[i];
    CHECK(differing == 1);
    const auto status = logColumn(frame.importLog(), ImportLogPanel::ColStatus);
    const auto messages = logColumn(frame.importLog(), ImportLogPanel::ColMessage);
    std::string added;
    for (size_t i = static_cast<size_t>(logRows); i < status.size(); ++i) added += status[i] + ": " + messages[i] + "\n";
    INFO(added);
    REQUIRE(frame.importLog()->count() == logRows + 1);
    CHECK(status.back() == "Changed");
    CHECK(utf8(frame.importLog()->cell(logRows, ImportLogPanel::ColMessage)).find("Merged Owner") != std::string::npos);
    CHECK(frame.messageBar()->IsShown());
    CHECK(frame.document().undoLabel() == "Merge edited.xlsx");

    REQUIRE(frame.document().undo());
    CHECK(frame.document().set().findings == before.findings);
}

TEST_CASE("a file that cannot be merged leaves the project alone and says why", "[frame][merge]") {
    FrameFixture fx({testsupport::samplesDir() + "/wyvern-improvement-tracker.csv"});
    REQUIRE(fx.waitForImports());
    MainFrame& frame = fx.frame();
    const findings::FindingsSet before = frame.document().set();
    testsupport::TempDir dir;
    testsupport::writeFile(dir.file("broken.xlsx"), "PK\x03\x04 not really a workbook");
    CHECK_FALSE(frame.mergeEditedFile(dir.file("broken.xlsx")));
    CHECK(frame.document().set().findings == before.findings);
    CHECK(logColumn(frame.importLog(), ImportLogPanel::ColStatus).back() == "Not merged");
    CHECK(frame.messageBar()->IsShown());
}
