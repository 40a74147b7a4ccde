// Tools › Preferences: the default exporter, how often to autosave, whether to preview
// spreadsheets before importing, what counts as low confidence, and the memory and time
// each import may use in its worker process. Saved with wxConfig.
#pragma once

#include <findings/core/plugin_registry.hpp>

#include <wx/dialog.h>

#include <string>
#include <vector>

class wxCheckBox;
class wxChoice;
class wxSpinCtrl;

namespace findings::studio {

class PreferencesDialog final : public wxDialog {
public:
    PreferencesDialog(wxWindow* parent, const core::PluginRegistry& registry);
    /// Writes the controls to the settings (OK does this).
    void save();

    wxChoice* exporterChoice() const { return exporter_; }
    wxSpinCtrl* autosaveControl() const { return autosave_; }
    wxCheckBox* previewControl() const { return preview_; }
    wxSpinCtrl* lowConfidenceControl() const { return lowConfidence_; }
    wxSpinCtrl* memoryLimitControl() const { return memoryLimit_; }
    wxSpinCtrl* timeLimitControl() const { return timeLimit_; }

private:
    std::vector<std::string> exporterIds_;
    wxChoice* exporter_;
    wxSpinCtrl* autosave_;
    wxCheckBox* preview_;
    wxSpinCtrl* lowConfidence_;
    wxSpinCtrl* memoryLimit_;
    wxSpinCtrl* timeLimit_;
};

}  // namespace findings::studio
