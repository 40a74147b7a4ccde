#include <findings/core/isolation.hpp>

#include <findings/core/host_services.hpp>

#include <findings/core/plugin_scan.hpp>
#include <findings/core/worker_pool.hpp>

namespace findings::core {

void loadPlugins(PluginRegistry& registry, const std::vector<std::string>& dirs,
                 const IsolationSettings& settings) {
    if (settings.inProcess) {
        for (const auto& d : dirs) registry.loadFolder(d);
        return;
    }
    const std::string worker =
        settings.workerExecutable.empty() ? findWorkerExecutable() : settings.workerExecutable;
    ScanOptions scan;
    scan.executable = worker;
    scan.cacheFile = settings.scanCacheFile.empty() ? defaultScanCacheFile() : settings.scanCacheFile;
    scan.memoryMB = settings.limits.memoryMB;
    registry.loadFolders(dirs, [&](const std::vector<std::string>& paths) { return scanPlugins(paths, scan); });
    std::vector<std::string> loaded;
    for (const auto& p : registry.plugins()) loaded.push_back(p->path);
    registry.setWorkers(std::make_shared<WorkerPool>(
        WorkerOptions{worker, settings.limits, 0, registry.services().taxonomyFolders()}, loaded));
}

}  // namespace findings::core
