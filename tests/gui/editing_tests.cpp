// Editing from the detail pane and the sources panel through undoable commands, driven the
// way a user drives them: check-list clicks, choices, keyboard shortcuts (Ctrl+Z, Ctrl+Y,
// Ctrl+Enter) through wxUIActionSimulator; projects saved and reopened; the questions on
// close; the autosave and its recovery.
#include "gui_test_support.hpp"

#include "model/project_file.hpp"
#include "ui/filter_bar.hpp"
#include "ui/finding_editor.hpp"
#include "ui/findings_table.hpp"
#include "ui/progress_view.hpp"
#include "ui/sources_panel.hpp"
#include "ui/wx_text.hpp"

#include <catch2/catch.hpp>

#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/grid.h>
#include <wx/listctrl.h>
#include <wx/notebook.h>
#include <wx/textctrl.h>
#include <wx/uiaction.h>

#include <filesystem>
#include <sys/wait.h>
#include <unistd.h>

using namespace findings;
using namespace findings::studio;
using guitest::FrameFixture;

namespace {

/// A frame with the small project imported and finding `select` selected.
void loadSmall(FrameFixture& fx, size_t select = 0) {
    REQUIRE(fx.frame().importPaths({fx.smallProject()}));
    REQUIRE(fx.waitForImports());
    REQUIRE(fx.frame().selectFinding(select));
}

/// Sends what a click on a check box of the list sends.
void toggleTheme(wxCheckListBox* list, const wxString& label) {
    const int item = list->FindString(label);
    REQUIRE(item != wxNOT_FOUND);
    list->Check(static_cast<unsigned>(item), !list->IsChecked(static_cast<unsigned>(item)));
    wxCommandEvent event(wxEVT_CHECKLISTBOX, list->GetId());
    event.SetEventObject(list);
    event.SetInt(item);
    list->ProcessWindowEvent(event);
}

/// Keys go to the window under the pointer (no window manager under Xvfb).
void pointAt(wxWindow* w) {
    wxUIActionSimulator sim;
    sim.MouseMove(w->GetScreenRect().GetPosition() + wxPoint(30, 40));
    w->SetFocus();
    guitest::pump(80);
}

long deadPid() {
    const pid_t child = ::fork();
    if (child == 0) ::_exit(0);
    int status = 0;
    ::waitpid(child, &status, 0);
    return static_cast<long>(child);
}

}  // namespace

TEST_CASE("ticking a theme edits the finding, Ctrl+Z undoes it and Ctrl+Y redoes it", "[edit][undo]") {
    FrameFixture fx;
    loadSmall(fx, 0);  // f1: workforce
    MainFrame& frame = fx.frame();
    toggleTheme(frame.editor()->themeList(), "Leadership and governance");
    CHECK(frame.document().set().findings[0].themes == std::vector<std::string>{"workforce", "leadership"});
    CHECK(frame.document().set().findings[0].review == "edited");
    CHECK(frame.GetTitle().StartsWith("Untitled*"));

    wxUIActionSimulator sim;
    pointAt(frame.table());
    sim.Char('z', wxMOD_CONTROL);
    REQUIRE(guitest::waitUntil([&] { return frame.document().set().findings[0].themes.size() == 1; }, 3000));
    CHECK(frame.document().set().findings[0].review == "unreviewed");
    // The check list shows the undone state too.
    wxCheckListBox* list = frame.editor()->themeList();
    CHECK_FALSE(list->IsChecked(static_cast<unsigned>(list->FindString("Leadership and governance"))));
    sim.Char('y', wxMOD_CONTROL);
    REQUIRE(guitest::waitUntil([&] { return frame.document().set().findings[0].themes.size() == 2; }, 3000));
}

