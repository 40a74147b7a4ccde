#include "model/plugin_host.hpp"


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
    folders_ = core::pluginSearchDirs(options_.extraDirs, options_.defaultDirs,
                                      core::currentExecutablePath());
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
