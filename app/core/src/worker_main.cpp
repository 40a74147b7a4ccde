#include <findings/core/worker_main.hpp>

#include <findings/core/document_text.hpp>
#include <findings/core/host_services.hpp>
#include <findings/core/import_service.hpp>
#include <findings/core/record_frames.hpp>
#include <findings/core/table_preview.hpp>
#include <findings/core/worker_frames.hpp>
#include <findings/core/worker_process.hpp>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <new>
#include <sys/resource.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

namespace findings::core {

using worker::Frame;
using worker::FrameWriter;
using worker::Msg;

void applyWorkerLimits(std::uint64_t memoryMB) {
    rlimit noCore{0, 0};
    ::setrlimit(RLIMIT_CORE, &noCore);
    if (kWorkerMemoryLimited && memoryMB) {
        const rlim_t bytes = static_cast<rlim_t>(memoryMB) * 1024 * 1024;
        // RLIMIT_DATA bounds the heap and anonymous mappings, which is what an importer grows;
        // RLIMIT_AS backs it with room for code, plugin libraries and thread stacks.
        rlimit data{bytes, bytes};
        ::setrlimit(RLIMIT_DATA, &data);
        const rlim_t space = bytes + static_cast<rlim_t>(512) * 1024 * 1024;
        rlimit as{space, space};
        ::setrlimit(RLIMIT_AS, &as);
    }
    std::set_new_handler([] { ::_exit(kWorkerMemoryExit); });
}

namespace {

/// The socket's writing side, shared by the job and any threads a plugin reports from.
/// Records and progress are gathered into writes of up to 64 KiB (a tracker's 100,000 rows
/// would otherwise cost a system call each); anything else (the importer at work, a
/// diagnostic, the end of a job) goes out at once with what was gathered before it, so the
/// host hears of it before the plugin can crash, and the order is kept.
class Outbox {
public:
    explicit Outbox(int fd) : fd_(fd) {}
    void send(FrameWriter& frame) {
        const std::string& bytes = frame.bytes();
        const Msg type = static_cast<Msg>(bytes[4]);
        const bool gather = type == Msg::Source || type == Msg::Finding || type == Msg::Progress;
        std::lock_guard<std::mutex> lock(mutex_);
        pending_ += bytes;
        const auto now = std::chrono::steady_clock::now();
        if (!gather || pending_.size() >= kGather || now - lastWrite_ >= kLatency) {
            write();
            lastWrite_ = now;
        }
    }

private:
    static constexpr size_t kGather = 64 * 1024;
    static constexpr std::chrono::milliseconds kLatency{50};
    void write() {
        size_t done = 0;
        while (done < pending_.size()) {
            const ssize_t n = ::send(fd_, pending_.data() + done, pending_.size() - done, MSG_NOSIGNAL);
            if (n < 0 && errno == EINTR) continue;
            // The host has gone: nobody wants the rest of this job.
            if (n <= 0) ::_exit(0);
            done += static_cast<size_t>(n);
        }
        pending_.clear();
    }
    int fd_;
    std::mutex mutex_;
    std::string pending_;
    std::chrono::steady_clock::time_point lastWrite_ = std::chrono::steady_clock::now();
};

/// The host's frames, read on their own thread so a Cancel lands during a job.
class Inbox {
public:
    explicit Inbox(int fd) : reader_(fd) {
        std::thread([this] { readAll(); }).detach();
    }
    /// The next job frame; false when the host has closed the socket.
    bool next(Frame& out) {
        std::unique_lock<std::mutex> lock(mutex_);
        changed_.wait(lock, [&] { return !jobs_.empty() || closed_; });
        if (jobs_.empty()) return false;
        out = std::move(jobs_.front());
        jobs_.pop_front();
        return true;
    }
    const std::atomic<bool>& cancel() const { return cancel_; }

private:
    void readAll() {
        for (;;) {
            Frame f;
            bool ok;
            try {
                ok = reader_.next(f) == worker::FrameReader::Result::Frame;
            } catch (const worker::ProtocolError&) {
                ok = false;  // a broken host stream: stop serving
            }
            std::lock_guard<std::mutex> lock(mutex_);
            if (!ok) {
                closed_ = true;
                changed_.notify_all();
                return;
            }
            if (f.type() == Msg::Cancel) {
                cancel_ = true;
            } else {
                // Reset here, in stream order, so a Cancel sent after this job reaches it.
                cancel_ = false;
                jobs_.push_back(std::move(f));
                changed_.notify_all();
            }
        }
    }
    worker::FrameReader reader_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<Frame> jobs_;
    bool closed_ = false;
    std::atomic<bool> cancel_{false};
};

/// A diagnostic list that sends each diagnostic to the host as it is reported.
void forward(DiagnosticList& diagnostics, Outbox& out) {
    diagnostics.forwardTo([&out](const Diagnostic& d) {
        FrameWriter f(Msg::Diagnostic);
        worker::putDiagnostic(f, d);
        out.send(f);
    });
}

StageFn stageSender(Outbox& out) {
    return [&out](const std::string& importerId, bool importing) {
        FrameWriter f(Msg::Stage);
        f.str(importerId).u8(importing ? 1 : 0);
        out.send(f);
    };
}

/// The sink a worker's import writes to: each record goes to the host in its binary encoding,
/// written straight from the plugin's C structs.
struct StreamingSink {
    Outbox& out;
    fnd_sink table{};
    explicit StreamingSink(Outbox& o) : out(o) {
        table.struct_size = sizeof table;
        table.ctx = this;
        table.source = [](void* ctx, const fnd_source* s) -> int {
            FrameWriter f(Msg::Source);
            worker::putSource(f, *s);
            static_cast<StreamingSink*>(ctx)->out.send(f);
            return 0;
        };
        table.finding = [](void* ctx, const fnd_finding* x) -> int {
            FrameWriter f(Msg::Finding);
            worker::putFinding(f, *x);
            static_cast<StreamingSink*>(ctx)->out.send(f);
            return 0;
        };
    }
};

void serveImport(Frame& job, const PluginRegistry& registry, Outbox& out, Inbox& in) {
    const std::string path = job.str();
    ImportSettings settings;
    settings.forcedImporter = job.str();
    const std::int64_t count = job.i64();
    for (std::int64_t i = 0; i < count; ++i) {
        std::string key = job.str();
        settings.options.emplace_back(std::move(key), job.str());
    }
    DiagnosticList diagnostics;
    forward(diagnostics, out);
    settings.diagnostics = &diagnostics;
    settings.cancel = &in.cancel();
    settings.progress = [&out](const std::string&, double fraction, const std::string& what) {
        FrameWriter f(Msg::Progress);
        f.f64(fraction).str(what);
        out.send(f);
    };
    StreamingSink sink(out);
    const ImportResult r = importFileHere(registry, path, settings, sink.table, stageSender(out));
    FrameWriter done(Msg::Imported);
    done.u8(r.ok ? 1 : 0).str(r.importerId).str(r.error).u8(r.causeReported ? 1 : 0).str(r.failureKind);
    out.send(done);
}

void serveProbe(Frame& job, const PluginRegistry& registry, Outbox& out) {
    const std::string path = job.str();
    DiagnosticList diagnostics;
    forward(diagnostics, out);
    std::vector<Probe> probes;
    try {
        probes = probeFileHere(registry, path, diagnostics, stageSender(out));
    } catch (const std::exception& e) {
        FrameWriter failed(Msg::Failed);
        failed.str(e.what());
        out.send(failed);
        return;
    }
    FrameWriter done(Msg::Probed);
    done.i64(static_cast<std::int64_t>(probes.size()));
    for (const Probe& p : probes) done.str(p.importer.id()).i64(p.confidence).str(p.reason);
    out.send(done);
}

void serveDocumentText(Frame& job, const PluginRegistry& registry, Outbox& out, Inbox& in) {
    const std::string path = job.str();
    const std::string importerId = job.str();
    DiagnosticList diagnostics;
    forward(diagnostics, out);
    const DocumentText text = documentTextHere(registry, path, importerId, diagnostics, &in.cancel(),
                                               stageSender(out));
    FrameWriter done(Msg::Text);
    done.u8(text.ok ? 1 : 0).str(text.importerId).str(text.text).str(text.problem).u8(text.cancelled ? 1 : 0);
    out.send(done);
}

void servePreview(Frame& job, const PluginRegistry& registry, Outbox& out) {
    const std::string path = job.str();
    const std::string importerId = job.str();
    Properties options;
    for (std::uint32_t i = 0, n = job.count(8); i < n; ++i) {
        std::string key = job.str();
        options.emplace_back(std::move(key), job.str());
    }
    const size_t maxRows = static_cast<size_t>(std::max<std::int64_t>(0, job.i64()));
    DiagnosticList diagnostics;
    forward(diagnostics, out);
    const TablePreview preview =
        previewTableHere(registry, path, importerId, options, maxRows, diagnostics, stageSender(out));
    FrameWriter done(Msg::Previewed);
    worker::putPreview(done, preview);
    out.send(done);
}

void serveScan(Frame& job, Outbox& out) {
    const std::string path = job.str();
    // A registry of its own: the verdict is about this file alone, not duplicates of others.
    PluginRegistry registry;
    std::string reason;
    if (!registry.loadFile(path))
        reason = registry.failures().empty() ? "could not be loaded" : registry.failures().back().reason;
    FrameWriter done(Msg::Scanned);
    done.str(reason);
    out.send(done);
}

}  // namespace

int runWorker(int fd) {
    Outbox out(fd);
    Inbox in(fd);
    PluginRegistry registry;
    Frame job;
    while (in.next(job)) {
        try {
            switch (job.type()) {
            case Msg::Load: {
                const std::int64_t n = job.i64();
                for (std::int64_t i = 0; i < n; ++i) registry.loadFile(job.str());
                // Where the host looks for the taxonomy: fnd_host.classify here finds the same file.
                std::vector<std::string> folders;
                for (std::int64_t i = 0, m = job.i64(); i < m; ++i) folders.push_back(job.str());
                registry.services().setTaxonomyFolders(std::move(folders));
                FrameWriter ready(Msg::Ready);
                out.send(ready);
                break;
            }
            case Msg::Import: serveImport(job, registry, out, in); break;
            case Msg::Probe: serveProbe(job, registry, out); break;
            case Msg::Scan: serveScan(job, out); break;
            case Msg::DocumentText: serveDocumentText(job, registry, out, in); break;
            case Msg::Preview: servePreview(job, registry, out); break;
            default: {
                FrameWriter failed(Msg::Failed);
                failed.str("the import worker does not know this request");
                out.send(failed);
            }
            }
        } catch (const std::exception& e) {
            FrameWriter failed(Msg::Failed);
            failed.str(std::string("the import worker could not read the request: ") + e.what());
            out.send(failed);
        }
    }
    // Plugins may have left threads running: leave without running static destructors
    // under them.
    ::_exit(0);
}

}  // namespace findings::core
