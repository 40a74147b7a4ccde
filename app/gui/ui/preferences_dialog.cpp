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

    auto* grid = new wxFlexGridSizer(2, gap, 2 * gap);
    grid->AddGrowableCol(1);
    grid->Add(new wxStaticText(this, wxID_ANY, "Default &export format:"), 0, wxALIGN_CENTER_VERTICAL);
    grid->Add(exporter_, 1, wxEXPAND);
    grid->Add(new wxStaticText(this, wxID_ANY, "&Autosave every (minutes):"), 0, wxALIGN_CENTER_VERTICAL);
    grid->Add(autosave_, 0);
    grid->Add(new wxStaticText(this, wxID_ANY, "&Low confidence is under (%):"), 0, wxALIGN_CENTER_VERTICAL);
    grid->Add(lowConfidence_, 0);
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
}

}  // namespace findings::studio
