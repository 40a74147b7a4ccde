// findings/plugin_check/mock_host.hpp — the host's side of one plugin call, for tests: an
// fnd_host that keeps what the plugin reports (diagnostics, progress) and notes every call
// made from a thread other than the one that started the call.
#pragma once

#include <findings/plugin.h>

#include <atomic>
#include <cstddef>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
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

/// What a MockHost's classify service answers for one text.
struct MockClassification {
    fnd_status status = FND_OK;        ///< anything else: the call fails with it
    std::vector<std::string> themes;   ///< theme ids, strongest first (at most three are passed)
    std::string polarity = "neutral";  ///< strength, weakness, mixed or neutral
    double confidence = 0.0;           ///< 0..1
};

/// The SDK 1.1 services a MockHost offers besides status_text (always offered, from
/// fnd_status_words). Each left empty is not offered: its pointer is NULL, as under a host
/// that cannot serve it, so a plugin's way without the service is what runs. Offer them to
/// test the way with.
struct HostServices {
    /// What fnd_host.input_sha256 answers (64 lower-case hex digits), e.g. the digest of the
    /// file under test; "" does not offer the service.
    std::string inputSha256;
    /// What fnd_host.classify answers for each text; empty does not offer the service.
    std::function<MockClassification(std::string_view text)> classify;
};

/// An fnd_host lent to one identify, import or export call, with the whole 1.1 table: the
/// services of SDK 1.0 (log, progress, is_cancelled, plugin_dir, user_data_dir), status_text,
/// and input_sha256 and classify when `services` offers them. log, progress, is_cancelled and
/// the 1.1 services may be called from any thread, as plugin.h allows.
class MockHost {
public:
    /// `pluginDir` is what the plugin sees as fnd_host.plugin_dir.
    explicit MockHost(std::string pluginDir = ".", HostServices services = {});
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
    /// How many times classify() was called.
    std::size_t classifyCalls() const { return classifyCalls_; }
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
    static fnd_str statusText(void* ctx, fnd_status status);
    static fnd_str inputSha256(void* ctx);
    static fnd_status classify(void* ctx, fnd_str text, fnd_classification* out);

    /// One thread's last classification: what the strings handed out point into, valid
    /// until that thread's next classify call, as plugin.h promises.
    struct Answer {
        MockClassification result;
        std::vector<fnd_str> themes;
    };

    std::string pluginDir_, userDataDir_;
    HostServices services_;
    std::map<std::thread::id, Answer> answers_;  ///< guarded by mutex_
    std::atomic<std::size_t> classifyCalls_{0};
    std::thread::id callThread_;
    mutable std::mutex mutex_;
    std::vector<Diagnostic> diagnostics_;
    std::atomic<std::size_t> progress_{0}, otherThread_{0};
    std::atomic<bool> cancelled_{false};
    fnd_host host_{};
};

}  // namespace findings::plugin_check
