// File › Merge Edited Workbook…: a manager's edits to an exported workbook come back into the
// open project through the core's merge (the same as `findings merge`), as one undoable step.
// Each change and each conflict is a line of the import log; a message bar says what
// happened, so conflicts (where the project's value was kept) cannot be missed.
#include "ui/main_frame.hpp"

#include "ui/command_ids.hpp"
#include "ui/finding_editor.hpp"
#include "ui/import_log_panel.hpp"
#include "ui/studio_settings.hpp"
#include "ui/wx_text.hpp"

#include <findings/core/edited_file_merge.hpp>

#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/infobar.h>
#include <wx/utils.h>

namespace findings::studio {

void MainFrame::onMergeCommand() {
    wxFileDialog dialog(this, L"Merge Edited Workbook", StudioSettings::lastExportFolder(), wxEmptyString,
                        "Excel workbooks (*.xlsx)|*.xlsx|Findings projects (*.findings.json)|*.findings.json|"
                        "All files|*",
                        wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (dialog.ShowModal() != wxID_OK) return;
    mergeEditedFile(utf8(dialog.GetPath()));
}

bool MainFrame::mergeEditedFile(const std::string& path) {
    editor_->commitPending();
    if (importRunning()) {
        SetStatusText("Wait for the import to finish before merging a workbook.", 0);
        return false;
    }
    const wxString name = wxFileName(wxs(path)).GetFullName();
    core::DiagnosticList diagnostics;
    core::ImportSettings settings;
    settings.diagnostics = &diagnostics;
    core::EditedFileMerge merge;
    {
        // A workbook reads in well under a second; a busy cursor says the window is working.
        wxBusyCursor busy;
        merge = core::mergeEditedFile(*host_.registry(), document_.set(), path, settings);
    }
    if (!merge.ok) {
        log_->addNote("Not merged", name, wxs(merge.error));
        messageBar_->ShowMessage(wxString::Format("%s could not be merged: %s", name, wxs(merge.error)),
                                 wxICON_ERROR);
        showLowerPage(PageImportLog);
        return false;
    }
    const core::MergeResult& result = merge.result;
    if (!merge.hadOriginal)
        log_->addNote("Merged", name,
                      "this file does not record what was exported, so every difference from the project "
                      "was taken as an edit");
    for (const auto& c : result.changes)
        log_->addNote("Changed", name, wxs(core::describeChange(c)));
    for (const auto& c : result.conflicts)
        log_->addNote("Conflict", name, wxs(core::describeConflict(c, "the project's")));
    for (const auto& id : result.unknownIds)
        log_->addNote("Ignored", name, wxs("finding " + id + " is not in this project"));
    for (const auto& d : diagnostics.all())
        if (d.severity >= core::Severity::Warning && d.code != "conflict")
            log_->addNote("Warning", name, wxs(d.message));

    document_.applyMerged(result.merged, "Merge " + utf8(name));
    const size_t conflicts = result.conflicts.size() + merge.fileConflicts;
    wxString summary = wxString::Format("Merged %s: %zu change%s applied", name, result.changes.size(),
                                        result.changes.size() == 1 ? "" : "s");
    if (conflicts)
        summary += wxString::Format(", %zu conflict%s kept the project's value", conflicts,
                                    conflicts == 1 ? "" : "s");
    summary += result.changes.empty() ? wxString(".") : wxString(" (Edit \u203a Undo takes them back).");
    SetStatusText(summary, 0);
    messageBar_->ShowMessage(summary + " See the import log for each one.",
                             conflicts ? wxICON_WARNING : wxICON_INFORMATION);
    showLowerPage(PageImportLog);
    return true;
}

}  // namespace findings::studio
