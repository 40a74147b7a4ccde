// The dialogs: Export (exporter chosen from the registry, its options drawn as a form,
// written off the UI thread, then the offer to open), the spreadsheet import preview (on the
// sample tracker CSV), Plugins (loaded and failed), Preferences (persisted in XDG config),
// About (versions and icon).
#include "gui_test_support.hpp"

#include "model/import_plan.hpp"
#include "ui/about_box.hpp"
#include "ui/app_icon.hpp"
#include "ui/export_dialog.hpp"
#include "ui/option_form.hpp"
#include "ui/plugins_dialog.hpp"
#include "ui/preferences_dialog.hpp"
#include "ui/spreadsheet_preview_dialog.hpp"
#include "ui/studio_settings.hpp"
#include "ui/wx_text.hpp"

#include <findings/core/profiles.hpp>
#include <findings/plugin.h>

#include <catch2/catch.hpp>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/config.h>
#include <wx/grid.h>
#include <wx/listctrl.h>
#include <wx/spinctrl.h>
#include <wx/uiaction.h>

using namespace findings;
using namespace findings::studio;
using guitest::FrameFixture;

namespace {
std::string csvExporterId(const core::PluginRegistry& registry) {
    for (const auto& e : registry.exporters())
        for (const auto& x : e.extensions())
            if (x == "csv") return e.id();
    return {};
}
std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start < text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        out.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return out;
}
}  // namespace

TEST_CASE("the export dialog writes a CSV through the csv exporter with its options", "[export]") {
    FrameFixture fx;
    REQUIRE(fx.frame().importPaths({fx.smallProject()}));
    REQUIRE(fx.waitForImports());
    fx.frame().document().setThemes(0, {"leadership"});  // an edit the export must carry
    ExportDialog* dialog = fx.frame().createExportDialog();
    dialog->Show();
    guitest::pump(50);
    const std::string csv = csvExporterId(*fx.host().registry());
    REQUIRE_FALSE(csv.empty());
    REQUIRE(dialog->selectExporter(csv));
    // The csv exporter declares "bom" (bool) and "delimiter" (choice): drawn as controls.
    OptionForm* form = dialog->optionForm();
    CHECK(dynamic_cast<wxCheckBox*>(form->controlFor("bom")));
    REQUIRE(dynamic_cast<wxChoice*>(form->controlFor("delimiter")));
    REQUIRE(form->setValue("bom", "true"));
    REQUIRE(form->setValue("delimiter", "semicolon"));
    CHECK(form->values() == Properties{{"bom", "true"}, {"delimiter", "semicolon"}});
    CHECK(dialog->target().EndsWith(".csv"));
    const std::string target = fx.dir().file("out.csv");
    dialog->setTarget(wxString::FromUTF8(target));
    // Press Export as a user would.
    wxUIActionSimulator sim;
    wxWindow* button = dialog->FindWindow(wxID_OK);
    REQUIRE(button);
    sim.MouseMove(button->GetScreenRect().GetPosition() + wxPoint(8, 8));
    guitest::pump(50);
    sim.MouseClick();
    REQUIRE(guitest::waitUntil([&] { return dialog->state() == ExportDialog::State::Done ||
                                              dialog->state() == ExportDialog::State::Failed; }));
    INFO(utf8(dialog->message()));
    REQUIRE(dialog->state() == ExportDialog::State::Done);
    CHECK(dialog->writtenPath() == target);
    CHECK(dialog->FindWindowByName("export-open-file", dialog)->IsShown());
    CHECK(dialog->FindWindowByName("export-open-folder", dialog)->IsShown());
    const std::string text = testsupport::readFile(target);
    REQUIRE(text.rfind("\xEF\xBB\xBF", 0) == 0);  // the BOM option reached the exporter
    const auto rows = lines(text);
    CHECK(rows.size() == 9);  // header + 8 findings
    CHECK(rows[0].find(';') != std::string::npos);
    CHECK(text.find("leadership") != std::string::npos);
    CHECK(StudioSettings::defaultExporter() == wxs(csv));  // remembered for next time
    dialog->Destroy();
}

