// What an officer hit (issue 11 §4), driven through the real window: File › New and
// Close Project, source roles edited and undone, visits in date order, the export of
// only the shown findings with sheets as tick boxes and remembered choices, a duplicate
// import that cannot go unnoticed, the editor's header after a re-filter, and the
// Progress view keeping its place after an edit.
#include "gui_test_support.hpp"
#include "model_fixtures.hpp"

#include "model/finding_filter.hpp"
#include "model/project_file.hpp"
#include "ui/command_ids.hpp"
#include "ui/export_dialog.hpp"
#include "ui/filter_bar.hpp"
#include "ui/finding_editor.hpp"
#include "ui/findings_table.hpp"
#include "ui/getting_started.hpp"
#include "ui/import_log_panel.hpp"
#include "ui/option_form.hpp"
#include "ui/progress_view.hpp"
#include "ui/sources_panel.hpp"
#include "ui/studio_settings.hpp"
#include "ui/wx_text.hpp"

#include <findings/format/findings_json.hpp>

#include <catch2/catch.hpp>

#include <wx/choice.h>
#include <wx/grid.h>
#include <wx/infobar.h>
#include <wx/listctrl.h>
#include <wx/notebook.h>
#include <wx/radiobut.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/checkbox.h>

using namespace findings;
using namespace findings::studio;
using guitest::FrameFixture;

namespace {
/// The small project opened (not imported): 3 sources, 8 findings, path set.
void openSmall(FrameFixture& fx) {
    REQUIRE(fx.frame().openProject(fx.smallProject("wyvern.findings.json")));
    REQUIRE(fx.frame().document().set().findings.size() == 8);
}
std::string csvExporter(FrameFixture& fx) {
    for (const auto& e : fx.host().registry()->exporters())
        for (const auto& x : e.extensions())
            if (x == "csv") return e.id();
    return {};
}
void menu(MainFrame& frame, int id) {
    wxCommandEvent event(wxEVT_MENU, id);
    event.SetEventObject(&frame);
    frame.ProcessWindowEvent(event);
    guitest::pump(50);
}
}  // namespace

TEST_CASE("File > Close Project asks about unsaved edits, then leaves an empty project", "[project][issue11]") {
    FrameFixture fx;
    MainFrame& frame = fx.frame();
    openSmall(fx);
    REQUIRE(frame.document().setPolarity(0, "weakness"));
    frame.importLog()->addNote("Note", "x", "a line");
    // Cancel: nothing happens.
    fx.prompts().saveAnswer = UserPrompts::SaveChoice::Cancel;
    menu(frame, wxID_CLOSE);
    CHECK(fx.prompts().saveQuestions == 1);
    CHECK(frame.document().set().findings.size() == 8);
    // Discard: an empty, untitled project, and the log starts again.
    fx.prompts().saveAnswer = UserPrompts::SaveChoice::Discard;
    menu(frame, wxID_CLOSE);
    CHECK(fx.prompts().saveQuestions == 2);
    CHECK(frame.document().set().findings.empty());
    CHECK(frame.document().set().sources.empty());
    CHECK(frame.document().path().empty());
    CHECK_FALSE(frame.document().modified());
    CHECK(frame.importLog()->count() == 0);
    CHECK(frame.countText() == "0 of 0 findings");
    CHECK(frame.GetTitle().StartsWith("Untitled"));
}

TEST_CASE("File > New saves first when asked to, and names the file after the authority", "[project][issue11]") {
    FrameFixture fx;
    MainFrame& frame = fx.frame();
    REQUIRE(frame.importPaths({fx.smallProject("imported.findings.json")}));
    REQUIRE(fx.waitForImports());
    REQUIRE(frame.document().path().empty());
    // Never "findings.findings.json": the authority's name.
    CHECK(frame.suggestedSavePath() == "Wyvern.findings.json");
    fx.prompts().saveAnswer = UserPrompts::SaveChoice::Save;
    fx.prompts().savePath = fx.dir().file("Wyvern");
    menu(frame, wxID_NEW);
    CHECK(testsupport::fileExists(fx.dir().file("Wyvern.findings.json")));
    CHECK(readProject(fx.dir().file("Wyvern.findings.json")).findings.size() == 8);
    CHECK(frame.document().set().findings.empty());
    // An unchanged project closes without a question.
    const int asked = fx.prompts().saveQuestions;
    menu(frame, wxID_NEW);
    CHECK(fx.prompts().saveQuestions == asked);
}

