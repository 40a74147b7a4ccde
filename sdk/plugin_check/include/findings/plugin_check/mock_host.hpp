// findings/plugin_check/mock_host.hpp — the host's side of one plugin call, for tests: an
// fnd_host that keeps what the plugin reports (diagnostics, progress) and notes every call
// made from a thread other than the one that started the call.
#pragma once

#include <findings/plugin.h>

#include <atomic>
#include <cstddef>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace findings::plugin_check {

/// One diagnostic a plugin reported through fnd_host.log.
struct Diagnostic {
    fnd_severity severity = FND_SEV_INFO; ///< as reported
    std::string code;    ///< e.g. "ragged-row"
    std::string message;
};

/// "error", "warning" or "info".
const char* severityName(fnd_severity severity);

/// An fnd_host lent to one identify, import or export call. Offers the services of SDK 1.0
/// (log, progress, is_cancelled, plugin_dir, user_data_dir): its struct_size says so, and a
/// plugin that checks struct_size before using a later service sees it is not there.
/// log, progress and is_cancelled may be called from any thread, as plugin.h allows.
class MockHost {
public:
    /// `pluginDir` is what the plugin sees as fnd_host.plugin_dir.
    explicit MockHost(std::string pluginDir = ".");
    MockHost(const MockHost&) = delete;
    MockHost& operator=(const MockHost&) = delete;

    /// The table to hand to the plugin; valid while this object lives.
    const fnd_host* host() const { return &host_; }
    /// From now on is_cancelled() answers non-zero.
    void cancel() { cancelled_ = true; }

    /// The diagnostics reported so far, in order.
    std::vector<Diagnostic> diagnostics() const;
    /// How many times progress() was called.
    std::size_t progressCalls() const { return progress_; }
    /// Host calls made from a thread other than the one that created this host.
    std::size_t otherThreadCalls() const { return otherThread_; }
    /// Notes a call (of the host or of a sink the caller wires up) on the current thread;
    /// true when it is the thread that created this host.
    bool noteThread();

private:
    static void log(void* ctx, fnd_severity severity, fnd_str code, fnd_str message,
                    const fnd_diag_location* where);
    static void progress(void* ctx, double fraction, fnd_str what);
    static int isCancelled(void* ctx);

    std::string pluginDir_, userDataDir_;
    std::thread::id callThread_;
    mutable std::mutex mutex_;
    std::vector<Diagnostic> diagnostics_;
    std::atomic<std::size_t> progress_{0}, otherThread_{0};
    std::atomic<bool> cancelled_{false};
    fnd_host host_{};
};

}  // namespace findings::plugin_check
