// The Export dialog: choose an exporter from those loaded, fill in its declared options
// (drawn by OptionForm), pick the target file, and export off the UI thread. It ends by
// offering to open the file or its folder.
#pragma once

#include "ui/ui_thread.hpp"

#include <findings/format/findings_set.hpp>
#include <findings/core/plugin_registry.hpp>
#include <findings/core/theme_labels.hpp>

#include <wx/dialog.h>
#include <wx/timer.h>

#include <atomic>
#include <memory>
#include <string>
#include <vector>

class wxButton;
class wxChoice;
class wxRadioButton;
class wxFilePickerCtrl;
class wxGauge;
class wxStaticText;

namespace findings::studio {

class OptionForm;

struct ExportRequest {
    std::shared_ptr<const core::PluginRegistry> registry;
    std::shared_ptr<const findings::FindingsSet> findings; ///< a snapshot: edits made meanwhile do not leak in
    /// The findings the table shows now (subsetForExport), or null when it shows them all:
    /// the dialog then offers "only the findings shown now" beside everything.
    std::shared_ptr<const findings::FindingsSet> shown;
    const core::ThemeLabels* themes = nullptr;         ///< outlives the dialog
    std::vector<std::string> inputs;                   ///< files never to overwrite
    wxString folder;                                   ///< where the file picker starts
    wxString baseName;                                 ///< suggested file name without extension
    std::string preferredExporter;                     ///< preselected id, or ""
};

class ExportDialog final : public wxDialog {
public:
    ExportDialog(wxWindow* parent, ExportRequest request);
    ~ExportDialog() override;

    enum class State { Editing, Running, Done, Failed };
    State state() const { return state_; }
    /// The last outcome, for people.
    wxString message() const;
    /// The file written by the last successful export.
    const std::string& writtenPath() const { return written_; }

    /// Selects an exporter by id; false when it is not loaded.
    bool selectExporter(const std::string& id);
    std::string selectedExporter() const;
    void setTarget(const wxString& path);
    wxString target() const;
    OptionForm* optionForm() const { return form_; }
    /// "Only the findings shown now" (false: every finding). Only when the table is filtered.
    void setShownOnly(bool on);
    bool shownOnly() const;
    /// The findings the export writes with the choices made now.
    const findings::FindingsSet& chosenFindings() const;

    /// Starts the export as the Export button does; false (with the reason shown) when the
    /// choices are incomplete.
    bool startExport();

private:
    struct Job;
    void exporterChanged();
    void finished();
    void setState(State state, const wxString& message);
    void restoreOptions();
    void rememberOptions() const;

    ExportRequest request_;
    std::vector<core::ExporterEntry> exporters_;
    wxChoice* exporter_;
    wxRadioButton* everything_ = nullptr;
    wxRadioButton* shownOnly_ = nullptr;
    wxStaticText* description_;
    OptionForm* form_;
    wxFilePickerCtrl* target_;
    wxStaticText* status_;
    wxGauge* gauge_;
    wxButton* export_;
    wxButton* openFile_;
    wxButton* openFolder_;
    wxButton* close_;
    wxTimer pulse_; ///< keeps the gauge moving while the worker runs
    State state_ = State::Editing;
    std::shared_ptr<Job> job_;
    WorkerThread worker_;
    std::string written_;
};

}  // namespace findings::studio
