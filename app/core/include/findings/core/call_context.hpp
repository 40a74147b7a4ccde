// The host side of one plugin call: the fnd_host table a plugin receives, wired to a
// diagnostic list (tagged with the file being worked on), a progress callback and a
// cancellation flag shared with the caller (the CLI's Ctrl+C, the GUI's Cancel button), and
// the 1.1 services: status words always, and for identify and import calls the input's
// SHA-256 and classify (serveInput).
#pragma once

#include <findings/core/diagnostics.hpp>
#include <findings/plugin.h>
#include <findings/sdk/records.hpp>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

namespace findings::classify { class Classifier; }

namespace findings::core {

class HostServices;

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

    /// Offers the services about an input (identify and import calls): input_sha256 of the
    /// file `inputPath`, and classify with `services`' taxonomy or the file of the `themes`
    /// option in `options` (classify stays NULL when there is neither). `services` must
    /// outlive the context.
    void serveInput(const std::string& inputPath, HostServices& services, const Properties& options);
    /// A sink forwarding to `inner` that puts the input's digest into each source that
    /// leaves fnd_source.sha256 absent, when the plugin had the host compute it: the file is
    /// then not hashed a second time. Valid while this object lives.
    const fnd_sink* sinkFillingDigest(const fnd_sink* inner);

    /// The table to hand to the plugin; valid while this object lives.
    const fnd_host* host() const { return &host_; }
    /// Errors reported through this context so far.
    size_t errorCount() const { return errors_; }
    /// The message of the first error the plugin reported: the specific cause of a failed
    /// call. Read it only after the call has returned.
    const std::string& firstError() const { return firstError_; }
    /// Why a call that returned `status` failed, for people: the plugin's own words (its
    /// first error) when it reported one, else the status in words, then who failed:
    /// "truncated zip (importer uk.findings.spreadsheet.xlsx)". After the call has returned.
    std::string failure(fnd_status status, const std::string& importerId) const;

private:
    static void log(void* ctx, fnd_severity severity, fnd_str code, fnd_str message,
                    const fnd_diag_location* where);
    static void progress(void* ctx, double fraction, fnd_str what);
    static int isCancelled(void* ctx);
    static fnd_str statusText(void* ctx, fnd_status status);
    static fnd_str inputSha256(void* ctx);
    static fnd_status classify(void* ctx, fnd_str text, fnd_classification* out);
    static int forwardSource(void* ctx, const fnd_source* source);
    static int forwardFinding(void* ctx, const fnd_finding* finding);

    std::string file_;
    DiagnosticList& diagnostics_;
    std::string pluginDir_;
    std::string userDataDir_;
    const std::atomic<bool>* cancel_;
    ProgressFn progress_;
    std::atomic<size_t> errors_{0};
    std::string firstError_;
    // serveInput: the digest, computed on first request, and the classifier, loaded on first
    // request (a failure is logged once and remembered for the rest of the call).
    std::string inputPath_;
    HostServices* services_ = nullptr;
    std::string themesOption_;
    std::mutex servicesMutex_;
    bool digestTried_ = false;
    std::string digest_;
    bool classifierTried_ = false;
    std::shared_ptr<const classify::Classifier> classifier_;
    fnd_status classifierFailure_ = FND_OK;
    const fnd_sink* innerSink_ = nullptr;
    fnd_sink fillingSink_{};
    fnd_host host_{};
};

}  // namespace findings::core
