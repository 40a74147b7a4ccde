// What every command shares: the loaded plugins, the diagnostics collected so far, the
// theme labels, and how to report to the user (stderr lines and the optional JSON report).
#pragma once

#include "cli_args.hpp"

#include <findings/core/diagnostics.hpp>
#include <findings/core/interrupt.hpp>
#include <findings/core/plugin_registry.hpp>
#include <findings/core/theme_labels.hpp>

#include <atomic>
#include <string>
#include <vector>

namespace findings::cli {

class Session {
public:
    explicit Session(const CliArgs& args);

    const CliArgs& args;
    core::PluginRegistry registry;
    core::DiagnosticList diagnostics;
    core::ThemeLabels themes;
    std::vector<std::string> pluginDirs; ///< in search order

    /// The input size limit in bytes (--max-input-mb, or the default).
    std::uint64_t maxInputBytes() const;
    /// Records a diagnostic raised by the CLI itself.
    void report(core::Severity severity, const std::string& file, const std::string& code,
                const std::string& message);
    /// Prints the diagnostics not yet printed to stderr: warnings and errors always, infos
    /// unless --quiet.
    void flushDiagnostics();
    /// Writes --report FILE.json if asked; returns false (and says why) if it cannot.
    bool writeReport();
    /// Shows "[3/10] file" on stderr when stderr is a terminal and the batch has several files.
    void showProgress(size_t done, size_t total, const std::string& file);
    void endProgress();

private:
    size_t printed_ = 0;
    bool progressShown_ = false;
};

/// Raised by SIGINT/SIGTERM so long batches stop cleanly (core/interrupt.hpp).
extern std::atomic<bool>& g_cancelRequested;

}  // namespace findings::cli