TEST_CASE("a failing exporter leaves no file and says why", "[export]") {
    FrameFixture fx;
    REQUIRE(fx.frame().importPaths({fx.smallProject()}));
    REQUIRE(fx.waitForImports());
    ExportDialog* dialog = fx.frame().createExportDialog();
    REQUIRE(dialog->selectExporter("test.failing.export"));
    const std::string target = fx.dir().file("out.fail");
    dialog->setTarget(wxString::FromUTF8(target));
    REQUIRE(dialog->startExport());
    REQUIRE(guitest::waitUntil([&] { return dialog->state() != ExportDialog::State::Running; }));
    CHECK(dialog->state() == ExportDialog::State::Failed);
    CHECK(dialog->message().StartsWith("Export failed"));
    CHECK_FALSE(testsupport::fileExists(target));
    dialog->Destroy();
}

namespace {
/// The sample tracker as the import plan gives it: its importer's preview drives the dialog.
PlannedFile sampleTracker(const std::string& ext) {
    return {testsupport::samplesDir() + "/wyvern-improvement-tracker." + ext, "uk.findings.spreadsheet." + ext, true};
}
}  // namespace

TEST_CASE("the spreadsheet preview shows the importer's header and mapping and saves a profile", "[preview]") {
    FrameFixture fx;
    auto* dialog = new SpreadsheetPreviewDialog(&fx.frame(), fx.frame().previewRequestFor(sampleTracker("csv")));
    dialog->Show();
    guitest::pump(50);
    REQUIRE(dialog->showsRawRows());
    CHECK(dialog->headerRowControl()->GetValue() == 4);
    CHECK(dialog->grid()->GetCellValue(3, 2) == "Area for improvement");
    // The importer's own column names map every column it knows, not a shorter list.
    CHECK(dialog->choiceFor("text")->GetStringSelection() == "Area for improvement");
    CHECK(dialog->choiceFor("owner")->GetStringSelection() == "Lead officer");
    CHECK(dialog->choiceFor("due")->GetStringSelection() == "Target date");
    CHECK(dialog->choiceFor("status")->GetStringSelection() == "RAG");
    // The user maps the section to the "Source" column and unmaps the themes.
    REQUIRE(dialog->setColumn("section", "Source"));
    REQUIRE(dialog->setColumn("theme", ""));
    const Properties options = dialog->options();
    REQUIRE(findProperty(options, "header_row") != nullptr);
    CHECK(*findProperty(options, "header_row") == "4");
    CHECK(*findProperty(options, "map.section") == "Source");
    // Unmapped outright, so the importer does not find the Theme column again by its name.
    REQUIRE(findProperty(options, "map.theme") != nullptr);
    CHECK(findProperty(options, "map.theme")->empty());
    // Moving the header row asks the importer again: the title row names no columns.
    dialog->setHeaderRow(1);
    CHECK(dialog->headerRowControl()->GetValue() == 1);
    CHECK(dialog->choiceFor("text")->GetSelection() == 0);  // "(not in this file)"
    dialog->setHeaderRow(4);
    CHECK(dialog->choiceFor("text")->GetStringSelection() == "Area for improvement");
    const std::string saved = dialog->saveAsProfile("Wyvern tracker");
    CHECK(saved == guitest::IsolatedHome::dataDir() + "/profiles/Wyvern tracker.json");
    const core::ImportProfile profile = core::loadProfile("Wyvern tracker");
    CHECK(profile.importer == "uk.findings.spreadsheet.csv");
    CHECK(*findProperty(profile.options, "map.text") == "Area for improvement");
    dialog->Destroy();
}

TEST_CASE("Enter in the spreadsheet preview imports the file", "[preview][keyboard]") {
    FrameFixture fx;
    auto* dialog = new SpreadsheetPreviewDialog(&fx.frame(), fx.frame().previewRequestFor(sampleTracker("csv")));
    dialog->Show();
    REQUIRE(guitest::waitUntil([&] { return wxWindow::FindFocus() == dialog->importButton(); }, 3000));
    wxUIActionSimulator sim;
    sim.Char(WXK_RETURN);
    // The Import button ran: a modeless dialog hides (a modal one would end with OK).
    CHECK(guitest::waitUntil([&] { return !dialog->IsShown(); }, 3000));
    dialog->Destroy();
}

