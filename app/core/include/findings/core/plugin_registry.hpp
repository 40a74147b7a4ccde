// Finding, loading and checking plugins. A plugin is a shared library with the suffix
// FND_PLUGIN_SUFFIX exporting FND_ENTRY_SYMBOL. Anything wrong with one file (not a library,
// no entry symbol, another major ABI, a duplicate id) becomes a one-line LoadFailure naming
// the file, and the other plugins still load.
#pragma once

#include <findings/plugin.h>

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace Poco { class SharedLibrary; }

namespace findings::core {

class WorkerPool;
class HostServices;

/// One loaded plugin library.
struct LoadedPlugin {
    std::string path;             ///< absolute path of the library file
    std::string dir;              ///< its folder (handed to the plugin as plugin_dir)
    const fnd_plugin* descriptor; ///< owned by the library
    std::shared_ptr<Poco::SharedLibrary> library;

    std::string id() const;
    std::string name() const;
    std::string version() const;
    std::string vendor() const;
    std::string description() const;
    /// "1.0": the SDK version the plugin was built with.
    std::string sdkVersionText() const;
    /// True for the plugins that ship with Findings Studio: their ids are in the reserved
    /// namespace kBuiltInIdPrefix, which third parties must not use.
    bool builtIn() const;
};

/// The id namespace of the plugins that ship with Findings Studio.
inline constexpr std::string_view kBuiltInIdPrefix = "uk.findings.";

/// A file that looked like a plugin but could not be used.
struct LoadFailure {
    std::string path;
    std::string reason;
};

/// A plugin file not loaded because a plugin of the same id was loaded first from an earlier
/// folder of the search order (pluginSearchDirs): an explicit --plugin-dir shadows an
/// installed copy. Not a failure, but worth a warning naming both files.
struct ShadowedPlugin {
    std::string path; ///< the copy not loaded
    std::string id;
    std::string by;   ///< the path of the copy loaded instead
};

/// An importer or exporter together with the plugin that offers it.
struct ImporterEntry {
    const LoadedPlugin* plugin;
    const fnd_importer* importer;
    std::string id() const;
    std::string name() const;
    std::vector<std::string> extensions() const;
    /// True when the importer declares option `key` (or a family "prefix.*" covering it).
    bool declaresOption(std::string_view key) const;
};
struct ExporterEntry {
    const LoadedPlugin* plugin;
    const fnd_exporter* exporter;
    std::string id() const;
    std::string name() const;
    std::vector<std::string> extensions() const;
    /// True when the exporter declares option `key` (or a family "prefix.*" covering it).
    bool declaresOption(std::string_view key) const;
};

/// The plugin folders searched by default, in order: the folder installed beside the
/// binaries (`<exe>/../lib/findings/plugins`), each folder of $FINDINGS_PLUGIN_PATH, and the
/// user's folder (`$XDG_DATA_HOME` or `~/.local/share`, then `findings-studio/plugins`).
std::vector<std::string> defaultPluginDirs(const std::string& executablePath);

/// The folders plugins are loaded from, in order: `explicitDirs` (--plugin-dir) first, so
/// that the copy a person names wins over an installed plugin of the same id, then the
/// defaults when `withDefaults`. A folder named twice is searched once (at its first place).
std::vector<std::string> pluginSearchDirs(const std::vector<std::string>& explicitDirs,
                                          bool withDefaults, const std::string& executablePath);

/// The user's data folder: `$XDG_DATA_HOME/findings-studio` or `~/.local/share/findings-studio`.
std::string userDataDir();

/// Path of the running executable (from /proc/self/exe), or "" when unknown.
std::string currentExecutablePath();

class PluginRegistry {
public:
    PluginRegistry();
    ~PluginRegistry();
    PluginRegistry(const PluginRegistry&) = delete;
    PluginRegistry& operator=(const PluginRegistry&) = delete;

    /// Loads every FND_PLUGIN_SUFFIX file in `dir` (sorted by name, not recursive).
    /// A missing folder is not an error (most users have no user plugin folder).
    void loadFolder(const std::string& dir);
    /// Loads one file; returns false and records a LoadFailure when it cannot be used, or a
    /// ShadowedPlugin when a plugin of its id was already loaded from another folder (two
    /// of one id in the same folder are a LoadFailure: neither is clearly meant).
    bool loadFile(const std::string& path);

    /// Checks plugin files before they are loaded here: for each path, "" when it may be
    /// loaded, else why not. The scan in a child process (plugin_scan.hpp) is one.
    using PreloadCheck =
        std::function<std::vector<std::string>(const std::vector<std::string>& paths)>;
    /// Loads every plugin file of `dirs` (as loadFolder) that `check` passes; the others
    /// become LoadFailures with the check's reason.
    void loadFolders(const std::vector<std::string>& dirs, const PreloadCheck& check);

    /// What the host serves plugin calls beyond diagnostics (host_services.hpp). Loading a
    /// folder makes the folders searched so far where its taxonomy is looked for
    /// (findTaxonomyFile), as the CLI and the desktop application find their theme labels.
    HostServices& services() const { return *services_; }

    /// The worker processes identify and import run in, or null to run them in this process.
    const std::shared_ptr<WorkerPool>& workers() const { return workers_; }
    void setWorkers(std::shared_ptr<WorkerPool> pool) { workers_ = std::move(pool); }

    const std::vector<std::unique_ptr<LoadedPlugin>>& plugins() const { return plugins_; }
    const std::vector<LoadFailure>& failures() const { return failures_; }
    const std::vector<ShadowedPlugin>& shadowed() const { return shadowed_; }
    /// Folders searched so far, in order.
    const std::vector<std::string>& searchedFolders() const { return folders_; }

    std::vector<ImporterEntry> importers() const;
    std::vector<ExporterEntry> exporters() const;
    /// The importer or exporter with this id, or an empty optional-like ref (plugin null).
    ImporterEntry findImporter(std::string_view id) const;
    ExporterEntry findExporter(std::string_view id) const;

private:
    std::string checkDescriptor(const fnd_plugin* d) const;
    /// The plugin files of `dir`, sorted by name; records it as searched.
    std::vector<std::string> pluginFilesIn(const std::string& dir);
    std::vector<std::unique_ptr<LoadedPlugin>> plugins_;
    std::vector<LoadFailure> failures_;
    std::vector<ShadowedPlugin> shadowed_;
    std::vector<std::string> folders_;
    std::unique_ptr<HostServices> services_;
    // Declared last: the workers (which load the same files) end before the libraries unload.
    std::shared_ptr<WorkerPool> workers_;
};

}  // namespace findings::core