TEST_CASE("Ctrl+Enter confirms the finding and moves to the next one", "[edit][keyboard]") {
    FrameFixture fx;
    loadSmall(fx, 0);
    MainFrame& frame = fx.frame();
    wxUIActionSimulator sim;
    pointAt(frame.table());
    sim.Char(WXK_RETURN, wxMOD_CONTROL);
    REQUIRE(guitest::waitUntil([&] { return frame.document().set().findings[0].review == "confirmed"; }, 3000));
    CHECK(frame.currentFinding() == 1u);
    // With "unreviewed" filtered, confirming removes the row and the next takes its place.
    FilterState f;
    f.review = "unreviewed";
    frame.filterBar()->apply(f);
    REQUIRE(frame.selectFinding(1));
    const size_t before = frame.view().rowCount();
    frame.confirmCurrent();
    CHECK(frame.view().rowCount() == before - 1);
    CHECK(frame.currentFinding() == 3u);  // f4 is the next unreviewed finding
}

TEST_CASE("polarity and action edits from the detail pane are undoable", "[edit]") {
    FrameFixture fx;
    loadSmall(fx, 1);  // f2 weakness
    MainFrame& frame = fx.frame();
    wxChoice* polarity = frame.editor()->polarityChoice();
    polarity->SetStringSelection("Strength");
    wxCommandEvent choose(wxEVT_CHOICE, polarity->GetId());
    choose.SetEventObject(polarity);
    polarity->ProcessWindowEvent(choose);
    CHECK(frame.document().set().findings[1].polarity == "strength");
    // Alt+2 marks it a weakness again, from the keyboard.
    wxUIActionSimulator sim;
    pointAt(frame.table());
    sim.Char('2', wxMOD_ALT);
    REQUIRE(guitest::waitUntil([&] { return frame.document().set().findings[1].polarity == "weakness"; }, 3000));

    frame.editor()->actionOwner()->ChangeValue(wxString::FromUTF8("Dr Anita Shah — PSW"));
    frame.editor()->actionDue()->ChangeValue("2025-03-31");
    frame.editor()->commitPending();  // as leaving the field does
    CHECK(frame.document().set().findings[1].action.owner == "Dr Anita Shah \u2014 PSW");
    CHECK(frame.document().set().findings[1].action.due == "2025-03-31");
    CHECK(frame.document().undoLabel() == "Edit Action");
    frame.document().undo();
    CHECK(frame.document().set().findings[1].action.owner.empty());
    CHECK(frame.editor()->actionOwner()->GetValue().empty());
}

TEST_CASE("the sources panel corrects a source through an undoable edit", "[edit][sources]") {
    FrameFixture fx;
    loadSmall(fx);
    MainFrame& frame = fx.frame();
    SourcesPanel* panel = frame.sourcesPanel();
    REQUIRE(panel->list()->GetItemCount() == 3);
    panel->selectSource(1);  // the news article, which has no visit number
    CHECK(panel->titleField()->GetValue() == "News: little progress");
    panel->visitOrdinalField()->ChangeValue("3");
    panel->dateField()->ChangeValue("12 June 2024");
    CHECK_FALSE(panel->applyForm());  // not an ISO date: refused, with the reason shown
    CHECK(panel->problem().Contains("YYYY-MM-DD"));
    panel->dateField()->ChangeValue("2024-06-12");
    panel->inspectorsField()->ChangeValue("Alison Smale, Janet Fraser");
    REQUIRE(panel->applyForm());
    const Source& s = frame.document().set().sources[1];
    CHECK(s.visit.ordinal == 3);
    CHECK(s.inspectors == std::vector<std::string>{"Alison Smale", "Janet Fraser"});
    CHECK(utf8(panel->list()->GetItemText(1, 5)).find("Visit 3") == 0);  // Source, Kind, Role, Authority, Date, Visit
    frame.document().undo();
    CHECK(frame.document().set().sources[1].visit.ordinal == kNone);
}

