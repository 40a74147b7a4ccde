// Screenshots for the README and for people to look at: the main window with the seed
// letters imported (when a letters importer is built; else a small review project) and
// the Export dialog, saved as PNGs under the build folder.
//
// Each picture is taken in a process of its own: under GTK 3, wxScreenDC keeps returning
// the first capture of a process, so a second one would show a stale screen.
#include "gui_test_support.hpp"

#include "model/import_plan.hpp"

#include "ui/export_dialog.hpp"
#include "ui/finding_editor.hpp"
#include "ui/findings_table.hpp"
#include "ui/import_log_panel.hpp"
#include "ui/source_view.hpp"
#include "ui/spreadsheet_preview_dialog.hpp"
#include "ui/wx_text.hpp"

#include <catch2/catch.hpp>

#include <wx/image.h>
#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/notebook.h>
#include <wx/textctrl.h>

#include <algorithm>
#include <filesystem>

using namespace findings::studio;
using guitest::FrameFixture;

namespace {

/// The seed letters, if some importer loaded here reads plain-text letters.
std::vector<std::string> seedLetters(const findings::core::PluginRegistry& registry) {
    bool letters = false;
    for (const auto& importer : registry.importers())
        for (const auto& ext : importer.extensions()) letters = letters || ext == "txt";
    std::vector<std::string> files;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(FINDINGS_SEED_LETTERS_DIR, ec))
        if (entry.path().extension() == ".txt") files.push_back(entry.path().string());
    std::sort(files.begin(), files.end());
    return letters ? files : std::vector<std::string>{};
}

/// A main window with the seed letters (or the small project) imported and a weakness shown.
void prepare(FrameFixture& fx) {
    MainFrame& frame = fx.frame();
    std::vector<std::string> inputs = seedLetters(*fx.host().registry());
    if (inputs.empty()) inputs = {fx.smallProject("wyvern-review.findings.json")};
    REQUIRE(frame.importPaths(inputs));
    REQUIRE(fx.waitForImports(30000));
    std::string log;
    for (long r = 0; r < frame.importLog()->count(); ++r)
        log += findings::studio::utf8(frame.importLog()->cell(r, ImportLogPanel::ColStatus) + " " +
                                      frame.importLog()->cell(r, ImportLogPanel::ColFile) + " " +
                                      frame.importLog()->cell(r, ImportLogPanel::ColMessage)) + "\n";
    INFO(log);
    REQUIRE(frame.document().set().findings.size() > 3);
    frame.table()->sortBy(Column::Visit, true);
    // Show a letter's weakness: the source view then has the letter with its lines marked.
    size_t row = 0;
    for (size_t r = 0; r < frame.view().rowCount(); ++r) {
        const size_t f = frame.view().findingAt(r);
        const findings::Source* source = frame.document().sourceOf(f);
        if (frame.document().set().findings[f].polarity == "weakness" && source &&
            source->kind == "monitoring_letter") {
            row = r;
            break;
        }
    }
    frame.table()->selectRow(row);
    // The letter's text comes from its importer in a worker: in the picture once it is there.
    REQUIRE(guitest::waitUntil([&] { return !frame.sourceView()->loading(); }, 15000));
    frame.lowerNotebook()->SetSelection(2);  // the progress matrix
    guitest::pump(300);

}

const std::string kDir = FINDINGS_SCREENSHOT_DIR;

/// The window at a laptop's size, its panes placed for that size (as at start-up).
void resizeTo(MainFrame& frame, int width, int height) {
    frame.SetSize(width, height);
    guitest::pump(200);
    frame.resetLayout();
    guitest::pump(200);
}

/// The finding's text, themes, strength/weakness and every action field lie wholly inside
/// the editor's pane, its scroll bar untouched: all visible without moving a splitter.
void checkEditorFits(MainFrame& frame) {
    FindingEditor* editor = frame.editor();
    int x = 0, y = 0;
    editor->GetViewStart(&x, &y);
    CHECK(y == 0);
    const wxRect pane = editor->GetScreenRect();
    const std::pair<const char*, wxWindow*> fields[] = {
        {"text", editor->findingText()},     {"themes", editor->themeList()},
        {"strength/weakness", editor->polarityChoice()}, {"action", editor->actionText()},
        {"owner", editor->actionOwner()},    {"due", editor->actionDue()},
        {"status", editor->actionStatus()}};
    for (const auto& [name, field] : fields) {
        INFO(name << ": field " << field->GetScreenRect().x << "," << field->GetScreenRect().y << " "
                  << field->GetScreenRect().width << "x" << field->GetScreenRect().height << " in pane "
                  << pane.x << "," << pane.y << " " << pane.width << "x" << pane.height);
        CHECK(pane.Contains(field->GetScreenRect()));
        CHECK(field->GetScreenRect().height >= field->GetCharHeight());
    }
    // The text shows at least two lines, the theme list at least three.
    CHECK(editor->findingText()->GetSize().y >= 2 * editor->findingText()->GetCharHeight());
    CHECK(editor->themeList()->GetSize().y >= 3 * editor->themeList()->GetCharHeight());
}

}  // namespace

