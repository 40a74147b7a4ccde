#include "ui/preferences_dialog.hpp"

#include "ui/control_sizing.hpp"
#include "ui/studio_settings.hpp"
#include "ui/wx_text.hpp"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>

namespace findings::studio {

PreferencesDialog::PreferencesDialog(wxWindow* parent, const core::PluginRegistry& registry)
    : wxDialog(parent, wxID_ANY, "Preferences") {
    SetName("preferences-dialog");
    const int gap = FromDIP(6);
    exporter_ = new wxChoice(this, wxID_ANY);
    exporter_->SetName("pref-default-exporter");
    exporter_->Append("(first available)");
    exporterIds_.push_back("");
    const std::string current = utf8(StudioSettings::defaultExporter());
    int selected = 0;
    for (const auto& e : registry.exporters()) {
        if (e.id() == current) selected = static_cast<int>(exporterIds_.size());
        exporterIds_.push_back(e.id());
        exporter_->Append(wxs(e.name()));
    }
    exporter_->SetSelection(selected);
    fitChoiceToItems(exporter_);
    autosave_ = new wxSpinCtrl(this, wxID_ANY);
    autosave_->SetName("pref-autosave-minutes");
    autosave_->SetRange(1, 60);
    autosave_->SetValue(StudioSettings::autosaveMinutes());
    preview_ = new wxCheckBox(this, wxID_ANY, "&Preview spreadsheets before importing them");
    preview_->SetName("pref-preview-spreadsheets");
    preview_->SetValue(StudioSettings::previewSpreadsheets());
    lowConfidence_ = new wxSpinCtrl(this, wxID_ANY);
    lowConfidence_->SetName("pref-low-confidence");
    lowConfidence_->SetRange(1, 100);
    lowConfidence_->SetValue(StudioSettings::lowConfidencePercent());
    const core::WorkerLimits limits = StudioSettings::importLimits();
    memoryLimit_ = new wxSpinCtrl(this, wxID_ANY);
    memoryLimit_->SetName("pref-memory-limit");
    memoryLimit_->SetRange(64, 1048576);
    memoryLimit_->SetValue(static_cast<int>(limits.memoryMB));
    memoryLimit_->SetHelpText("An import that needs more memory than this stops, and only its file fails.");
    timeLimit_ = new wxSpinCtrl(this, wxID_ANY);
    timeLimit_->SetName("pref-time-limit");
    timeLimit_->SetRange(1, 86400);
    timeLimit_->SetValue(static_cast<int>(limits.timeSeconds));
    timeLimit_->SetHelpText("A file that takes longer than this to import is stopped and reported.");

    auto* grid = new wxFlexGridSizer(2, gap, 2 * gap);
    grid->AddGrowableCol(1);
    grid->Add(new wxStaticText(this, wxID_ANY, "Default &export format:"), 0, wxALIGN_CENTER_VERTICAL);
    grid->Add(exporter_, 1, wxEXPAND);
    grid->Add(new wxStaticText(this, wxID_ANY, "&Autosave every (minutes):"), 0, wxALIGN_CENTER_VERTICAL);
    grid->Add(autosave_, 0);
    grid->Add(new wxStaticText(this, wxID_ANY, "&Low confidence is under (%):"), 0, wxALIGN_CENTER_VERTICAL);
    grid->Add(lowConfidence_, 0);
    grid->Add(new wxStaticText(this, wxID_ANY, "&Memory per import (MB):"), 0, wxALIGN_CENTER_VERTICAL);
    grid->Add(memoryLimit_, 0);
    grid->Add(new wxStaticText(this, wxID_ANY, "&Time per file (seconds):"), 0, wxALIGN_CENTER_VERTICAL);
    grid->Add(timeLimit_, 0);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(grid, 0, wxEXPAND | wxALL, gap);
    sizer->Add(preview_, 0, wxLEFT | wxRIGHT | wxBOTTOM, gap);
    sizer->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, gap);
    SetSizerAndFit(sizer);
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        save();
        EndModal(wxID_OK);
    }, wxID_OK);
    CentreOnParent();
}

void PreferencesDialog::save() {
    const int n = exporter_->GetSelection();
    StudioSettings::setDefaultExporter(n > 0 ? wxs(exporterIds_[static_cast<size_t>(n)]) : wxString());
    StudioSettings::setAutosaveMinutes(autosave_->GetValue());
    StudioSettings::setPreviewSpreadsheets(preview_->GetValue());
    StudioSettings::setLowConfidencePercent(lowConfidence_->GetValue());
    core::WorkerLimits limits;
    limits.memoryMB = static_cast<std::uint64_t>(memoryLimit_->GetValue());
    limits.timeSeconds = static_cast<unsigned>(timeLimit_->GetValue());
    StudioSettings::setImportLimits(limits);
}

}  // namespace findings::studio
