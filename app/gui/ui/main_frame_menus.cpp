// The main window's menus, toolbar and keyboard shortcuts, and the commands they run.
//
// Shortcuts (documented in Help › Keyboard Shortcuts and the README):
//   Ctrl+N new project, Ctrl+W close project, Ctrl+O import, Ctrl+Shift+O open project, Ctrl+S save, Ctrl+Shift+S save as,
//   Ctrl+E export, Ctrl+Q quit, Ctrl+Z undo, Ctrl+Y / Ctrl+Shift+Z redo,
//   Ctrl+Enter confirm finding (and go to the next), Alt+1..4 strength/weakness/mixed/neutral,
//   F8 / Shift+F8 next/previous finding, Ctrl+F find, Ctrl+Shift+F clear filters,
//   Ctrl+1/2/3/4 import log / sources / progress / follow-up, Ctrl+Shift+L review proposed
//   links, A / R accept / reject the selected link (in the link list).
#include "ui/main_frame.hpp"

#include "model/export_subset.hpp"
#include "model/project_file.hpp"
#include "ui/about_box.hpp"
#include "ui/command_ids.hpp"
#include "ui/export_dialog.hpp"
#include "ui/filter_bar.hpp"
#include "ui/finding_editor.hpp"
#include "ui/findings_table.hpp"
#include "ui/plugins_dialog.hpp"
#include "ui/preferences_dialog.hpp"
#include "ui/print_board.hpp"
#include "ui/studio_settings.hpp"
#include "ui/wx_text.hpp"

#include <wx/accel.h>
#include <wx/artprov.h>
#include <wx/config.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/toolbar.h>

