#include <findings/core/worker_pool.hpp>

#include <findings/core/import_assembly.hpp>
#include <findings/core/record_frames.hpp>

#include <algorithm>
#include <chrono>
#include <iterator>
#include <stdexcept>
#include <thread>
#include <vector>

namespace findings::core {

using worker::Frame;
using worker::FrameWriter;
using worker::Msg;
using Clock = std::chrono::steady_clock;

namespace {
/// How long a worker gets to load its plugins (they passed the scan, so this is generous).
constexpr std::chrono::seconds kStartTime{60};
/// How long a cancelled job gets to stop by itself before its worker is killed.
constexpr std::chrono::seconds kCancelGrace{3};

std::string baseName(const std::string& path) {
    const size_t slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}
}  // namespace

WorkerPool::WorkerPool(WorkerOptions options, std::vector<std::string> pluginPaths)
    : options_(std::move(options)), pluginPaths_(std::move(pluginPaths)) {
    if (!options_.maxWorkers) options_.maxWorkers = std::max(1u, std::thread::hardware_concurrency());
}

WorkerPool::~WorkerPool() = default;

std::unique_ptr<WorkerProcess> WorkerPool::acquire(bool urgent) {
    {
        std::unique_lock<std::mutex> lock(mutex_);
        idleChanged_.wait(lock, [&] { return urgent || !idle_.empty() || live_ < options_.maxWorkers; });
        if (!idle_.empty()) {
            auto w = std::move(idle_.back());
            idle_.pop_back();
            return w;
        }
        ++live_;
    }
    try {
        auto w = std::make_unique<WorkerProcess>(options_.executable, options_.limits);
        ++started_;
        FrameWriter load(Msg::Load);
        load.i64(static_cast<std::int64_t>(pluginPaths_.size()));
        for (const auto& p : pluginPaths_) load.str(p);
        load.i64(static_cast<std::int64_t>(options_.taxonomyFolders.size()));
        for (const auto& d : options_.taxonomyFolders) load.str(d);
        Frame ready;
        if (!w->send(load) ||
            w->reader().next(ready, Clock::now() + kStartTime) != worker::FrameReader::Result::Frame ||
            ready.type() != Msg::Ready) {
            w->kill();
            throw std::runtime_error("the import worker " + options_.executable +
                                     " could not load the plugins: " + w->reapCause());
        }
        return w;
    } catch (...) {
        discard();
        throw;  // the caller fails its file with this message
    }
}

void WorkerPool::release(std::unique_ptr<WorkerProcess> worker) {
    std::unique_lock<std::mutex> lock(mutex_);
    if (live_ > options_.maxWorkers) {
        // One started beyond the cap for an urgent job: let it go (outside the lock, as
        // ending it waits for the process).
        --live_;
        idleChanged_.notify_one();
        lock.unlock();
        worker.reset();
        return;
    }
    idle_.push_back(std::move(worker));
    idleChanged_.notify_one();
}

void WorkerPool::discard() {
    std::lock_guard<std::mutex> lock(mutex_);
    --live_;
    idleChanged_.notify_one();
}

WorkerPool::Outcome WorkerPool::run(FrameWriter& request, Msg endType, bool urgent, const std::string& path,
                                    DiagnosticList& diagnostics, const std::atomic<bool>* cancel,
                                    const ProgressFn& progress,
                                    const std::function<void(Frame&)>& onRecord,
                                    const std::function<void(const std::string&)>& onImporting) {
    Outcome out;
    std::unique_ptr<WorkerProcess> w;
    try {
        w = acquire(urgent);
    } catch (const std::exception& e) {
        out.failure = e.what();
        out.kind = "no worker";
        return out;
    }
    bool importing = false;
    // "uk.findings.letters.pdf crashed (SIGSEGV) on X.pdf": who, what, and on which file.
    auto failed = [&](const std::string& cause, const char* kind) {
        const std::string who = out.importerId.empty() ? "the import worker" : out.importerId;
        out.failure = who + " " + cause + (importing ? " on " : " while identifying ") + baseName(path);
        out.kind = kind;
        discard();
        return out;
    };
    auto died = [&] {
        const std::string cause = w->reapCause();
        return failed(cause, cause.rfind("used more than", 0) == 0 ? "memory limit" : "crashed");
    };
    if (!w->send(request)) return died();

    const auto limit = options_.limits.timeSeconds ? Clock::now() + std::chrono::seconds(options_.limits.timeSeconds)
                                                   : Clock::time_point::max();
    auto cancelDeadline = Clock::time_point::max();
    try {
        for (;;) {
            // Limits and the cancel flag are looked at on every turn, not only when the worker
            // is quiet: a plugin that reports progress forever must still be stopped.
            const auto now = Clock::now();
            if (now >= limit) {
                w->kill();
                return failed("took longer than " + std::to_string(options_.limits.timeSeconds) + " s",
                              "time limit");
            }
            if (now >= cancelDeadline) {
                w->kill();
                failed("did not stop when cancelled", "cancelled");
                out.failure = "cancelled";
                return out;
            }
            if (cancel && cancel->load() && cancelDeadline == Clock::time_point::max()) {
                FrameWriter stop(Msg::Cancel);
                if (!w->send(stop)) return died();
                cancelDeadline = now + kCancelGrace;
            }
            // Wake at least every 100 ms to look at the cancel flag.
            const auto wake = std::min({limit, cancelDeadline, now + std::chrono::milliseconds(100)});
            Frame f;
            const auto got = w->reader().next(f, wake);
            if (got == worker::FrameReader::Result::Closed) return died();
            if (got == worker::FrameReader::Result::Timeout) continue;
            if (f.type() == endType) {
                out.done = true;
                out.end = std::move(f);
                release(std::move(w));
                return out;
            }
            switch (f.type()) {
            case Msg::Stage:
                out.importerId = f.str();
                importing = f.u8() != 0;
                if (importing && onImporting) onImporting(out.importerId);
                break;
            case Msg::Diagnostic: {
                Diagnostic d = worker::takeDiagnostic(f);
                d.file = path;
                diagnostics.add(std::move(d));
                break;
            }
            case Msg::Progress: {
                const double fraction = f.f64();
                const std::string what = f.str();
                if (progress) progress(path, fraction, what);
                break;
            }
            case Msg::Source:
            case Msg::Finding:
                onRecord(f);
                break;
            case Msg::Failed:
                // The worker is fine; the job could not run (an unreadable file).
                out.failure = f.str();
                out.kind = "failed";
                release(std::move(w));
                return out;
            default:
                throw worker::ProtocolError("unexpected message from the worker");
            }
        }
    } catch (const std::exception& e) {
        // A record the host cannot read, or a broken frame: the stream cannot be trusted.
        w->kill();
        return failed(std::string("sent what the host cannot read (") + e.what() + ")", "protocol");
    }
}

ImportResult WorkerPool::importFile(const std::string& path, const ImportSettings& settings,
                                    ImportAssembly& records) {
    FrameWriter request(Msg::Import);
    request.str(path).str(settings.forcedImporter).i64(static_cast<std::int64_t>(settings.options.size()));
    for (const auto& [k, v] : settings.options) request.str(k).str(v);
    // Records are completed and checked here, on the thread that reads the worker, while the
    // worker goes on reading the file.
    auto onRecord = [&](Frame& f) {
        if (f.type() == Msg::Source) records.source(worker::takeSource(f));
        else records.finding(worker::takeFinding(f));
    };
    Outcome o = run(request, Msg::Imported, false, path, *settings.diagnostics, settings.cancel,
                    settings.progress, onRecord, [&](const std::string& importerId) { records.importing(importerId); });
    ImportResult r;
    r.path = path;
    if (!o.done) {
        r.error = o.failure;
        r.failureKind = o.kind;
        r.importerId = o.importerId;
        return r;
    }
    try {
        r.ok = o.end.u8() != 0;
        r.importerId = o.end.str();
        r.error = o.end.str();
        r.causeReported = o.end.u8() != 0;
        r.failureKind = o.end.str();
    } catch (const worker::ProtocolError& e) {
        r = {};
        r.path = path;
        r.error = std::string("the import worker's answer was broken: ") + e.what();
        return r;
    }
    return r;
}

std::vector<ProbeAnswer> WorkerPool::probe(const std::string& path, DiagnosticList& diagnostics) {
    FrameWriter request(Msg::Probe);
    request.str(path);
    Outcome o = run(request, Msg::Probed, true, path, diagnostics, nullptr, {}, [](Frame&) {
        throw worker::ProtocolError("records while identifying");
    });
    if (!o.done) throw std::runtime_error(o.failure);
    std::vector<ProbeAnswer> answers;
    const std::int64_t n = o.end.i64();
    for (std::int64_t i = 0; i < n; ++i) {
        ProbeAnswer a;
        a.importerId = o.end.str();
        a.confidence = static_cast<int>(o.end.i64());
        a.reason = o.end.str();
        answers.push_back(std::move(a));
    }
    return answers;
}

DocumentText WorkerPool::documentText(const std::string& path, const std::string& importerId,
                                      DiagnosticList& diagnostics, const std::atomic<bool>* cancel) {
    FrameWriter request(Msg::DocumentText);
    request.str(path).str(importerId);
    // Urgent: the person waiting for the text must not wait behind a batch import.
    Outcome o = run(request, Msg::Text, true, path, diagnostics, cancel, {}, [](Frame&) {
        throw worker::ProtocolError("records while reading a document's text");
    });
    DocumentText out;
    if (!o.done) {
        out.importerId = o.importerId;
        out.cancelled = o.kind == "cancelled";
        out.problem = out.cancelled ? "cancelled" : o.failure;
        return out;
    }
    try {
        out.ok = o.end.u8() != 0;
        out.importerId = o.end.str();
        out.text = o.end.str();
        out.problem = o.end.str();
        out.cancelled = o.end.u8() != 0;
        o.end.expectEnd("document text");
    } catch (const worker::ProtocolError& e) {
        out = {};
        out.problem = std::string("the import worker's answer was broken: ") + e.what();
    }
    return out;
}

TablePreview WorkerPool::previewTable(const std::string& path, const std::string& importerId,
                                      const Properties& options, size_t maxRows, DiagnosticList& diagnostics) {
    FrameWriter request(Msg::Preview);
    request.str(path).str(importerId).u32(static_cast<std::uint32_t>(options.size()));
    for (const auto& [k, v] : options) request.str(k).str(v);
    request.i64(static_cast<std::int64_t>(maxRows));
    // Urgent: a person is waiting for the preview before the import can start.
    Outcome o = run(request, Msg::Previewed, true, path, diagnostics, nullptr, {}, [](Frame&) {
        throw worker::ProtocolError("records while previewing");
    });
    if (!o.done) {
        TablePreview out;
        out.importerId = o.importerId;
        out.problem = o.failure;
        return out;
    }
    try {
        return worker::takePreview(o.end);
    } catch (const worker::ProtocolError& e) {
        TablePreview out;
        out.problem = std::string("the import worker's answer was broken: ") + e.what();
        return out;
    }
}

}  // namespace findings::core
