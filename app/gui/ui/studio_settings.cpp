#include "ui/studio_settings.hpp"

#include <wx/config.h>
#include <wx/fileconf.h>
#include <wx/filename.h>
#include <wx/stdpaths.h>

#include <algorithm>

namespace findings::studio {

void StudioSettings::install() {
    wxStandardPaths::Get().SetFileLayout(wxStandardPaths::FileLayout_XDG);
    // wx 3.2 has no wxCONFIG_USE_XDG and wxFileConfig ignores the XDG layout for its own
    // file, so the path is made here: $XDG_CONFIG_HOME (or ~/.config) with the XDG layout,
    // then findings-studio/findings-studio.conf. wxFileConfig does not create the folder.
    const wxFileName file(wxStandardPaths::Get().GetUserConfigDir() + "/findings-studio",
                          "findings-studio.conf");
    wxFileName::Mkdir(file.GetPath(), wxS_DIR_DEFAULT, wxPATH_MKDIR_FULL);
    wxConfigBase::Set(new wxFileConfig("findings-studio", wxEmptyString, file.GetFullPath(),
                                       wxEmptyString, wxCONFIG_USE_LOCAL_FILE));
}

wxConfigBase& StudioSettings::config() {
    // wxConfigBase::Get creates a default config if install() was not called (tests).
    return *wxConfigBase::Get();
}

namespace {
wxString readString(wxConfigBase& c, const char* key) { return c.Read(key, wxString()); }
}  // namespace

wxString StudioSettings::lastImportFolder() { return readString(config(), "/Paths/Import"); }
void StudioSettings::setLastImportFolder(const wxString& f) { config().Write("/Paths/Import", f); }
wxString StudioSettings::lastProjectFolder() { return readString(config(), "/Paths/Project"); }
void StudioSettings::setLastProjectFolder(const wxString& f) { config().Write("/Paths/Project", f); }
wxString StudioSettings::lastExportFolder() { return readString(config(), "/Paths/Export"); }
void StudioSettings::setLastExportFolder(const wxString& f) { config().Write("/Paths/Export", f); }

wxString StudioSettings::tableColumns() { return readString(config(), "/Table/Columns"); }
void StudioSettings::setTableColumns(const wxString& titles) { config().Write("/Table/Columns", titles); }

wxString StudioSettings::exportOptions(const wxString& exporterId) {
    // Exporter ids are plain identifiers; anything else would change the config path.
    wxString key = exporterId;
    key.Replace("/", "_");
    return readString(config(), "/Export/Options/" + key);
}
void StudioSettings::setExportOptions(const wxString& exporterId, const wxString& options) {
    wxString key = exporterId;
    key.Replace("/", "_");
    config().Write("/Export/Options/" + key, options);
}
bool StudioSettings::exportShownOnly() { return config().ReadBool("/Export/ShownOnly", false); }
void StudioSettings::setExportShownOnly(bool on) { config().Write("/Export/ShownOnly", on); }

wxString StudioSettings::defaultExporter() { return readString(config(), "/Export/DefaultExporter"); }
void StudioSettings::setDefaultExporter(const wxString& id) {
    config().Write("/Export/DefaultExporter", id);
}

int StudioSettings::autosaveMinutes() {
    return std::clamp(static_cast<int>(config().ReadLong("/Autosave/Minutes", 1)), 1, 60);
}
void StudioSettings::setAutosaveMinutes(int m) {
    config().Write("/Autosave/Minutes", static_cast<long>(std::clamp(m, 1, 60)));
}

bool StudioSettings::previewSpreadsheets() { return config().ReadBool("/Import/PreviewSpreadsheets", true); }
void StudioSettings::setPreviewSpreadsheets(bool on) { config().Write("/Import/PreviewSpreadsheets", on); }

int StudioSettings::lowConfidencePercent() {
    return std::clamp(static_cast<int>(config().ReadLong("/Review/LowConfidencePercent", 60)), 1, 100);
}
void StudioSettings::setLowConfidencePercent(int p) {
    config().Write("/Review/LowConfidencePercent", static_cast<long>(std::clamp(p, 1, 100)));
}

core::WorkerLimits StudioSettings::importLimits() {
    core::WorkerLimits limits;
    limits.memoryMB = static_cast<std::uint64_t>(
        std::clamp(config().ReadLong("/Import/MemoryLimitMB", 2048), 64L, 1048576L));
    limits.timeSeconds = static_cast<unsigned>(
        std::clamp(config().ReadLong("/Import/TimeLimitSeconds", 120), 1L, 86400L));
    return limits;
}
void StudioSettings::setImportLimits(const core::WorkerLimits& limits) {
    config().Write("/Import/MemoryLimitMB",
                   std::clamp(static_cast<long>(limits.memoryMB), 64L, 1048576L));
    config().Write("/Import/TimeLimitSeconds",
                   std::clamp(static_cast<long>(limits.timeSeconds), 1L, 86400L));
}

}  // namespace findings::studio