TEST_CASE("the preview for an importer that gives none shows what the importer reads", "[preview]") {
    FrameFixture fx;
    const std::string file = fx.goodFile("tracker.good", {"weakness: one", "strength: two"});
    SpreadsheetPreviewRequest request;
    request.path = file;
    request.importerId = "test.good.import";
    int trials = 0;
    request.trialImport = [&](const Properties&) {
        ++trials;
        Finding f;
        f.text = "one";
        f.properties = {{"Progress update", "started"}};
        return std::vector<Finding>{f};
    };
    // The good test importer offers no preview extension.
    request.preview = fx.frame().previewRequestFor({file, "test.good.import", true}).preview;
    auto* dialog = new SpreadsheetPreviewDialog(&fx.frame(), request);
    CHECK_FALSE(dialog->showsRawRows());
    CHECK(trials == 1);
    CHECK(dialog->grid()->GetColLabelValue(5) == "Progress update");
    CHECK(dialog->grid()->GetCellValue(0, 5) == "started");
    REQUIRE(dialog->setColumn("text", "Progress update"));  // re-runs the trial import
    CHECK(trials == 2);
    dialog->Destroy();
}

TEST_CASE("the plugins dialog lists every plugin and every load failure", "[plugins]") {
    FrameFixture fx;
    int rescans = 0;
    PluginsDialog dialog(&fx.frame(), fx.host(), [&] {
        ++rescans;
        return fx.frame().rescanPlugins();
    });
    wxListCtrl* plugins = dialog.pluginList();
    std::vector<std::string> ids;
    for (long i = 0; i < plugins->GetItemCount(); ++i) ids.push_back(utf8(plugins->GetItemText(i, 0)));
    CHECK(std::find(ids.begin(), ids.end(), "test.good") != ids.end());
    for (long i = 0; i < plugins->GetItemCount(); ++i)
        if (plugins->GetItemText(i, 0) == "test.good") {
            CHECK(plugins->GetItemText(i, 1) == "2.3.4");
            // test.good is built against this SDK.
            CHECK(plugins->GetItemText(i, 2) ==
                  wxString::Format("%d.%d", FND_SDK_VERSION_MAJOR, FND_SDK_VERSION_MINOR));
            CHECK(plugins->GetItemText(i, 3) == "imports .good; exports .good");
            CHECK(plugins->GetItemText(i, 5).EndsWith("good.findings-plugin"));
        }
    wxListCtrl* failures = dialog.failureList();
    bool wrongMajor = false, notLibrary = false;
    for (long i = 0; i < failures->GetItemCount(); ++i) {
        const std::string reason = utf8(failures->GetItemText(i, 1));
        wrongMajor = wrongMajor || reason.find("built for SDK") != std::string::npos;
        notLibrary = notLibrary || reason.find("not a loadable plugin library") != std::string::npos;
    }
    CHECK(wrongMajor);
    CHECK(notLibrary);
    wxCommandEvent click(wxEVT_BUTTON, wxID_REFRESH);
    dialog.FindWindow(wxID_REFRESH)->ProcessWindowEvent(click);
    CHECK(rescans == 1);
    CHECK(dialog.pluginList()->GetItemCount() == static_cast<int>(fx.host().registry()->plugins().size()));
}

