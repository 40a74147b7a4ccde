#include "ui/export_dialog.hpp"

#include "ui/option_form.hpp"
#include "ui/studio_settings.hpp"
#include "ui/wx_text.hpp"

#include <findings/core/export_service.hpp>
#include <findings/sdk/convert.hpp>

#include <sstream>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/filename.h>
#include <wx/filepicker.h>
#include <wx/gauge.h>
#include <wx/radiobut.h>
#include <wx/sizer.h>
#include <wx/statbox.h>
#include <wx/stattext.h>
#include <wx/timer.h>
#include <wx/utils.h>
#include <wx/weakref.h>

namespace findings::studio {

struct ExportDialog::Job {
    std::atomic<bool> cancel{false};
    std::string target;
    std::string error;                         ///< "" on success
    std::vector<core::Diagnostic> diagnostics;
    wxWeakRef<ExportDialog> dialog;            ///< touched on the UI thread only
};

ExportDialog::ExportDialog(wxWindow* parent, ExportRequest request)
    : wxDialog(parent, wxID_ANY, "Export Findings", wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      request_(std::move(request)), pulse_(this) {
    SetName("export-dialog");
    // The gauge pulses while the worker runs (exporters report no fraction we rely on).
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) {
        if (state_ == State::Running) gauge_->Pulse();
        else pulse_.Stop();
    });
    exporters_ = request_.registry->exporters();
    const int gap = FromDIP(6);

    exporter_ = new wxChoice(this, wxID_ANY);
    exporter_->SetName("export-format");
    exporter_->SetHelpText("The exporter plugin that writes the file.");
    for (const auto& e : exporters_) {
        std::string exts;
        for (const auto& x : e.extensions()) exts += (exts.empty() ? "." : ", .") + x;
        exporter_->Append(wxs(e.name() + (exts.empty() ? "" : " (" + exts + ")")));
    }
    description_ = new wxStaticText(this, wxID_ANY, wxEmptyString);
    if (request_.shown) {
        // The table is filtered: the shown findings are often what a meeting asked for.
        everything_ = new wxRadioButton(this, wxID_ANY,
                                        wxString::Format("&All %zu findings", request_.findings->findings.size()),
                                        wxDefaultPosition, wxDefaultSize, wxRB_GROUP);
        everything_->SetName("export-everything");
        shownOnly_ = new wxRadioButton(this, wxID_ANY,
                                       wxString::Format("Only the %zu findings &shown now", request_.shown->findings.size()));
        shownOnly_->SetName("export-shown-only");
        (StudioSettings::exportShownOnly() ? shownOnly_ : everything_)->SetValue(true);
    }
    form_ = new OptionForm(this);
    target_ = new wxFilePickerCtrl(this, wxID_ANY, wxEmptyString, "Export To",
                                   wxFileSelectorDefaultWildcardStr, wxDefaultPosition, wxDefaultSize,
                                   wxFLP_SAVE | wxFLP_OVERWRITE_PROMPT | wxFLP_USE_TEXTCTRL);
    target_->SetName("export-target");
    target_->SetHelpText("The file to write.");
    status_ = new wxStaticText(this, wxID_ANY, wxEmptyString);
    status_->SetName("export-status");
    gauge_ = new wxGauge(this, wxID_ANY, 100);
    gauge_->Hide();
    export_ = new wxButton(this, wxID_OK, "&Export");
    export_->SetDefault();
    openFile_ = new wxButton(this, wxID_ANY, "Open &File");
    openFile_->SetName("export-open-file");
    openFolder_ = new wxButton(this, wxID_ANY, "Open Fol&der");
    openFolder_->SetName("export-open-folder");
    close_ = new wxButton(this, wxID_CANCEL, "&Close");
    openFile_->Hide();
    openFolder_->Hide();

