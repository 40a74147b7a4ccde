// The plugins and taxonomy the application works with: loads the registry from the default
// folders plus any given on the command line, and can rescan (the Plugins dialog). Jobs
// hold the registry by shared_ptr, so a rescan never unloads a plugin an import is using.
#pragma once

#include <findings/core/isolation.hpp>
#include <findings/core/plugin_registry.hpp>
#include <findings/core/theme_labels.hpp>

#include <memory>
#include <string>
#include <vector>

namespace findings::studio {

struct PluginHostOptions {
    std::vector<std::string> extraDirs; ///< --plugin-dir folders, searched before the defaults
    bool defaultDirs = true;            ///< search the default folders
    /// Plugins are scanned in a child process and run in worker processes with these
    /// limits (Preferences), unless in-process (--in-process).
    core::IsolationSettings isolation;
};

class PluginHost {
public:
    explicit PluginHost(PluginHostOptions options);

    /// Loads everything again from the same folders.
    void rescan();
    /// New memory and time limits for imports from now on (a fresh pool of workers; an
    /// import already running keeps its own).
    void setLimits(const core::WorkerLimits& limits);
    const core::WorkerLimits& limits() const { return options_.isolation.limits; }

    std::shared_ptr<const core::PluginRegistry> registry() const { return registry_; }
    const core::ThemeLabels& themes() const { return themes_; }
    /// Why the taxonomy could not be read, or "".
    const std::string& themeProblem() const { return themeProblem_; }
    /// Every folder searched, in order.
    const std::vector<std::string>& folders() const { return folders_; }
    /// The user's own plugin folder (~/.local/share/findings-studio/plugins).
    static std::string userPluginFolder();

private:
    PluginHostOptions options_;
    std::vector<std::string> folders_;
    std::shared_ptr<const core::PluginRegistry> registry_;
    core::ThemeLabels themes_;
    std::string themeProblem_;
};

}  // namespace findings::studio