TEST_CASE("the sources form fits beside the list, whatever the file's path", "[sources]") {
    FrameFixture fx;
    loadSmall(fx);
    MainFrame& frame = fx.frame();
    Source source = frame.document().set().sources[0];
    source.path = "/home/officer/Documents/Children's services/Ofsted/Monitoring visits/2024/" +
                  std::string(60, 'x') + "/monitoring-letter-visit-3-final-version-for-cabinet.txt";
    frame.document().setSource(0, source);
    frame.lowerNotebook()->SetSelection(1);
    SourcesPanel* panel = frame.sourcesPanel();
    panel->selectSource(0);
    guitest::pump(100);
    wxWindow* form = panel->form();
    const int width = form->GetClientSize().x;
    INFO("form " << width << " wide, content " << form->GetVirtualSize().x);
    CHECK(form->GetVirtualSize().x <= width);
    // Every field of the right-hand column is in view, not cut off at the edge.
    for (wxWindow* field : std::initializer_list<wxWindow*>{panel->authorityField(), panel->inspectorsField(),
                                                           panel->kindChoice(), panel->areasField()}) {
        INFO(utf8(field->GetName()));
        CHECK(field->GetRect().GetRight() <= width);
    }
}

TEST_CASE("clicking a progress matrix cell filters the table to those findings", "[progress]") {
    FrameFixture fx;
    loadSmall(fx);
    MainFrame& frame = fx.frame();
    wxUIActionSimulator sim;
    pointAt(frame.table());
    sim.Char('3', wxMOD_CONTROL);  // View › Progress
    REQUIRE(guitest::waitUntil([&] { return frame.lowerNotebook()->GetSelection() == 2; }, 3000));
    ProgressView* progress = frame.progressView();
    wxGrid* grid = progress->grid();
    // Ofsted's evidence only: the letter's visit. The news article is commentary and the
    // tracker is the plan, so neither is a column nor counted.
    REQUIRE(grid->GetNumberRows() == 4);  // 3 themes + totals
    REQUIRE(grid->GetNumberCols() == 2);  // 1 visit + totals
    CHECK(grid->GetCellValue(0, 0) == "1 / 1");  // workforce at visit 3
    // Click the workforce × visit 3 cell.
    const wxRect cell = grid->CellToRect(0, 0);
    const wxPoint onScreen = grid->GetGridWindow()->ClientToScreen(cell.GetPosition() + wxPoint(cell.width / 2, cell.height / 2));
    sim.MouseMove(onScreen);
    guitest::pump(50);
    sim.MouseClick();
    REQUIRE(guitest::waitUntil([&] { return frame.view().rowCount() == 2; }, 3000));
    CHECK(frame.filterBar()->state().theme == "workforce");
    CHECK(frame.countText() == "2 of 8 findings");
    // The totals corner shows everything again.
    progress->chooseCell(grid->GetNumberRows() - 1, grid->GetNumberCols() - 1);
    CHECK(frame.view().rowCount() == 8);
    // Editing a finding updates the matrix.
    frame.document().setPolarity(0, "weakness");
    CHECK(grid->GetCellValue(0, 0) == "0 / 2");
}

TEST_CASE("progress matrix headers name the visit and what its source is, never a file name", "[progress]") {
    FrameFixture fx;
    loadSmall(fx);
    MainFrame& frame = fx.frame();
    // The third source becomes a second letter without a title, in a file whose name is long.
    Source tracker = frame.document().set().sources[2];
    tracker.kind = "monitoring_letter";
    tracker.title.clear();
    tracker.path = "/data/herefordshire-monitoring-letter-second-visit-2023-06.txt";
    frame.document().setSource(2, tracker);
    frame.lowerNotebook()->SetSelection(2);
    guitest::pump(50);
    wxGrid* grid = frame.progressView()->grid();
    REQUIRE(grid->GetNumberCols() == 3);
    CHECK(grid->GetColLabelValue(0) == wxString::FromUTF8("Visit 3 \u00b7 2024-05-14\nMonitoring letter"));
    CHECK(grid->GetColLabelValue(1) == "2025-03-03\nMonitoring letter");
    // Undated, it is named by its kind and its file's end, shortened with an ellipsis to fit.
    tracker.date.clear();
    frame.document().setSource(2, tracker);
    guitest::pump(50);
    const wxString label = grid->GetColLabelValue(1);
    INFO(utf8(label));
    CHECK(label.StartsWith("Undated\nMonitoring lett"));
    CHECK(label.Contains(wxString::FromUTF8("\u2026")));
    CHECK(label.AfterFirst('\n').length() <= 30);
}