TEST_CASE("the plugins dialog names a plugin copy that another copy shadows", "[plugins]") {
    FrameFixture fx;
    // The good plugin copied into a folder searched first: that copy runs, the test folder's
    // own copy is skipped, and the dialog says which and why.
    testsupport::TempDir first;
    const std::string mine = first.file("good.findings-plugin");
    const std::string theirs = std::string(FINDINGS_TEST_PLUGIN_DIR) + "/good.findings-plugin";
    REQUIRE(testsupport::runCommand("cp " + testsupport::shellQuote(theirs) + " " + testsupport::shellQuote(mine))
                .status == 0);
    PluginHostOptions options;
    options.extraDirs = {first.path(), FINDINGS_TEST_PLUGIN_DIR};
    options.defaultDirs = false;
    options.isolation.inProcess = true;
    PluginHost host(options);
    REQUIRE(host.registry()->shadowed().size() == 1);
    PluginsDialog dialog(&fx.frame(), host, [] { return false; });
    wxListCtrl* notLoaded = dialog.failureList();
    long shadowedRow = -1;
    for (long i = 0; i < notLoaded->GetItemCount(); ++i)
        if (utf8(notLoaded->GetItemText(i, 0)) == theirs) shadowedRow = i;
    REQUIRE(shadowedRow >= 0);
    const std::string why = utf8(notLoaded->GetItemText(shadowedRow, 1));
    CHECK(why.find("another copy of test.good is used instead") != std::string::npos);
    CHECK(why.find(mine) != std::string::npos);
    // Not shown as a failure (red), and the copy used is the one listed as loaded.
    CHECK(notLoaded->GetItemTextColour(shadowedRow) != wxColour(0xB0, 0x00, 0x20));
    wxListCtrl* loaded = dialog.pluginList();
    bool usedMine = false;
    for (long i = 0; i < loaded->GetItemCount(); ++i)
        usedMine = usedMine || (loaded->GetItemText(i, 0) == "test.good" && utf8(loaded->GetItemText(i, 5)) == mine);
    CHECK(usedMine);
}

TEST_CASE("the plugins dialog's columns are as wide as what they hold", "[plugins]") {
    FrameFixture fx;
    PluginsDialog dialog(&fx.frame(), fx.host(), [] { return false; });
    dialog.Show();
    guitest::pump(100);
    for (wxListCtrl* list : {dialog.pluginList(), dialog.failureList()}) {
        int total = 0;
        for (int c = 0; c < list->GetColumnCount(); ++c) {
            const int width = list->GetColumnWidth(c);
            total += width;
            for (long i = 0; i < list->GetItemCount(); ++i) {
                INFO("column " << c << ": " << utf8(list->GetItemText(i, c)));
                CHECK(width > list->GetTextExtent(list->GetItemText(i, c)).x);
            }
        }
        // The whole of every column shows, where the screen is wide enough (1600 here).
        if (total < wxGetDisplaySize().x * 8 / 10) CHECK(list->GetClientSize().x >= total);
    }
    dialog.Hide();
}

TEST_CASE("the default exporter choice shows its longest item whole", "[preferences]") {
    FrameFixture fx;
    PreferencesDialog dialog(&fx.frame(), *fx.host().registry());
    dialog.Show();
    guitest::pump(100);
    wxChoice* choice = dialog.exporterChoice();
    REQUIRE(choice->GetCount() > 2);
    int widest = 0;
    for (unsigned i = 0; i < choice->GetCount(); ++i)
        widest = std::max(widest, choice->GetTextExtent(choice->GetString(i)).x);
    // The text, the drop-down arrow (about a square of the control's height) and padding.
    CHECK(choice->GetSize().x >= widest + choice->GetSize().y);
    dialog.Hide();
}

TEST_CASE("preferences are kept in the XDG config file", "[preferences]") {
    FrameFixture fx;
    PreferencesDialog dialog(&fx.frame(), *fx.host().registry());
    dialog.autosaveControl()->SetValue(7);
    dialog.previewControl()->SetValue(false);
    dialog.lowConfidenceControl()->SetValue(40);
    dialog.exporterChoice()->SetSelection(1);
    dialog.memoryLimitControl()->SetValue(512);
    dialog.timeLimitControl()->SetValue(30);
    dialog.save();
    wxConfigBase::Get()->Flush();
    CHECK(StudioSettings::importLimits().memoryMB == 512);
    CHECK(StudioSettings::importLimits().timeSeconds == 30);
    CHECK(StudioSettings::autosaveMinutes() == 7);
    CHECK_FALSE(StudioSettings::previewSpreadsheets());
    CHECK(StudioSettings::lowConfidencePercent() == 40);
    CHECK_FALSE(StudioSettings::defaultExporter().empty());
    const std::string file = guitest::IsolatedHome::configDir() + "/findings-studio/findings-studio.conf";
    REQUIRE(testsupport::fileExists(file));
    CHECK(testsupport::readFile(file).find("Minutes=7") != std::string::npos);
    CHECK(testsupport::readFile(file).find("MemoryLimitMB=512") != std::string::npos);
    StudioSettings::setPreviewSpreadsheets(true);
    StudioSettings::setLowConfidencePercent(60);
    StudioSettings::setImportLimits({});
}