namespace findings::studio {

namespace {
const char* kShortcutHelp =
    "New project / Close project\tCtrl+N / Ctrl+W\n"
    "Import files\tCtrl+O\n"
    "Open project\tCtrl+Shift+O\n"
    "Save / Save as\tCtrl+S / Ctrl+Shift+S\n"
    "Export\tCtrl+E\n"
    "Undo / Redo\tCtrl+Z / Ctrl+Y\n"
    "Confirm finding and go to next\tCtrl+Enter\n"
    "Strength / Weakness / Mixed / Neutral\tAlt+1 / 2 / 3 / 4\n"
    "Next / previous finding\tF8 / Shift+F8\n"
    "Find\tCtrl+F\n"
    "Clear filters\tCtrl+Shift+F\n"
    "Import log / Sources / Progress / Follow-up\tCtrl+1 / 2 / 3 / 4\n"
    "Review proposed links\tCtrl+Shift+L\n"
    "Accept / reject the selected link\tA / R in the link list\n"
    "Drop files or folders anywhere on the window to import them.";
}  // namespace

void MainFrame::buildMenus() {
    auto* file = new wxMenu;
    file->Append(wxID_NEW, "&New Project\tCtrl+N", "Start an empty project (asks to save this one)");
    file->Append(ID_Import, L"&Import Files\u2026\tCtrl+O", "Import letters, reports or trackers");
    file->Append(ID_OpenProject, L"&Open Project\u2026\tCtrl+Shift+O", "Open a .findings.json project");
    auto* recent = new wxMenu;
    file->AppendSubMenu(recent, "Open &Recent");
    file->AppendSeparator();
    file->Append(wxID_SAVE, "&Save\tCtrl+S", "Save the project");
    file->Append(wxID_SAVEAS, L"Save &As\u2026\tCtrl+Shift+S", "Save the project under a new name");
    file->Append(ID_Export, L"&Export\u2026\tCtrl+E", L"Export the findings (Excel, CSV, \u2026)");
    file->Append(ID_MergeEdited, L"&Merge Edited Workbook\u2026",
                 "Bring back the changes a manager made in an exported workbook");
    appendPrintItems(file);
    file->AppendSeparator();
    file->Append(wxID_CLOSE, "&Close Project\tCtrl+W", "Close the project (asks to save it)");
    file->Append(wxID_EXIT, "&Quit\tCtrl+Q");

    auto* edit = new wxMenu;
    edit->Append(ID_UndoEdit, "&Undo\tCtrl+Z");
    edit->Append(ID_RedoEdit, "&Redo\tCtrl+Y");
    edit->AppendSeparator();
    edit->Append(ID_ConfirmFinding, "&Confirm Finding\tCtrl+Enter",
                 "Mark the finding as checked and go to the next one");
    auto* polarity = new wxMenu;
    polarity->Append(ID_MarkStrength, "&Strength\tAlt+1");
    polarity->Append(ID_MarkWeakness, "&Weakness\tAlt+2");
    polarity->Append(ID_MarkMixed, "&Mixed\tAlt+3");
    polarity->Append(ID_MarkNeutral, "&Neutral\tAlt+4");
    edit->AppendSubMenu(polarity, "Strength/&Weakness");
    edit->AppendSeparator();
    edit->Append(ID_NextFinding, "&Next Finding\tF8");
    edit->Append(ID_PreviousFinding, "&Previous Finding\tShift+F8");
    edit->AppendSeparator();
    edit->Append(ID_Find, L"&Find\u2026\tCtrl+F", "Search the findings");
    edit->Append(ID_ClearFilter, "C&lear Filters\tCtrl+Shift+F", "Show every finding");

    auto* view = new wxMenu;
    view->Append(ID_ViewImportLog, "&Import Log\tCtrl+1");
    view->Append(ID_ViewSources, "&Sources\tCtrl+2");
    view->Append(ID_ViewProgress, "&Progress\tCtrl+3", "The theme-by-visit matrix");
    view->AppendSeparator();
    view->Append(ID_ViewColumns, L"Table &Columns\u2026", "Show or hide the table's columns (Action, Owner, Due, RAG, \u2026)");
    view->Append(ID_ResetLayout, "&Reset Layout", "Size the panes to fit this window again");
    view->Append(ID_ViewFollowUp, "&Follow-up\tCtrl+4", "Each area for improvement against the later visits");

    auto* tools = new wxMenu;
    tools->Append(ID_LinkFollowUps, "&Link Follow-ups\tCtrl+L",
                  "Link each later finding to the improvement points it follows up");
    tools->AppendCheckItem(ID_ReviewProposedLinks, "Review &Proposed Links\tCtrl+Shift+L",
                           "Show only the findings whose links wait for review");
    tools->AppendSeparator();
    tools->Append(ID_Plugins, L"&Plugins\u2026", "Loaded plugins and load failures");
    tools->Append(wxID_PREFERENCES, L"P&references\u2026");

    auto* help = new wxMenu;
    help->Append(ID_GettingStarted, "&Getting Started", "A first walk through importing, reviewing and exporting");
    help->Append(wxID_HELP, "&Keyboard Shortcuts");
    help->Append(wxID_ABOUT, "&About Findings Studio");

    auto* bar = new wxMenuBar;
    bar->Append(file, "&File");
    bar->Append(edit, "&Edit");
    bar->Append(view, "&View");
    bar->Append(tools, "&Tools");
    bar->Append(help, "&Help");
    SetMenuBar(bar);

    history_.UseMenu(recent);
    wxConfigBase* config = wxConfigBase::Get();
    config->SetPath(StudioSettings::recentFilesGroup());
    history_.Load(*config);
    config->SetPath("/");

    // Second keys for the same commands.
    wxAcceleratorEntry extra[] = {
        {wxACCEL_CTRL | wxACCEL_SHIFT, 'Z', ID_RedoEdit},
        {wxACCEL_CTRL, WXK_NUMPAD_ENTER, ID_ConfirmFinding},
    };
    SetAcceleratorTable(wxAcceleratorTable(2, extra));
}

void MainFrame::buildToolBar() {
    wxToolBar* bar = CreateToolBar(wxTB_HORIZONTAL | wxTB_TEXT | wxTB_FLAT | wxTB_HORZ_LAYOUT);
    bar->SetName("main-toolbar");
    const wxSize size = wxArtProvider::GetSizeHint(wxART_TOOLBAR, this);
    auto icon = [&](const wxArtID& id) { return wxArtProvider::GetBitmapBundle(id, wxART_TOOLBAR, size); };
    bar->AddTool(ID_Import, "Import", icon(wxART_FILE_OPEN), "Import files (Ctrl+O)");
    bar->AddTool(wxID_SAVE, "Save", icon(wxART_FILE_SAVE), "Save the project (Ctrl+S)");
    bar->AddTool(ID_Export, "Export", icon(wxART_FILE_SAVE_AS), "Export the findings (Ctrl+E)");
    bar->AddSeparator();
    bar->AddTool(ID_UndoEdit, "Undo", icon(wxART_UNDO), "Undo (Ctrl+Z)");
    bar->AddTool(ID_RedoEdit, "Redo", icon(wxART_REDO), "Redo (Ctrl+Y)");
    bar->AddSeparator();
    bar->AddTool(ID_ConfirmFinding, "Confirm", icon(wxART_TICK_MARK), "Confirm the finding and go to the next (Ctrl+Enter)");
    bar->AddTool(ID_Find, "Find", icon(wxART_FIND), "Search the findings (Ctrl+F)");
    bar->AddTool(ID_ViewProgress, "Progress", icon(wxART_REPORT_VIEW), "Theme-by-visit matrix (Ctrl+3)");
    bar->Realize();
}

void MainFrame::bindCommands() {
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { closeProject(); }, wxID_NEW);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { closeProject(); }, wxID_CLOSE);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { table_->showColumnMenu(); }, ID_ViewColumns);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { resetLayout(); }, ID_ResetLayout);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { showGettingStarted(); }, ID_GettingStarted);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { onImportCommand(); }, ID_Import);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { onOpenCommand(); }, ID_OpenProject);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { saveProject(); }, wxID_SAVE);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        const wxString path = prompts_->askSavePath(this, StudioSettings::lastProjectFolder(), suggestedSavePath());
        if (!path.empty()) saveProjectAs(utf8(path));
    }, wxID_SAVEAS);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { onExportCommand(); }, ID_Export);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { onMergeCommand(); }, ID_MergeEdited);
    bindPrintCommands(*this);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_EXIT);
    Bind(wxEVT_MENU, [this](wxCommandEvent& e) {
        const wxString path = history_.GetHistoryFile(static_cast<size_t>(e.GetId() - wxID_FILE1));
        if (isProjectPath(utf8(path))) openProject(utf8(path));
        else importPaths({utf8(path)});
    }, wxID_FILE1, wxID_FILE9);

    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        editor_->commitPending();
        document_.undo();
    }, ID_UndoEdit);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { document_.redo(); }, ID_RedoEdit);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { confirmCurrent(); }, ID_ConfirmFinding);
    const std::pair<int, const char*> marks[] = {
        {ID_MarkStrength, "strength"}, {ID_MarkWeakness, "weakness"}, {ID_MarkMixed, "mixed"}, {ID_MarkNeutral, "neutral"}};
    for (const auto& [id, polarity] : marks) {
        const std::string value = polarity;
        Bind(wxEVT_MENU, [this, value](wxCommandEvent&) {
            if (current_) document_.setPolarity(*current_, value);
        }, id);
    }
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        const std::optional<size_t> row = table_->selectedRow();
        table_->selectRow(row ? *row + 1 : 0);
        table_->SetFocus();
    }, ID_NextFinding);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        const std::optional<size_t> row = table_->selectedRow();
        table_->selectRow(row && *row > 0 ? *row - 1 : 0);
        table_->SetFocus();
    }, ID_PreviousFinding);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { filterBar_->focusSearch(); }, ID_Find);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { filterBar_->clear(); }, ID_ClearFilter);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { showLowerPage(PageImportLog); }, ID_ViewImportLog);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { showLowerPage(PageSources); }, ID_ViewSources);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { showLowerPage(PageProgress); }, ID_ViewProgress);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { linkFollowUps(); }, ID_LinkFollowUps);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { showLowerPage(PageFollowUp); }, ID_ViewFollowUp);
    Bind(wxEVT_MENU, [this](wxCommandEvent& e) { setProposedLinksOnly(e.IsChecked()); }, ID_ReviewProposedLinks);
    Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Check(view_->filter().proposedLinksOnly); },
         ID_ReviewProposedLinks);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        PluginsDialog dialog(this, host_, [this] { return rescanPlugins(); });
        dialog.ShowModal();
    }, ID_Plugins);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        PreferencesDialog dialog(this, *host_.registry());
        if (dialog.ShowModal() != wxID_OK) return;
        restartAutosaveTimer();
        // A running import keeps the registry (and workers) it started with.
        host_.setLimits(StudioSettings::importLimits());
        filterBar_->setLowConfidenceBelow(StudioSettings::lowConfidencePercent() / 100.0);
    }, wxID_PREFERENCES);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        wxMessageBox(kShortcutHelp, "Keyboard Shortcuts", wxOK | wxICON_INFORMATION, this);
    }, wxID_HELP);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { showAboutBox(this, host_.registry().get()); }, wxID_ABOUT);

    // Menu and toolbar state follows the document.
    Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) {
        e.Enable(document_.canUndo());
        if (e.GetEventObject() == GetMenuBar() || dynamic_cast<wxMenu*>(e.GetEventObject()))
            e.SetText(document_.canUndo() ? "&Undo " + wxs(document_.undoLabel()) + "\tCtrl+Z"
                                          : wxString("&Undo\tCtrl+Z"));
    }, ID_UndoEdit);
    Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) {
        e.Enable(document_.canRedo());
        if (e.GetEventObject() == GetMenuBar() || dynamic_cast<wxMenu*>(e.GetEventObject()))
            e.SetText(document_.canRedo() ? "&Redo " + wxs(document_.redoLabel()) + "\tCtrl+Y"
                                          : wxString("&Redo\tCtrl+Y"));
    }, ID_RedoEdit);
    auto needsFinding = [this](wxUpdateUIEvent& e) { e.Enable(current_.has_value()); };
    for (int id : {ID_ConfirmFinding, ID_MarkStrength, ID_MarkWeakness, ID_MarkMixed, ID_MarkNeutral})
        Bind(wxEVT_UPDATE_UI, needsFinding, id);
    Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Enable(!document_.set().findings.empty()); }, ID_Export);
    Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Enable(!document_.set().findings.empty() && !importRunning()); },
         ID_MergeEdited);
    Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Enable(!importRunning()); }, ID_Plugins);
    Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) {
        e.Enable(!importRunning() && !document_.set().findings.empty());
    }, ID_LinkFollowUps);

    // The table (a GtkTreeView) takes Ctrl+F for its own type-ahead search before menu
    // accelerators see it; the char hook reaches the window first, so Find always works.
    Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& e) {
        if (e.GetModifiers() == wxMOD_CONTROL && (e.GetKeyCode() == 'F' || e.GetKeyCode() == 'f')) {
            filterBar_->focusSearch();
            return;
        }
        e.Skip();
    });
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { onAutosaveTimer(); }, ID_AutosaveTimer);
    Bind(wxEVT_CLOSE_WINDOW, &MainFrame::onClose, this);
}