TEST_CASE("a source's role is shown, edited in the Sources panel and undone", "[sources][roles][issue11]") {
    FrameFixture fx;
    MainFrame& frame = fx.frame();
    openSmall(fx);
    SourcesPanel* panel = frame.sourcesPanel();
    wxListCtrl* list = panel->list();
    // Columns: Source, Kind, Role, …; the article is commentary, shown as not counted.
    CHECK(list->GetItemText(0, 2) == "Inspection");
    CHECK(list->GetItemText(1, 2) == "Commentary (not counted)");
    CHECK(list->GetItemText(2, 2) == "Plan");
    CHECK(list->GetItemTextColour(1) != list->GetItemTextColour(0));
    panel->selectSource(1);
    REQUIRE(panel->roleChoice()->GetStringSelection() == "Commentary");
    // Counted as Ofsted's evidence from now on.
    panel->roleChoice()->SetStringSelection("Inspection");
    REQUIRE(panel->applyForm());
    guitest::pump(50);
    CHECK(frame.document().set().sources[1].role == "inspection");
    CHECK(list->GetItemText(1, 2) == "Inspection");
    CHECK(frame.document().undoLabel().size() > 0);
    // Apply again with nothing changed: no second edit.
    const bool couldRedo = frame.document().canRedo();
    REQUIRE(panel->applyForm());
    CHECK(frame.document().canRedo() == couldRedo);
    REQUIRE(frame.document().undo());
    guitest::pump(50);
    CHECK(frame.document().set().sources[1].role.empty());
    CHECK(list->GetItemText(1, 2) == "Commentary (not counted)");
    panel->selectSource(1);
    CHECK(panel->roleChoice()->GetStringSelection() == "Commentary");
}

TEST_CASE("the visit filter lists visits in date order, the undated last and marked", "[visits][issue11]") {
    FrameFixture fx;
    MainFrame& frame = fx.frame();
    findings::FindingsSet set = fixtures::smallSet();
    // Imported in the wrong order: a later letter first, an undated article in the middle.
    set.sources[0].visit = {5, "2025-01-20", ""};
    set.sources[0].date = "2025-02-01";
    set.sources[1].visit = {};
    set.sources[1].date.clear();
    set.sources[2].kind = "monitoring_letter";
    set.sources[2].title = "Monitoring visit to Wyvern";
    set.sources[2].visit = {2, "2023-10-03", ""};
    writeProject(set, fx.dir().file("order.findings.json"));
    REQUIRE(frame.openProject(fx.dir().file("order.findings.json")));
    auto* visit = dynamic_cast<wxChoice*>(wxWindow::FindWindowByName("filter-visit", frame.filterBar()));
    REQUIRE(visit);
    REQUIRE(visit->GetCount() == 4);
    CHECK(visit->GetString(0) == "Any visit");
    CHECK(visit->GetString(1) == wxString::FromUTF8("Visit 2 \u00b7 2023-10-03"));
    CHECK(visit->GetString(2) == wxString::FromUTF8("Visit 5 \u00b7 2025-01-20"));
    CHECK(visit->GetString(3) == wxString::FromUTF8("Undated \u00b7 News: little progress"));
}