TEST_CASE("save and reopen a project with the file and the modified mark in the title", "[files]") {
    FrameFixture fx;
    loadSmall(fx, 2);
    MainFrame& frame = fx.frame();
    frame.document().confirm(2);
    const std::string path = fx.dir().file("review");
    REQUIRE(frame.saveProjectAs(path));  // the suffix is added
    CHECK(frame.document().path() == path + ".findings.json");
    CHECK(frame.GetTitle() == wxString::FromUTF8("review.findings.json \u2014 Findings Studio"));
    frame.document().setPolarity(2, "strength");
    CHECK(frame.GetTitle().StartsWith("review.findings.json*"));
    // Opening another project asks first; Cancel keeps the edits.
    fx.prompts().saveAnswer = UserPrompts::SaveChoice::Cancel;
    CHECK_FALSE(frame.openProject(path + ".findings.json"));
    CHECK(fx.prompts().saveQuestions == 1);
    CHECK(frame.document().set().findings[2].polarity == "strength");
    // Discard: the saved file comes back, with the review kept by the round trip.
    fx.prompts().saveAnswer = UserPrompts::SaveChoice::Discard;
    REQUIRE(frame.openProject(path + ".findings.json"));
    CHECK(frame.document().set().findings[2].polarity == "weakness");
    CHECK(frame.document().set().findings[2].review == "confirmed");
    CHECK_FALSE(frame.document().modified());
    CHECK_FALSE(frame.document().canUndo());
}

TEST_CASE("closing with unsaved changes asks: Cancel keeps the window, Save writes the file", "[files]") {
    FrameFixture fx;
    loadSmall(fx);
    MainFrame& frame = fx.frame();
    fx.prompts().saveAnswer = UserPrompts::SaveChoice::Cancel;
    CHECK_FALSE(frame.Close(false));
    CHECK(frame.IsShown());
    fx.prompts().saveAnswer = UserPrompts::SaveChoice::Save;
    fx.prompts().savePath = fx.dir().file("closing.findings.json");
    CHECK(frame.confirmDiscardChanges());
    CHECK(readProject(fx.prompts().savePath).findings.size() == 8);
    CHECK_FALSE(frame.document().modified());
    CHECK(fx.prompts().saveQuestions == 2);
}

TEST_CASE("unsaved work is autosaved, and a crashed session's autosave is offered back", "[files][autosave]") {
    std::string crashedFile;
    {
        FrameFixture fx;
        loadSmall(fx);
        fx.frame().document().setPolarity(4, "weakness");
        fx.frame().autosaveNow();
        const std::string own = fx.frame().autosave().path();
        REQUIRE(guitest::waitUntil([&] { return testsupport::fileExists(own); }, 5000));
        // Pretend the session crashed: its file now belongs to a process that is gone.
        crashedFile = guitest::IsolatedHome::dataDir() + "/autosave/autosave-" + std::to_string(deadPid()) + ".findings.json";
        fx.frame().autosaveNow();  // nothing new to write
        std::filesystem::copy_file(own, crashedFile);
        // Saving removes this session's own autosave; a clean exit would too.
        REQUIRE(fx.frame().saveProjectAs(fx.dir().file("saved.findings.json")));
        CHECK_FALSE(testsupport::fileExists(own));
    }
    FrameFixture next({}, /*offerRecovery=*/true);
    CHECK(next.prompts().recoverQuestions == 1);
    REQUIRE(next.frame().document().set().findings.size() == 8);
    CHECK(next.frame().document().set().findings[4].polarity == "weakness");
    CHECK(next.frame().document().modified());
    CHECK_FALSE(testsupport::fileExists(crashedFile));  // recovered work is not offered twice
}