/// The pictures show the shipped taxonomy when it is built, not the tests' small one.
static void useShippedTaxonomy() {
    if (testsupport::fileExists(std::string(FINDINGS_PLUGIN_DIR) + "/data/themes.json"))
        std::filesystem::remove(guitest::IsolatedHome::dataDir() + "/themes.json");
}

TEST_CASE("screenshot of the main window (one process)", "[.shot-main]") {
    useShippedTaxonomy();
    FrameFixture fx;
    prepare(fx);
    REQUIRE(guitest::saveScreenshot(&fx.frame(), kDir + "/main-window.png"));
}

TEST_CASE("screenshot of the export dialog (one process)", "[.shot-export]") {
    useShippedTaxonomy();
    FrameFixture fx;
    prepare(fx);
    ExportDialog* dialog = fx.frame().createExportDialog();
    dialog->Show();
    dialog->Raise();
    guitest::pump(500);
    REQUIRE(guitest::saveScreenshot(dialog, kDir + "/export-dialog.png"));
    dialog->Destroy();
}

TEST_CASE("screenshot of the spreadsheet preview (one process)", "[.shot-preview]") {
    FrameFixture fx;
    const PlannedFile tracker{testsupport::samplesDir() + "/wyvern-improvement-tracker.xlsx",
                              "uk.findings.spreadsheet.xlsx", true};
    auto* dialog = new SpreadsheetPreviewDialog(&fx.frame(), fx.frame().previewRequestFor(tracker));
    dialog->Show();
    dialog->Raise();
    guitest::pump(500);
    REQUIRE(dialog->showsRawRows());
    REQUIRE(guitest::saveScreenshot(dialog, kDir + "/spreadsheet-preview.png"));
    dialog->Destroy();
}

TEST_CASE("an empty import log takes a strip, not half the window", "[layout][issue11]") {
    for (const wxSize size : {wxSize(1366, 768), wxSize(1280, 800)}) {
        FrameFixture fx;
        resizeTo(fx.frame(), size.x, size.y);
        INFO(size.x << "x" << size.y << ": lower notebook " << fx.frame().lowerNotebook()->GetSize().y);
        CHECK(fx.frame().lowerNotebook()->GetSize().y < size.y / 5);
    }
}

TEST_CASE("at 1366x768 and 1280x800 the finding's fields all show without moving a splitter", "[layout][issue11]") {
    for (const wxSize size : {wxSize(1366, 768), wxSize(1280, 800)}) {
        INFO(size.x << "x" << size.y);
        FrameFixture fx;
        MainFrame& frame = fx.frame();
        REQUIRE(frame.openProject(fx.smallProject()));
        resizeTo(frame, size.x, size.y);
        REQUIRE(frame.selectFinding(1));
        guitest::pump(100);
        checkEditorFits(frame);
    }
}

/// A screenshot of the window at a laptop's size, with the letters imported.
static void laptopShot(int width, int height, const std::string& file) {
    useShippedTaxonomy();
    FrameFixture fx;
    resizeTo(fx.frame(), width, height);
    prepare(fx);
    fx.frame().resetLayout();
    guitest::pump(300);
    checkEditorFits(fx.frame());
    REQUIRE(guitest::saveScreenshot(&fx.frame(), kDir + "/" + file));
}

TEST_CASE("screenshot at 1366x768 (one process)", "[.shot-1366]") { laptopShot(1366, 768, "main-window-1366x768.png"); }
TEST_CASE("screenshot at 1280x800 (one process)", "[.shot-1280]") { laptopShot(1280, 800, "main-window-1280x800.png"); }

TEST_CASE("screenshots of the main window and the export and import preview dialogs", "[screenshot]") {
    const std::string self = findings::core::currentExecutablePath();
    REQUIRE_FALSE(self.empty());
    struct Shot {
        const char* tag;
        const char* file;
        int minWidth;
    };
    for (const Shot& shot : {Shot{"[.shot-main]", "main-window.png", 800}, Shot{"[.shot-export]", "export-dialog.png", 400},
                             Shot{"[.shot-preview]", "spreadsheet-preview.png", 600},
                             Shot{"[.shot-1366]", "main-window-1366x768.png", 1366},
                             Shot{"[.shot-1280]", "main-window-1280x800.png", 1280}}) {
        const std::string png = kDir + "/" + shot.file;
        std::filesystem::remove(png);
        const testsupport::RunResult run = testsupport::runCommand(testsupport::shellQuote(self) + " " + testsupport::shellQuote(shot.tag));
        INFO(run.out << run.err);
        REQUIRE(run.status == 0);
        const wxImage image(wxString::FromUTF8(png));
        REQUIRE(image.IsOk());
        CHECK(image.GetWidth() >= shot.minWidth);
    }
}
