// The desktop session survives plugins that crash, abort, hang or eat memory during an
// import: they run in worker processes, so the window stays, its unsaved edits stay, the good
// files of the batch are imported, and each bad file is logged as failed with its importer
// and cause. Limits come from Preferences (small here, to keep the hang and the memory quick).
#include "gui_test_support.hpp"

#include "ui/finding_editor.hpp"
#include "ui/import_log_panel.hpp"
#include "ui/preferences_dialog.hpp"
#include "ui/studio_settings.hpp"
#include "ui/wx_text.hpp"

#include <catch2/catch.hpp>

#include <wx/spinctrl.h>
#include <wx/textctrl.h>

using namespace findings;
using namespace findings::studio;
using guitest::FrameFixture;

namespace {
/// The import log's rows as "Outcome | file | message".
std::vector<std::string> logRows(ImportLogPanel* log) {
    std::vector<std::string> rows;
    for (long r = 0; r < log->count(); ++r)
        rows.push_back(utf8(log->cell(r, ImportLogPanel::ColStatus)) + " | " +
                       utf8(log->cell(r, ImportLogPanel::ColFile)) + " | " +
                       utf8(log->cell(r, ImportLogPanel::ColMessage)));
    return rows;
}
bool hasRow(const std::vector<std::string>& rows, const std::string& text) {
    for (const auto& r : rows)
        if (r.find(text) != std::string::npos) return true;
    return false;
}
}  // namespace

TEST_CASE("plugins that crash, abort, hang or eat memory leave the window and its unsaved edits intact",
          "[frame][import][isolation]") {
    FrameFixture fx({}, false, {FINDINGS_BROKEN_PLUGIN_DIR});
    MainFrame& frame = fx.frame();

    // Preferences set the limits the workers run under.
    {
        PreferencesDialog dialog(&frame, *fx.host().registry());
        dialog.memoryLimitControl()->SetValue(256);
        dialog.timeLimitControl()->SetValue(2);
        dialog.save();
    }
    fx.host().setLimits(StudioSettings::importLimits());
    CHECK(fx.host().limits().memoryMB == 256);
    CHECK(fx.host().limits().timeSeconds == 2);

    // An unsaved edit.
    REQUIRE(frame.importPaths({fx.goodFile("first.good", {"weakness: Plans drift."})}));
    REQUIRE(fx.waitForImports());
    REQUIRE(frame.selectFinding(0));
    frame.editor()->actionOwner()->ChangeValue("Head of Service");
    frame.editor()->commitPending();
    REQUIRE(frame.document().set().findings.at(0).action.owner == "Head of Service");
    REQUIRE(frame.document().modified());

    const std::string segv = fx.dir().file("b.segv"), abrt = fx.dir().file("c.abort"),
                      hang = fx.dir().file("d.hang"), hog = fx.dir().file("e.hog");
    testsupport::writeFile(segv, "SEGV\n");
    testsupport::writeFile(abrt, "ABORT\n");
    testsupport::writeFile(hang, "HANG\n");
    testsupport::writeFile(hog, "HOG\n");
    REQUIRE(frame.importPaths({segv, abrt, fx.goodFile("second.good", {"strength: Leaders know their services."}),
                               hang, hog}));
    REQUIRE(fx.waitForImports(30000));

    CHECK(frame.IsShown());
    const auto& findings = frame.document().set().findings;
    REQUIRE(findings.size() == 2);
    CHECK(findings[0].action.owner == "Head of Service");
    CHECK(findings[1].text == "Leaders know their services.");
    CHECK(frame.document().modified());
    CHECK(frame.document().canUndo());
    const auto rows = logRows(frame.importLog());
    CHECK(hasRow(rows, "Failed | b.segv | test.segv.import crashed (SIGSEGV) on b.segv"));
    CHECK(hasRow(rows, "Failed | c.abort | test.abort.import crashed (SIGABRT) on c.abort"));
    CHECK(hasRow(rows, "Failed | d.hang | test.hang.import took longer than 2 s on d.hang"));
    // A build with AddressSanitizer cannot limit a worker's memory (its shadow memory reserves
    // terabytes of address space: see applyWorkerLimits), so there the time limit stops the hog.
#if defined(__SANITIZE_ADDRESS__)
    CHECK(hasRow(rows, "Failed | e.hog | test.hog.import took longer than 2 s on e.hog"));
#else
    CHECK(hasRow(rows, "Failed | e.hog | test.hog.import used more than 256 MB on e.hog"));
#endif
    CHECK(hasRow(rows, "Imported | second.good"));

    // The window still works: another import after the failures.
    REQUIRE(frame.importPaths({fx.goodFile("third.good", {"weakness: Too few visits."})}));
    REQUIRE(fx.waitForImports());
    CHECK(frame.document().set().findings.size() == 3);
    StudioSettings::setImportLimits({});  // the defaults again, for the tests that follow
}
