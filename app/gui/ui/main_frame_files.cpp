// The main window's project files: open, save, save as, the unsaved-changes question on
// close, recent files, and the autosave copy (written in the background, offered back
// after a crash, removed on a clean exit).
#include "ui/main_frame.hpp"

#include "model/project_file.hpp"
#include "ui/filter_bar.hpp"
#include "ui/finding_editor.hpp"
#include "ui/import_log_panel.hpp"
#include "ui/studio_settings.hpp"
#include "ui/wx_text.hpp"

#include <findings/format/findings_json.hpp>

#include <wx/config.h>
#include <wx/datetime.h>
#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/infobar.h>
#include <wx/log.h>

namespace findings::studio {

void MainFrame::startup() {
    if (options_.offerRecovery) offerRecovery();
    if (options_.startupFiles.empty()) return;
    // One project on the command line is opened; anything else is imported.
    if (options_.startupFiles.size() == 1 && isProjectPath(options_.startupFiles.front()) &&
        document_.set().findings.empty())
        openProject(options_.startupFiles.front());
    else
        importPaths(options_.startupFiles);
}

void MainFrame::offerRecovery() {
    for (const AutosaveStore::Orphan& orphan : autosave_.orphans()) {
        const wxString when = wxDateTime(static_cast<time_t>(orphan.written)).Format("%c");
        const wxString what = orphan.projectPath.empty()
                                  ? wxString("an unsaved project")
                                  : L"\u201c" + wxFileName(wxs(orphan.projectPath)).GetFullName() + L"\u201d";
        const bool recover = document_.set().findings.empty() &&
                             prompts_->askRecover(this, wxString::Format("Unsaved changes to %s from %s can be recovered.",
                                                                         what, when));
        if (recover) {
            try {
                document_.reset(readProject(orphan.file), orphan.projectPath, true);
                SetStatusText("Recovered unsaved work from " + when, 0);
            } catch (const std::exception& e) {
                wxLogError("Cannot recover the autosaved work: %s", wxs(e.what()));
            }
        }
        // Recovered work now lives in this session (and its own autosave); declined work is
        // gone by the user's choice.
        AutosaveStore::discard(orphan);
        if (recover) break;
    }
}

bool MainFrame::confirmDiscardChanges() {
    editor_->commitPending();
    if (!document_.modified()) return true;
    switch (prompts_->askSaveChanges(this, wxs(document_.title()).BeforeLast('*'))) {
    case UserPrompts::SaveChoice::Save: return saveProject();
    case UserPrompts::SaveChoice::Discard: return true;
    case UserPrompts::SaveChoice::Cancel: return false;
    }
    return false;
}

bool MainFrame::openProject(const std::string& path) {
    if (!confirmDiscardChanges()) return false;
    try {
        document_.reset(readProject(path), path);
    } catch (const std::exception& e) {
        // wxLogError collects messages and shows them once, without blocking this handler.
        wxLogError("Cannot open %s: %s", wxs(path), wxs(e.what()));
        return false;
    }
    autosave_.remove();
    StudioSettings::setLastProjectFolder(wxFileName(wxs(path)).GetPath());
    rememberRecent(path);
    SetStatusText(wxString::Format("Opened %s", wxFileName(wxs(path)).GetFullName()), 0);
    return true;
}

bool MainFrame::closeProject() {
    if (!confirmDiscardChanges()) return false;
    document_.reset(findings::FindingsSet{}, std::string());
    autosave_.remove();
    log_->clear();
    messageBar_->Dismiss();
    filterBar_->clear();
    SetStatusText("Closed the project.", 0);
    return true;
}

wxString MainFrame::suggestedSavePath() const {
    if (!document_.path().empty()) return wxs(document_.path());
    return wxs(suggestedProjectFileName(document_.set()));
}

void MainFrame::onOpenCommand() {
    if (!confirmDiscardChanges()) return;
    wxFileDialog dialog(this, "Open Project", StudioSettings::lastProjectFolder(), wxEmptyString,
                        "Findings projects (*.findings.json)|*.findings.json|JSON files (*.json)|*.json|All files|*",
                        wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (dialog.ShowModal() != wxID_OK) return;
    openProject(utf8(dialog.GetPath()));
}

bool MainFrame::saveProject() {
    editor_->commitPending();
    if (document_.path().empty()) {
        const wxString path = prompts_->askSavePath(this, StudioSettings::lastProjectFolder(), suggestedSavePath());
        return !path.empty() && saveProjectAs(utf8(path));
    }
    return saveProjectAs(document_.path());
}

bool MainFrame::saveProjectAs(const std::string& rawPath) {
    editor_->commitPending();
    const std::string path = withProjectSuffix(rawPath);
    try {
        writeProject(document_.set(), path);
    } catch (const std::exception& e) {
        wxLogError("Cannot save the project: %s", wxs(e.what()));
        return false;
    }
    document_.markSaved(path);
    autosave_.remove();
    StudioSettings::setLastProjectFolder(wxFileName(wxs(path)).GetPath());
    rememberRecent(path);
    SetStatusText(wxString::Format("Saved %s", wxFileName(wxs(path)).GetFullName()), 0);
    return true;
}

void MainFrame::rememberRecent(const std::string& path) {
    history_.AddFileToHistory(wxs(path));
    wxConfigBase* config = wxConfigBase::Get();
    config->SetPath(StudioSettings::recentFilesGroup());
    history_.Save(*config);
    config->SetPath("/");
    config->Flush();
}

void MainFrame::restartAutosaveTimer() {
    autosaveTimer_.Start(StudioSettings::autosaveMinutes() * 60 * 1000);
}

void MainFrame::onAutosaveTimer() { autosaveNow(); }

void MainFrame::autosaveNow() {
    if (autosaveFailed_->exchange(false))
        SetStatusText("Autosave failed; save your work with Ctrl+S.", 0);
    if (!document_.modified() || document_.revision() == autosavedRevision_) return;
    autosaveWorker_.join();  // the previous copy is written by now, or nearly
    // Write a snapshot in the background: a 100,000-finding project takes a moment to
    // serialise and the window must not stall for it. The worker shares nothing with the
    // window but the snapshot and a flag.
    auto snapshot = std::make_shared<const findings::FindingsSet>(document_.set());
    autosavedRevision_ = document_.revision();
    autosaveWorker_ = WorkerThread([store = autosave_, snapshot, path = document_.path(),
                                    failed = autosaveFailed_]() mutable {
        try {
            store.save(*snapshot, path);
        } catch (const std::exception&) {
            *failed = true;  // reported at the next tick, which also tries again
        }
    });
}

void MainFrame::onClose(wxCloseEvent& event) {
    if (event.CanVeto() && !confirmDiscardChanges()) {
        event.Veto();
        return;
    }
    cancelImport();
    importWorker_.join();
    autosaveWorker_.join();
    autosaveTimer_.Stop();
    // A clean exit leaves no autosave behind: only a crash does.
    autosave_.remove();
    wxConfigBase::Get()->Flush();
    Destroy();
}

}  // namespace findings::studio
