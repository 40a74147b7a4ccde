// How the CLI and the desktop application load plugins and run them: by default each plugin
// file is first tried in a child process (plugin_scan.hpp) and identify and import run in
// worker processes with memory and time limits (worker_pool.hpp); in-process for debugging.
#pragma once

#include <findings/core/plugin_registry.hpp>
#include <findings/core/worker_process.hpp>

#include <string>
#include <vector>

namespace findings::core {

struct IsolationSettings {
    bool inProcess = false;         ///< load and run plugins in this process (--in-process)
    WorkerLimits limits;            ///< --memory-limit, --time-limit
    std::string workerExecutable;   ///< "" for findWorkerExecutable()
    std::string scanCacheFile;      ///< "" for defaultScanCacheFile()
};

/// Loads the plugins of `dirs` into `registry` and, unless in-process, gives it the worker
/// pool its imports run in.
void loadPlugins(PluginRegistry& registry, const std::vector<std::string>& dirs,
                 const IsolationSettings& settings);

}  // namespace findings::core
