// Trying plugin files in a child process before the host loads them, as DAWs scan audio
// plugins: a file that crashes or hangs while loading (a truncated library that SIGBUSes, an
// entry point that segfaults) becomes a load failure with its cause, and the rest load.
// Verdicts are cached by path, size and modification time, so a file is tried once until it
// changes; the cache is only an optimisation, and a run that cannot write it scans again.
#pragma once

#include <findings/core/worker_process.hpp>

#include <string>
#include <vector>

namespace findings::core {

struct ScanOptions {
    std::string executable;   ///< the worker executable (findWorkerExecutable())
    std::string cacheFile;    ///< where verdicts are kept; "" for no cache
    unsigned timeSeconds = 30; ///< longer than this while loading counts as a hang
    std::uint64_t memoryMB = 2048;
};

/// The scan cache's default place: `$FINDINGS_CACHE_DIR/plugin-scan.json` (tests point it at
/// a temporary folder), else `$XDG_CACHE_HOME/findings-studio/plugin-scan.json`, or
/// `~/.cache/findings-studio/plugin-scan.json`.
std::string defaultScanCacheFile();

/// For each of `paths`: "" when the file loads as a plugin in a child process, else why not
/// ("crashed (SIGBUS) while loading", "not a loadable plugin library: ...").
std::vector<std::string> scanPlugins(const std::vector<std::string>& paths, const ScanOptions& options);

}  // namespace findings::core