TEST_CASE("export offers only the findings shown now, sheets as ticks, and remembers the choices", "[export][issue11]") {
    FrameFixture fx;
    MainFrame& frame = fx.frame();
    openSmall(fx);
    // Unfiltered: nothing to choose.
    {
        ExportDialog* dialog = frame.createExportDialog();
        CHECK_FALSE(wxWindow::FindWindowByName("export-shown-only", dialog));
        dialog->Destroy();
    }
    FilterState weak;
    weak.polarity = "weakness";
    frame.filterBar()->apply(weak);
    REQUIRE(frame.countText() == "4 of 8 findings");
    ExportDialog* dialog = frame.createExportDialog();
    dialog->Show();
    guitest::pump(50);
    auto* shownOnly = dynamic_cast<wxRadioButton*>(wxWindow::FindWindowByName("export-shown-only", dialog));
    REQUIRE(shownOnly);
    CHECK(shownOnly->GetLabel().Contains("4 findings"));
    CHECK_FALSE(dialog->shownOnly());  // everything, until chosen
    dialog->setShownOnly(true);
    CHECK(dialog->chosenFindings().findings.size() == 4);
    REQUIRE(dialog->selectExporter("uk.findings.json.export"));
    const std::string target = fx.dir().file("weaknesses.findings.json");
    dialog->setTarget(wxString::FromUTF8(target));
    REQUIRE(dialog->startExport());
    REQUIRE(guitest::waitUntil([&] { return dialog->state() != ExportDialog::State::Running; }));
    INFO(utf8(dialog->message()));
    REQUIRE(dialog->state() == ExportDialog::State::Done);
    const findings::FindingsSet written = readProject(target);
    CHECK(written.findings.size() == 4);
    for (const auto& f : written.findings) CHECK(f.polarity == "weakness");
    CHECK(dialog->message().Contains("Exported 4 findings"));
    dialog->Destroy();
    // The next dialog starts with "shown only" again.
    ExportDialog* again = frame.createExportDialog();
    CHECK(again->shownOnly());
    again->Destroy();
}

TEST_CASE("a list option is drawn as tick boxes, option names are plain, and options are remembered", "[export][options][issue11]") {
    FrameFixture fx;
    OptionForm form(&fx.frame());
    OptionSpecView sheets{"sheets", FND_OPT_STRING, "findings,progress,charts",
                          "Which sheets to write, as a comma-separated list of findings,progress,charts,actions.", {}};
    OptionSpecView memory{"constant_memory", FND_OPT_CHOICE, "auto", "Write rows straight to disk.", {"auto", "true", "false"}};
    form.setOptions({sheets, memory});
    wxWindow* ticks = form.controlFor("sheets");
    REQUIRE(ticks);
    CHECK_FALSE(dynamic_cast<wxTextCtrl*>(ticks));
    auto* actions = dynamic_cast<wxCheckBox*>(wxWindow::FindWindowByName("tick-actions", ticks));
    auto* charts = dynamic_cast<wxCheckBox*>(wxWindow::FindWindowByName("tick-charts", ticks));
    REQUIRE(actions);
    REQUIRE(charts);
    CHECK_FALSE(actions->GetValue());
    CHECK(charts->GetValue());
    CHECK(form.values().empty());  // at the defaults: nothing sent
    actions->SetValue(true);
    charts->SetValue(false);
    CHECK(form.values() == Properties{{"sheets", "findings,progress,actions"}});
    // No "Constant memory" on screen; the plugin still gets its own values.
    bool jargon = false;
    for (wxWindow* child : form.GetChildren())
        if (auto* label = dynamic_cast<wxStaticText*>(child)) jargon = jargon || label->GetLabel().Lower().Contains("constant memory");
    CHECK_FALSE(jargon);
    auto* choice = dynamic_cast<wxChoice*>(form.controlFor("constant_memory"));
    REQUIRE(choice);
    CHECK(choice->GetStringSelection() == "Automatic");
    REQUIRE(form.setValue("constant_memory", "true"));
    CHECK(choice->GetStringSelection() == "Yes");
    CHECK(form.values() == Properties{{"sheets", "findings,progress,actions"}, {"constant_memory", "true"}});
}