void MainFrame::onExportCommand() {
    editor_->commitPending();
    ExportDialog* dialog = createExportDialog();
    dialog->ShowModal();
    dialog->Destroy();
}

ExportDialog* MainFrame::createExportDialog() {
    ExportRequest request;
    request.registry = host_.registry();
    request.findings = std::make_shared<const findings::FindingsSet>(document_.set());
    if (view_->rowCount() < view_->totalCount()) {
        std::vector<size_t> shown;
        shown.reserve(view_->rowCount());
        for (size_t r = 0; r < view_->rowCount(); ++r) shown.push_back(view_->findingAt(r));
        request.shown = std::make_shared<const findings::FindingsSet>(subsetForExport(document_.set(), shown));
    }
    request.themes = &host_.themes();
    for (const auto& s : document_.set().sources) request.inputs.push_back(s.path);
    if (!document_.path().empty()) request.inputs.push_back(document_.path());
    request.folder = StudioSettings::lastExportFolder();
    if (request.folder.empty()) request.folder = StudioSettings::lastProjectFolder();
    if (request.folder.empty()) request.folder = wxGetHomeDir();
    std::string base = document_.path().empty() ? std::string("findings") : document_.path();
    base = base.substr(base.find_last_of('/') + 1);
    if (isProjectPath(base)) base = base.substr(0, base.size() - std::string(kProjectSuffix).size());
    request.baseName = wxs(base);
    request.preferredExporter = utf8(StudioSettings::defaultExporter());
    return new ExportDialog(this, std::move(request));
}

bool MainFrame::rescanPlugins() {
    if (importRunning()) {
        SetStatusText("Plugins cannot be reloaded while an import is running.", 0);
        return false;
    }
    host_.rescan();
    SetStatusText(wxString::Format("%zu plugins loaded, %zu failed.", host_.registry()->plugins().size(),
                                   host_.registry()->failures().size()),
                  0);
    return true;
}

}  // namespace findings::studio
