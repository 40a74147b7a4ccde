// The plugins and taxonomy the application works with: loads the registry from the default
// folders plus any given on the command line, and can rescan (the Plugins dialog). Jobs
// hold the registry by shared_ptr, so a rescan never unloads a plugin an import is using.
#pragma once

#include <findings/core/plugin_registry.hpp>
#include <findings/core/theme_labels.hpp>

#include <memory>
#include <string>
#include <vector>

namespace findings::studio {

struct PluginHostOptions {
    std::vector<std::string> extraDirs; ///< --plugin-dir folders, searched after the defaults
    bool defaultDirs = true;            ///< search the default folders
};

class PluginHost {
public:
    explicit PluginHost(PluginHostOptions options);

    /// Loads everything again from the same folders.
    void rescan();

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
