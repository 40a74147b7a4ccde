// Typed preferences over wxConfig (the Poedit pattern): every key is named once, here.
// The config file follows the XDG layout (~/.config/findings-studio/findings-studio.conf).
#pragma once

#include <findings/core/worker_process.hpp>

#include <wx/string.h>

class wxConfigBase;

namespace findings::studio {

class StudioSettings {
public:
    /// Creates the application's wxConfig in the XDG layout and makes it the global one.
    static void install();

    static wxString lastImportFolder();
    static void setLastImportFolder(const wxString& folder);
    static wxString lastProjectFolder();
    static void setLastProjectFolder(const wxString& folder);
    static wxString lastExportFolder();
    static void setLastExportFolder(const wxString& folder);

    /// Exporter id preselected in the Export dialog ("" for the first).
    static wxString defaultExporter();
    static void setDefaultExporter(const wxString& id);

    /// The findings table's shown columns, by column title, comma-separated; "" when the
    /// user never chose (the defaults apply).
    static wxString tableColumns();
    static void setTableColumns(const wxString& titles);

    /// The options last used with an exporter ("name=value" per line), and whether the
    /// export held only the findings shown then.
    static wxString exportOptions(const wxString& exporterId);
    static void setExportOptions(const wxString& exporterId, const wxString& options);
    static bool exportShownOnly();
    static void setExportShownOnly(bool on);

    /// Minutes between autosaves (1–60).
    static int autosaveMinutes();
    static void setAutosaveMinutes(int minutes);

    /// Show the spreadsheet preview before importing a tracker.
    static bool previewSpreadsheets();
    static void setPreviewSpreadsheets(bool on);

    /// "Low confidence" means under this percentage (1–100).
    static int lowConfidencePercent();
    static void setLowConfidencePercent(int percent);

    /// Memory (MB, 64–1048576) and time (s, 1–86400) each import may use in its worker.
    static core::WorkerLimits importLimits();
    static void setImportLimits(const core::WorkerLimits& limits);

    /// The group wxFileHistory keeps recent projects in.
    static wxString recentFilesGroup() { return "/RecentFiles"; }

private:
    static wxConfigBase& config();
};

}  // namespace findings::studio