TEST_CASE("the export dialog brings back the last title and options", "[export][options][issue11]") {
    FrameFixture fx;
    openSmall(fx);
    const std::string target = fx.dir().file("out.csv");
    {
        ExportDialog* dialog = fx.frame().createExportDialog();
        REQUIRE(dialog->selectExporter(csvExporter(fx)));
        REQUIRE(dialog->optionForm()->setValue("delimiter", "semicolon"));
        dialog->setTarget(wxString::FromUTF8(target));
        REQUIRE(dialog->startExport());
        REQUIRE(guitest::waitUntil([&] { return dialog->state() != ExportDialog::State::Running; }));
        REQUIRE(dialog->state() == ExportDialog::State::Done);
        dialog->Destroy();
    }
    ExportDialog* dialog = fx.frame().createExportDialog();
    CHECK(dialog->selectedExporter() == csvExporter(fx));
    CHECK(dialog->optionForm()->values() == Properties{{"delimiter", "semicolon"}});
    dialog->Destroy();
}

TEST_CASE("a duplicate import shows in the import log and a message bar", "[import][duplicates][issue11]") {
    FrameFixture fx;
    MainFrame& frame = fx.frame();
    const std::string file = fx.goodFile("a.good", {"strength: Leaders know their services."});
    REQUIRE(frame.importPaths({file}));
    REQUIRE(fx.waitForImports());
    CHECK_FALSE(frame.messageBar()->IsShown());
    REQUIRE(frame.importPaths({file}));
    REQUIRE(fx.waitForImports());
    guitest::pump(100);
    CHECK(frame.document().set().findings.size() == 1);
    bool logged = false;
    for (long r = 0; r < frame.importLog()->count(); ++r)
        logged = logged || frame.importLog()->cell(r, ImportLogPanel::ColStatus) == "Not imported again";
    CHECK(logged);
    CHECK(frame.messageBar()->IsShown());
}

TEST_CASE("the editor's header counts the rows after a re-filter", "[filter][issue11]") {
    FrameFixture fx;
    MainFrame& frame = fx.frame();
    openSmall(fx);
    REQUIRE(frame.selectFinding(1));  // f2, a weakness: row 2 of 8
    auto heading = [&] {
        for (wxWindow* child : frame.editor()->GetChildren())
            if (auto* label = dynamic_cast<wxStaticText*>(child))
                if (label->GetLabel().StartsWith("Finding ")) return label->GetLabel();
        return wxString();
    };
    CHECK(heading().StartsWith("Finding 2 of 8"));
    FilterState weak;
    weak.polarity = "weakness";
    frame.filterBar()->apply(weak);
    CHECK(heading().StartsWith("Finding 1 of 4"));
}

TEST_CASE("the Progress view keeps its chosen cell after an edit", "[progress][issue11]") {
    FrameFixture fx;
    MainFrame& frame = fx.frame();
    openSmall(fx);
    menu(frame, ID_ViewProgress);
    wxGrid* grid = frame.progressView()->grid();
    REQUIRE(grid->GetNumberRows() >= 3);
    grid->SetGridCursor(2, 0);
    const std::string theme = frame.progressView()->matrix().rows[2].theme;
    // An edit that adds a theme row above the chosen one.
    REQUIRE(frame.document().setThemes(0, {"leadership", "workforce"}));
    guitest::pump(50);
    const int row = grid->GetGridCursorRow();
    REQUIRE(row >= 0);
    CHECK(frame.progressView()->matrix().rows[static_cast<size_t>(row)].theme == theme);
    CHECK(grid->GetGridCursorCol() == 0);
}

