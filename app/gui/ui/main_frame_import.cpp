// Importing from the main window: paths are checked first (planImport), spreadsheets get
// their preview, and the batch runs on a worker thread through findings_core while the
// window stays usable. Progress and the result come back to the UI thread through posted
// continuations guarded by a wxWeakRef; Cancel sets the core's cancel flag.
#include "ui/main_frame.hpp"

#include "ui/command_ids.hpp"
#include "ui/finding_editor.hpp"
#include "ui/findings_table.hpp"
#include "ui/import_log_panel.hpp"
#include "ui/import_progress_bar.hpp"
#include "ui/spreadsheet_preview_dialog.hpp"
#include "ui/studio_settings.hpp"
#include "ui/wx_text.hpp"

#include <findings/core/import_service.hpp>
#include <findings/core/table_preview.hpp>

#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/infobar.h>
#include <wx/log.h>
#include <wx/notebook.h>
#include <wx/sizer.h>
#include <wx/weakref.h>

namespace findings::studio {

struct MainFrame::ImportJob {
    std::atomic<bool> cancel{false};
    std::vector<FileImportRequest> requests;
    std::shared_ptr<const core::PluginRegistry> registry;
    BatchResult result;            ///< written by the worker before it posts completion
    wxWeakRef<MainFrame> frame;    ///< read on the UI thread only
};

bool MainFrame::importPaths(const std::vector<std::string>& paths) {
    if (paths.empty()) return false;
    const ImportPlan plan = planImport(*host_.registry(), paths);
    if (!plan.rejected.empty()) {
        log_->addRejected(plan.rejected);
        showLowerPage(PageImportLog);
        // wxLogError gathers all the messages of this event into one notice.
        for (const auto& r : plan.rejected)
            wxLogError("Not imported: %s (%s)", wxs(r.path), wxs(r.reason));
    }
    if (plan.files.empty()) {
        SetStatusText("Nothing to import: no importer recognises these files.", 0);
        return false;
    }
    for (const auto& p : paths)
        if (wxFileName::FileExists(wxs(p))) StudioSettings::setLastImportFolder(wxFileName(wxs(p)).GetPath());
    std::vector<FileImportRequest> requests = previewSpreadsheets(plan);
    if (requests.empty()) return true;  // every file was a spreadsheet the user skipped
    queue_.push_back(std::move(requests));
    if (!job_) startNextImport();
    else SetStatusText(wxString::Format("%zu import%s waiting", queue_.size(), queue_.size() == 1 ? "" : "s"), 0);
    return true;
}

std::vector<FileImportRequest> MainFrame::previewSpreadsheets(const ImportPlan& plan) {
    std::vector<FileImportRequest> requests;
    for (const PlannedFile& file : plan.files) {
        FileImportRequest request{file.path, file.importerId, {}};
        if (file.spreadsheet && options_.interactive && StudioSettings::previewSpreadsheets()) {
            SpreadsheetPreviewRequest preview = previewRequestFor(file);
            SpreadsheetPreviewDialog dialog(this, std::move(preview));
            if (dialog.ShowModal() != wxID_OK) {
                log_->addNote("Skipped", wxFileName(wxs(file.path)).GetFullName(), "skipped in the import preview");
                continue;
            }
            request.options = dialog.options();
        }
        requests.push_back(std::move(request));
    }
    return requests;
}

SpreadsheetPreviewRequest MainFrame::previewRequestFor(const PlannedFile& file) const {
    const core::ImporterEntry importer = host_.registry()->findImporter(file.importerId);
    SpreadsheetPreviewRequest preview;
    preview.path = file.path;
    preview.importerId = file.importerId;
    preview.declares = [importer](const std::string& key) {
        return importer.importer && importer.declaresOption(key);
    };
    // The preview and the trial import run on the UI thread: a preview is of one file, and
    // the user is waiting for exactly this answer.
    preview.preview = [registry = host_.registry(), file](const Properties& options) {
        core::DiagnosticList diagnostics;
        core::TablePreview p = core::previewTable(*registry, file.path, file.importerId, options, 60, diagnostics);
        if (p.ok && p.headerRow == kNone) {
            // Why the importer found no header with these choices: its own words when it said.
            p.problem = "No header row found: choose the row that holds the column headings.";
            for (const core::Diagnostic& d : diagnostics.all())
                if (d.severity >= core::Severity::Warning && d.code == "preview-options") p.problem = d.message;
        }
        return p;
    };
    preview.trialImport = [registry = host_.registry(), file](const Properties& options) {
        core::DiagnosticList diagnostics;
        core::ImportSettings settings;
        settings.forcedImporter = file.importerId;
        settings.options = options;
        settings.diagnostics = &diagnostics;
        core::ImportResult r = core::importFile(*registry, file.path, settings);
        return r.ok ? r.set.findings : std::vector<Finding>{};
    };
    return preview;
}

void MainFrame::startNextImport() {
    if (job_ || queue_.empty()) return;
    job_ = std::make_shared<ImportJob>();
    job_->requests = std::move(queue_.front());
    queue_.pop_front();
    job_->registry = host_.registry();
    job_->frame = this;
    importBar_->start(job_->requests.size());
    importBar_->Show();
    importBar_->GetParent()->Layout();
    SetStatusText(wxString::Format(L"Importing %zu file%s\u2026", job_->requests.size(),
                                   job_->requests.size() == 1 ? "" : "s"),
                  0);

    UiContinuation done([job = job_] {
        if (job->frame) job->frame->importFinished();
    });
    importWorker_ = WorkerThread([job = job_, done]() mutable {
        job->result = runImportBatch(
            *job->registry, job->requests, job->cancel,
            [job](size_t finished, size_t total, const std::string& path) {
                // Copies of the shared_ptr only: the window is looked at on the UI thread.
                postToUi([job, finished, total, path] {
                    if (job->frame) job->frame->importProgress(finished, total, path);
                });
            });
        done.post();
    });
}

void MainFrame::importProgress(size_t done, size_t total, const std::string& path) {
    if (!job_) return;
    importBar_->progress(done, total, wxFileName(wxs(path)).GetFullName());
}

void MainFrame::cancelImport() {
    if (!job_) return;
    job_->cancel = true;
    importBar_->cancelling();
    queue_.clear();
}

void MainFrame::importFinished() {
    importWorker_.join();
    std::shared_ptr<ImportJob> job = std::move(job_);
    BatchResult& result = job->result;
    log_->addOutcomes(result.outcomes);
    const size_t files = result.outcomes.size() - result.failed();
    const size_t findings = result.imported.findings.size();
    std::vector<std::string> refused;
    if (!result.imported.sources.empty() || findings > 0) {
        editor_->commitPending();
        refused = document_.appendImport(std::move(result.imported),
                                         wxString::Format("Import of %zu File%s", files, files == 1 ? "" : "s").utf8_string());
    }
    // A file already in the project is not imported twice: say so where the user looks —
    // the import log and a message bar over the table, which cannot be missed.
    for (const auto& why : refused) log_->addNote("Not imported again", wxEmptyString, wxs(why));
    size_t duplicates = refused.size();
    wxString firstDuplicate = refused.empty() ? wxString() : wxs(refused.front());
    for (const auto& o : result.outcomes)
        for (const auto& d : o.diagnostics)
            if (d.code == "duplicate-source") {
                if (duplicates++ == 0) firstDuplicate = wxs(d.message);
            }
    if (duplicates > 0)
        messageBar_->ShowMessage(duplicates == 1 ? firstDuplicate + " (see the import log)"
                                                 : wxString::Format("%zu files were already imported and were not "
                                                                    "imported again (see the import log).",
                                                                    duplicates),
                                 wxICON_WARNING);
    importBar_->Hide();
    importBar_->GetParent()->Layout();
    wxString message = wxString::Format("Imported %zu finding%s from %zu file%s", findings,
                                        findings == 1 ? "" : "s", files, files == 1 ? "" : "s");
    if (result.failed()) {
        message += wxString::Format("; %zu file%s not imported (see the import log)", result.failed(),
                                    result.failed() == 1 ? "" : "s");
        showLowerPage(PageImportLog);
    }
    if (!refused.empty()) {
        message += wxString::Format("; %zu file%s already in the project, not imported again (see the import log)",
                                    refused.size(), refused.size() == 1 ? "" : "s");
        showLowerPage(PageImportLog);
    }
    if (job->cancel) message += " (cancelled)";
    SetStatusText(message, 0);
    if (!current_ && view_->rowCount() > 0) table_->selectRow(0);
    startNextImport();
}

wxString MainFrame::importWildcard() const {
    // Filters per kind of file, from what the loaded importers read: a tracker is a
    // spreadsheet, a project ends .findings.json, everything else is a letter or report.
    wxString letters, trackers;
    const wxArrayString trackerExts = wxSplit("xlsx,xlsm,xls,ods,csv,tsv", ',');
    for (const auto& importer : host_.registry()->importers())
        for (const auto& ext : importer.extensions()) {
            const wxString pattern = "*." + wxs(ext);
            wxString& list = trackerExts.Index(wxs(ext), false) != wxNOT_FOUND ? trackers : letters;
            if (ext == "json" || list.Find(pattern + ";") != wxNOT_FOUND || list.EndsWith(pattern)) continue;
            list += (list.empty() ? "" : ";") + pattern;
        }
    wxString out;
    auto add = [&out](const wxString& name, const wxString& patterns) {
        if (patterns.empty()) return;
        out += (out.empty() ? "" : "|") + name + " (" + patterns + ")|" + patterns;
    };
    add("Letters and reports", letters);
    add("Trackers", trackers);
    add("Findings projects", "*.findings.json");
    out += (out.empty() ? "" : "|") + wxString("All files|*");
    return out;
}

void MainFrame::onImportCommand() {
    wxFileDialog dialog(this, "Import Files", StudioSettings::lastImportFolder(), wxEmptyString,
                        importWildcard(), wxFD_OPEN | wxFD_MULTIPLE | wxFD_FILE_MUST_EXIST);
    if (dialog.ShowModal() != wxID_OK) return;
    wxArrayString chosen;
    dialog.GetPaths(chosen);
    std::vector<std::string> paths;
    for (const auto& p : chosen) paths.push_back(utf8(p));
    importPaths(paths);
}

}  // namespace findings::studio
