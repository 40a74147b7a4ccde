// Helpers shared by the test suites: temporary folders, running the CLI, reading files.
#pragma once

#include <findings/core/plugin_registry.hpp>
#include <findings/core/worker_process.hpp>

#include <memory>
#include <string>
#include <vector>

namespace testsupport {

/// A fresh folder under the system temp dir, removed with everything in it on destruction.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::string& path() const { return path_; }
    /// path() + "/" + name
    std::string file(const std::string& name) const { return path_ + "/" + name; }

private:
    std::string path_;
};

/// What a finished command did.
struct RunResult {
    int status = -1; ///< exit status, or -1 when it did not exit normally
    std::string out;
    std::string err;
};

/// Runs a command line through /bin/sh, capturing stdout and stderr separately.
RunResult runCommand(const std::string& commandLine);

/// Runs the findings CLI (built in this tree) with `args` (shell-quoted by the caller).
RunResult runCli(const std::string& args);

/// The folder of this test process's plugin scan cache ($FINDINGS_CACHE_DIR, set for every
/// test process along with $FINDINGS_WORKER, the worker built in this tree).
std::string scanCacheDir();

/// Quotes one argument for /bin/sh.
std::string shellQuote(const std::string& s);

std::string readFile(const std::string& path);
void writeFile(const std::string& path, const std::string& content);
bool fileExists(const std::string& path);
/// How many entries a folder holds (not counting . and ..): tests of atomic writes check
/// that no temporary file is left beside the target.
size_t entriesIn(const std::string& dir);

/// A registry of the plugins in `dirs`, as the applications load them: isolated in worker
/// processes with `limits`, or all in this process (`inProcess`, which only well-behaved
/// plugins survive).
std::unique_ptr<findings::core::PluginRegistry> pluginRegistry(const std::vector<std::string>& dirs, bool inProcess,
                                                               findings::core::WorkerLimits limits = {512, 30});

/// The corpus folder, or "" when it is not available.
std::string corpusDir();
/// The project's samples/data folder.
std::string samplesDir();

}  // namespace testsupport