TEST_CASE("with the spreadsheet importer built, the tracker preview drives the real importer", "[preview][plugins]") {
    FrameFixture fx;
    const auto registry = fx.host().registry();
    const ImportPlan plan = planImport(*registry, {testsupport::samplesDir() + "/wyvern-improvement-tracker.xlsx",
                                                   testsupport::samplesDir() + "/wyvern-improvement-tracker.csv"});
    REQUIRE(plan.files.size() == 2);  // the spreadsheet importers read both
    for (const PlannedFile& file : plan.files) {
        INFO(file.path);
        REQUIRE(file.spreadsheet);
        auto* dialog = new SpreadsheetPreviewDialog(&fx.frame(), fx.frame().previewRequestFor(file));
        const bool csv = file.path.size() > 4 && file.path.compare(file.path.size() - 4, 4, ".csv") == 0;
        // The workbook's rows are shown too, so its header row and mapping can be changed.
        REQUIRE(dialog->showsRawRows());
        CHECK(dialog->grid()->GetNumberRows() > 20);
        CHECK(dialog->headerRowControl()->GetValue() == 4);
        // Rows are labelled with their numbers in the sheet (a workbook stores no blank row).
        int headerLine = -1;
        for (int r = 0; r < dialog->grid()->GetNumberRows(); ++r)
            if (dialog->grid()->GetRowLabelValue(r) == "4") headerLine = r;
        REQUIRE(headerLine >= 0);
        CHECK(dialog->grid()->GetCellValue(headerLine, 2) == "Area for improvement");
        CHECK(dialog->choiceFor("text")->GetStringSelection() == "Area for improvement");
        CHECK(dialog->choiceFor("owner")->GetStringSelection() == "Lead officer");
        // The options the dialog builds are ones the importer accepts: a trial import with
        // them reads the tracker's 25 rows (24 in the workbook, where WY-15's row is hidden
        // and hidden rows are skipped unless asked for).
        const Properties options = dialog->options();
        const auto findings = fx.frame().previewRequestFor(file).trialImport(options);
        CHECK(findings.size() == (csv ? 25u : 24u));
        // A changed mapping reaches the importer: the "Source" column as the section.
        REQUIRE(dialog->setColumn("section", "Source"));
        const auto remapped = fx.frame().previewRequestFor(file).trialImport(dialog->options());
        REQUIRE(remapped.size() == findings.size());
        CHECK(remapped[0].section.rfind("MV3", 0) == 0);
        dialog->Destroy();
    }
}

TEST_CASE("About lists each loaded plugin with its version", "[about]") {
    FrameFixture fx;
    const auto registry = fx.host().registry();
    REQUIRE_FALSE(registry->plugins().empty());
    const wxString description = aboutInfo(registry.get()).GetDescription();
    for (const auto& p : registry->plugins()) {
        INFO(p->id());
        CHECK(description.Contains(wxs(p->id() + " " + p->version() + " (ABI " + p->sdkVersionText() + ")")));
    }
    CHECK_FALSE(aboutInfo().GetDescription().Contains("Plugins:"));
}

TEST_CASE("About shows the versions and the application's own icon", "[about]") {
    const wxAboutDialogInfo info = aboutInfo();
    CHECK(info.GetName() == "Findings Studio");
    CHECK(info.GetVersion() == FINDINGS_VERSION);
    CHECK(info.GetDescription().Contains(wxString::Format("Plugin SDK ABI %d.", FND_SDK_VERSION_MAJOR)));
    CHECK(info.GetDescription().Contains("wxWidgets 3.2"));
    CHECK(info.GetDescription().Contains("Poco 1."));
    // Without an icon GTK draws a "missing image" at the top of the box.
    REQUIRE(info.HasIcon());
    CHECK(info.GetIcon().GetWidth() == 64);
    // The window has the icon at the sizes desktops ask for.
    const wxIconBundle icons = studioIcons();
    CHECK(icons.GetIconCount() >= 4);
    CHECK(icons.GetIcon(16).GetWidth() == 16);
}
