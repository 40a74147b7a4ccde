#include "model/plugin_host.hpp"

#include <filesystem>
#include <set>

namespace findings::studio {

PluginHost::PluginHost(PluginHostOptions options) : options_(std::move(options)) { rescan(); }

void PluginHost::setLimits(const core::WorkerLimits& limits) {
    if (limits.memoryMB == options_.isolation.limits.memoryMB &&
        limits.timeSeconds == options_.isolation.limits.timeSeconds)
        return;
    options_.isolation.limits = limits;
    rescan();
}

std::string PluginHost::userPluginFolder() { return core::userDataDir() + "/plugins"; }

void PluginHost::rescan() {
    folders_.clear();
    std::vector<std::string> wanted;
    if (options_.defaultDirs) wanted = core::defaultPluginDirs(core::currentExecutablePath());
    wanted.insert(wanted.end(), options_.extraDirs.begin(), options_.extraDirs.end());
    // A folder named twice (--plugin-dir pointing at the default one) is searched once:
    // loading it again would only report every plugin in it as a duplicate.
    std::set<std::string> seen;
    for (const auto& d : wanted) {
        std::error_code ec;
        const std::filesystem::path canonical = std::filesystem::weakly_canonical(d, ec);
        if (seen.insert(ec ? d : canonical.string()).second) folders_.push_back(d);
    }
    auto registry = std::make_shared<core::PluginRegistry>();
    core::loadPlugins(*registry, folders_, options_.isolation);
    registry_ = std::move(registry);
    themeProblem_.clear();
    try {
        themes_ = core::ThemeLabels::find(folders_);
    } catch (const std::exception& e) {
        themes_ = {};
        themeProblem_ = e.what();
    }
}

}  // namespace findings::studio