    auto* grid = new wxFlexGridSizer(2, gap, 2 * gap);
    grid->AddGrowableCol(1);
    grid->Add(new wxStaticText(this, wxID_ANY, "&Format:"), 0, wxALIGN_CENTER_VERTICAL);
    grid->Add(exporter_, 1, wxEXPAND);
    grid->AddSpacer(0);
    grid->Add(description_, 1, wxEXPAND);
    grid->Add(new wxStaticText(this, wxID_ANY, "&Save to:"), 0, wxALIGN_CENTER_VERTICAL);
    grid->Add(target_, 1, wxEXPAND);
    if (everything_) {
        auto* which = new wxBoxSizer(wxHORIZONTAL);
        which->Add(everything_, 0, wxRIGHT, 3 * gap);
        which->Add(shownOnly_, 0);
        grid->Add(new wxStaticText(this, wxID_ANY, "Findings:"), 0, wxALIGN_CENTER_VERTICAL);
        grid->Add(which, 1, wxEXPAND);
    }
    auto* options = new wxStaticBoxSizer(wxVERTICAL, this, "Options");
    options->Add(form_, 1, wxEXPAND);
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(openFile_, 0, wxRIGHT, gap);
    buttons->Add(openFolder_, 0, wxRIGHT, gap);
    buttons->AddStretchSpacer();
    buttons->Add(close_, 0, wxRIGHT, gap);
    buttons->Add(export_, 0);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(grid, 0, wxEXPAND | wxALL, gap);
    sizer->Add(options, 1, wxEXPAND | wxLEFT | wxRIGHT, gap);
    sizer->Add(status_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, gap);
    sizer->Add(gauge_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, gap);
    sizer->Add(buttons, 0, wxEXPAND | wxALL, gap);
    SetSizer(sizer);
    SetMinSize(wxSize(FromDIP(560), -1));

    exporter_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { exporterChanged(); });
    export_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { startExport(); });
    close_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (job_) job_->cancel = true;  // the worker stops; the dialog closes when it has
        if (state_ == State::Running) return;
        if (IsModal()) EndModal(wxID_CANCEL);
        else Hide();
    });
    openFile_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (!written_.empty()) wxLaunchDefaultApplication(wxs(written_));
    });
    openFolder_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (!written_.empty()) wxLaunchDefaultApplication(wxFileName(wxs(written_)).GetPath());
    });

    if (exporters_.empty()) {
        setState(State::Failed, L"No exporter plugins are loaded (see Tools \u203a Plugins).");
        export_->Disable();
    } else if (!request_.preferredExporter.empty() && selectExporter(request_.preferredExporter)) {
        // the user's default (Preferences, or the last export)
    } else {
        // No default yet: the managers' workbook, when an Excel exporter is loaded.
        int choice = 0;
        for (size_t i = 0; i < exporters_.size() && choice == 0; ++i)
            for (const auto& ext : exporters_[i].extensions())
                if (ext == "xlsx") choice = static_cast<int>(i);
        exporter_->SetSelection(choice);
        exporterChanged();
    }
    Fit();
    CentreOnParent();
}

ExportDialog::~ExportDialog() {
    if (job_) job_->cancel = true;
    worker_.join();
}

bool ExportDialog::selectExporter(const std::string& id) {
    for (size_t i = 0; i < exporters_.size(); ++i)
        if (exporters_[i].id() == id) {
            exporter_->SetSelection(static_cast<int>(i));
            exporterChanged();
            return true;
        }
    return false;
}

std::string ExportDialog::selectedExporter() const {
    const int n = exporter_->GetSelection();
    return n >= 0 && static_cast<size_t>(n) < exporters_.size() ? exporters_[static_cast<size_t>(n)].id()
                                                                : std::string();
}

void ExportDialog::setShownOnly(bool on) {
    if (shownOnly_) (on ? shownOnly_ : everything_)->SetValue(true);
}

bool ExportDialog::shownOnly() const { return shownOnly_ && shownOnly_->GetValue(); }

const findings::FindingsSet& ExportDialog::chosenFindings() const {
    return shownOnly() ? *request_.shown : *request_.findings;
}

void ExportDialog::restoreOptions() {
    // The last export's choices (title, sheets, …) come back: a monthly report is made the
    // same way each month.
    const std::string saved = utf8(StudioSettings::exportOptions(wxs(selectedExporter())));
    std::istringstream lines(saved);
    for (std::string line; std::getline(lines, line);) {
        const size_t eq = line.find('=');
        if (eq != std::string::npos && eq > 0) form_->setValue(line.substr(0, eq), line.substr(eq + 1));
    }
}

void ExportDialog::rememberOptions() const {
    std::string saved;
    for (const auto& [name, value] : form_->values()) {
        // A password is never written to the settings file; a value with a line break
        // would not read back as one line.
        if (name.find("password") != std::string::npos || value.find('\n') != std::string::npos) continue;
        saved += name + "=" + value + "\n";
    }
    StudioSettings::setExportOptions(wxs(selectedExporter()), wxs(saved));
    if (shownOnly_) StudioSettings::setExportShownOnly(shownOnly());
}

