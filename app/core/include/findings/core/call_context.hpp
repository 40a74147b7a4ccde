// The host side of one plugin call: the fnd_host table a plugin receives, wired to a
// diagnostic list (tagged with the file being worked on), a progress callback and a
// cancellation flag shared with the caller (the CLI's Ctrl+C, the GUI's Cancel button).
#pragma once

#include <findings/core/diagnostics.hpp>
#include <findings/plugin.h>

#include <atomic>
#include <functional>
#include <string>
#include <string_view>

namespace findings::core {

/// Receives progress: the file, a fraction 0..1 (negative when unknown), and what is happening.
using ProgressFn = std::function<void(const std::string& file, double fraction,
                                      const std::string& what)>;

/// `message` without a leading "FILE: " naming `file` (its path or its base name): every
/// diagnostic is already tagged with its file, and a plugin that names it again would have
/// it printed twice ("tracker.xlsx: error: tracker.xlsx: truncated zip").
std::string withoutFilePrefix(std::string message, std::string_view file);

class CallContext {
public:
    /// `file` tags every diagnostic; `diagnostics` must outlive the context; `cancel` and
    /// `progress` may be null.
    CallContext(std::string file, DiagnosticList& diagnostics, std::string pluginDir,
                const std::atomic<bool>* cancel = nullptr, ProgressFn progress = {});
    CallContext(const CallContext&) = delete;
    CallContext& operator=(const CallContext&) = delete;

    /// The table to hand to the plugin; valid while this object lives.
    const fnd_host* host() const { return &host_; }
    /// Errors reported through this context so far.
    size_t errorCount() const { return errors_; }
    /// The message of the first error the plugin reported: the specific cause of a failed
    /// call. Read it only after the call has returned.
    const std::string& firstError() const { return firstError_; }

private:
    static void log(void* ctx, fnd_severity severity, fnd_str code, fnd_str message,
                    const fnd_diag_location* where);
    static void progress(void* ctx, double fraction, fnd_str what);
    static int isCancelled(void* ctx);

    std::string file_;
    DiagnosticList& diagnostics_;
    std::string pluginDir_;
    std::string userDataDir_;
    const std::atomic<bool>* cancel_;
    ProgressFn progress_;
    std::atomic<size_t> errors_{0};
    std::string firstError_;
    fnd_host host_{};
};

}  // namespace findings::core