TEST_CASE("the Import dialog filters files by kind", "[import][issue11]") {
    FrameFixture fx;
    const wxString wildcard = fx.frame().importWildcard();
    INFO(wildcard.utf8_string());
    CHECK(wildcard.Contains("Findings projects (*.findings.json)|*.findings.json"));
    // Each kind lists what the loaded importers read: the test importer's ".good" files are
    // letters; trackers only when a spreadsheet importer is built.
    bool trackers = false;
    for (const auto& importer : fx.host().registry()->importers())
        for (const auto& ext : importer.extensions()) trackers = trackers || ext == "csv" || ext == "xlsx";
    CHECK(wildcard.StartsWith("Letters and reports ("));
    CHECK(wildcard.Contains("*.good"));
    CHECK_FALSE(wildcard.Contains("*.json;"));  // projects have their own entry
    CHECK(wildcard.Contains("Trackers (") == trackers);
    CHECK(wildcard.EndsWith("All files|*"));
}

TEST_CASE("Help > Getting Started is a short page in the menus' words", "[help][issue11]") {
    FrameFixture fx;
    auto* dialog = new GettingStartedDialog(&fx.frame());
    dialog->Show();
    guitest::pump(50);
    wxTextCtrl* text = nullptr;
    for (wxWindow* child : dialog->GetChildren())
        if (auto* t = dynamic_cast<wxTextCtrl*>(child)) text = t;
    REQUIRE(text);
    const wxString page = text->GetValue();
    CHECK(page.Contains(wxString::FromUTF8("File \u203a Import Files")));
    CHECK(page.Contains("Sources tab"));
    CHECK(page.Contains("Confirm (Ctrl+Enter)"));
    CHECK(page.length() < 2500);  // short: one screen
    dialog->Destroy();
}

TEST_CASE("the coverage filters and the action columns in the window", "[coverage][columns][issue11]") {
    FrameFixture fx;
    MainFrame& frame = fx.frame();
    findings::FindingsSet set = fixtures::smallSet();
    set.sources[0].kind = "inspection_report";  // Ofsted's: its weaknesses call for action
    set.findings[1].action.text.clear();         // f2: a weakness with no action
    set.findings[2].action = {"Audit the audits", "QA lead", "2024-01-31", "amber"};  // f3: overdue
    set.findings[5].action.due = "2099-12-31";   // f6: Red, not yet due
    writeProject(set, fx.dir().file("coverage.findings.json"));
    REQUIRE(frame.openProject(fx.dir().file("coverage.findings.json")));
    wxChoice* coverage = frame.filterBar()->coverageChoice();
    REQUIRE(coverage->GetCount() == 4);
    auto choose = [&](const char* label) {
        REQUIRE(coverage->SetStringSelection(label));
        wxCommandEvent e(wxEVT_CHOICE, coverage->GetId());
        e.SetEventObject(coverage);
        e.SetInt(coverage->GetSelection());
        coverage->ProcessWindowEvent(e);
        guitest::pump(50);
    };
    auto shownIds = [&] {
        std::vector<std::string> ids;
        for (size_t r = 0; r < frame.view().rowCount(); ++r)
            ids.push_back(frame.document().set().findings[frame.view().findingAt(r)].id);
        return ids;
    };
    choose("No action planned");
    CHECK(shownIds() == std::vector<std::string>{"f2"});
    choose("Overdue");
    CHECK(shownIds() == std::vector<std::string>{"f3"});
    choose("Red");
    CHECK(shownIds() == std::vector<std::string>{"f6"});
    choose("Any action");
    CHECK(frame.view().rowCount() == 8);

    // The action columns start hidden; shown on request, and remembered.
    FindingsTable* table = frame.table();
    for (Column c : {Column::Action, Column::Owner, Column::Due, Column::ActionStatus}) CHECK_FALSE(table->isColumnShown(c));
    CHECK(table->isColumnShown(Column::Summary));
    table->showColumn(Column::Owner, true);
    table->showColumn(Column::Due, true);
    CHECK(table->isColumnShown(Column::Owner));
    CHECK(StudioSettings::tableColumns().Contains("Owner"));
    FindingsTable again(&frame, frame.document(), frame.view(), fx.host().themes());
    CHECK(again.isColumnShown(Column::Owner));
    CHECK(again.isColumnShown(Column::Due));
    CHECK_FALSE(again.isColumnShown(Column::Action));
}