void ExportDialog::setTarget(const wxString& path) { target_->SetPath(path); }
wxString ExportDialog::target() const { return target_->GetPath(); }

void ExportDialog::exporterChanged() {
    const int n = exporter_->GetSelection();
    if (n < 0 || static_cast<size_t>(n) >= exporters_.size()) return;
    const core::ExporterEntry& e = exporters_[static_cast<size_t>(n)];
    description_->SetLabel(wxs(toString(e.exporter->description)));
    description_->Wrap(FromDIP(520));
    form_->setOptions(readOptionSpecs(e.exporter->options, e.exporter->option_count));
    restoreOptions();
    // The target takes the exporter's extension.
    const std::vector<std::string> exts = e.extensions();
    const std::string ext = exts.empty() ? std::string() : exts.front();
    wxFileName name(target_->GetPath());
    if (!name.HasName()) name = wxFileName(request_.folder, request_.baseName);
    if (!ext.empty()) name.SetExt(wxs(ext));
    target_->SetPath(name.GetFullPath());
    Layout();
    Fit();
}

void ExportDialog::setState(State state, const wxString& message) {
    state_ = state;
    status_->SetLabel(message);
    status_->SetForegroundColour(state == State::Failed ? wxColour(0xB0, 0x00, 0x20)
                                                        : GetForegroundColour());
    status_->Wrap(FromDIP(520));
    const bool running = state == State::Running;
    gauge_->Show(running);
    if (running) gauge_->Pulse();
    export_->Enable(!running && !exporters_.empty());
    exporter_->Enable(!running);
    if (everything_) {
        everything_->Enable(!running);
        shownOnly_->Enable(!running);
    }
    form_->Enable(!running);
    target_->Enable(!running);
    close_->SetLabel(running ? "&Cancel" : "&Close");
    openFile_->Show(state == State::Done);
    openFolder_->Show(state == State::Done);
    Layout();
    Fit();
}

wxString ExportDialog::message() const { return status_->GetLabel(); }

bool ExportDialog::startExport() {
    if (state_ == State::Running) return false;
    const std::string exporterId = selectedExporter();
    const std::string target = utf8(target_->GetPath());
    if (exporterId.empty() || target.empty()) {
        setState(State::Failed, "Choose a format and a file to export to.");
        return false;
    }
    if (wxFileName(wxs(target)).IsDir() || !wxFileName(wxs(target)).HasName()) {
        setState(State::Failed, "Choose a file name to export to, not a folder.");
        return false;
    }
    job_ = std::make_shared<Job>();
    job_->target = target;
    job_->dialog = this;
    StudioSettings::setLastExportFolder(wxFileName(wxs(target)).GetPath());
    StudioSettings::setDefaultExporter(wxs(exporterId));
    rememberOptions();
    const std::shared_ptr<const findings::FindingsSet> findings = shownOnly() ? request_.shown : request_.findings;
    setState(State::Running, wxString::Format(L"Exporting %zu findings\u2026", findings->findings.size()));

    core::ExportSettings settings;
    settings.exporterId = exporterId;
    settings.options = form_->values();
    settings.themes = request_.themes;
    settings.inputs = request_.inputs;
    UiContinuation done([job = job_] {
        if (job->dialog) job->dialog->finished();
    });
    worker_ = WorkerThread([job = job_, settings, registry = request_.registry,
                            findings, done]() mutable {
        core::DiagnosticList diagnostics;
        settings.diagnostics = &diagnostics;
        settings.cancel = &job->cancel;
        try {
            job->error = core::exportFindings(*registry, *findings, job->target, settings);
        } catch (const std::exception& e) {
            job->error = e.what();
        }
        job->diagnostics = diagnostics.all();
        done.post();
    });
    pulse_.Start(100);
    return true;
}

void ExportDialog::finished() {
    worker_.join();
    std::shared_ptr<Job> job = std::move(job_);
    if (job->error.empty()) {
        written_ = job->target;
        setState(State::Done, wxString::Format("Exported %zu findings to %s.",
                                               chosenFindings().findings.size(), wxs(job->target)));
        openFile_->SetFocus();
        return;
    }
    wxString detail;
    for (const auto& d : job->diagnostics)
        if (d.severity == core::Severity::Error) detail += "\n" + wxs(d.format());
    setState(State::Failed, job->cancel ? wxString("Export cancelled; no file was written.")
                                        : "Export failed: " + wxs(job->error) + detail);
}

}  // namespace findings::studio
