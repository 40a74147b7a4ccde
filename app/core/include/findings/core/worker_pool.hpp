// Worker processes that identify and import files for the host, as a browser's utility
// processes parse untrusted files. The pool starts a worker when a job finds none idle (up to
// one per thread of a batch) and reuses it for the next file; a worker that crashes, hangs
// past the time limit or dies at the memory limit fails only the file it was on, with the
// importer, the file and the cause named, and is replaced by a fresh one for the next file.
// Records, diagnostics and progress stream back in frames (worker_frames.hpp) as they come.
#pragma once

#include <findings/core/document_text.hpp>
#include <findings/core/table_preview.hpp>
#include <findings/core/import_service.hpp>
#include <findings/core/worker_process.hpp>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace findings::core {

class ImportAssembly;


struct WorkerOptions {
    std::string executable;  ///< findWorkerExecutable() by default
    WorkerLimits limits;
    unsigned maxWorkers = 0; ///< 0: one per core
    /// Where the host looks for the taxonomy (HostServices::taxonomyFolders), so the workers'
    /// fnd_host.classify uses the file the host would: the user chose it for the host, not
    /// for one process of it.
    std::vector<std::string> taxonomyFolders;
};

/// One importer's answer about one file, as a worker gives it.
struct ProbeAnswer {
    std::string importerId;
    int confidence = FND_IDENTIFY_UNKNOWN;
    std::string reason;
};

class WorkerPool {
public:
    /// `pluginPaths`: the plugins each worker loads, in order (those the host loaded).
    WorkerPool(WorkerOptions options, std::vector<std::string> pluginPaths);
    ~WorkerPool();
    WorkerPool(const WorkerPool&) = delete;
    WorkerPool& operator=(const WorkerPool&) = delete;

    /// Imports `path` in a worker, handing each record to `records` as it arrives; the
    /// result's set stays empty (the records are the assembly's to finish).
    ImportResult importFile(const std::string& path, const ImportSettings& settings, ImportAssembly& records);
    /// Asks every importer about `path` in a worker. Throws std::runtime_error when the file
    /// cannot be read or an importer crashed or hung on it.
    std::vector<ProbeAnswer> probe(const std::string& path, DiagnosticList& diagnostics);

    /// The document's text from importer `importerId` ("" to choose) in a worker
    /// (documentTextHere there): a crash, a hang or a cancel becomes its `problem`.
    DocumentText documentText(const std::string& path, const std::string& importerId,
                              DiagnosticList& diagnostics, const std::atomic<bool>* cancel);
    /// A table importer's preview of `path` in a worker (previewTableHere there).
    TablePreview previewTable(const std::string& path, const std::string& importerId, const Properties& options,
                              size_t maxRows, DiagnosticList& diagnostics);
    const WorkerOptions& options() const { return options_; }
    /// How many worker processes were started so far (a replaced worker counts again).
    size_t started() const { return started_.load(); }

private:
    struct Outcome {
        bool done = false;      ///< the worker answered with the end frame
        worker::Frame end;      ///< that frame
        std::string importerId; ///< who ran last (from Stage frames)
        std::string failure;    ///< otherwise: "<importer> crashed (SIGSEGV) on X.pdf" ...
        std::string kind;       ///< "crashed", "time limit", "memory limit", "cancelled", ...
    };
    /// `urgent`: start another worker rather than wait when all are busy (an identify asked
    /// for by the UI thread must not wait behind a batch).
    Outcome run(worker::FrameWriter& request, worker::Msg endType, bool urgent, const std::string& path,
                DiagnosticList& diagnostics, const std::atomic<bool>* cancel,
                const ProgressFn& progress, const std::function<void(worker::Frame&)>& onRecord,
                const std::function<void(const std::string& importerId)>& onImporting = {});
    std::unique_ptr<WorkerProcess> acquire(bool urgent);
    void release(std::unique_ptr<WorkerProcess> worker);
    void discard();

    WorkerOptions options_;
    std::vector<std::string> pluginPaths_;
    std::mutex mutex_;
    std::condition_variable idleChanged_;
    std::vector<std::unique_ptr<WorkerProcess>> idle_;
    unsigned live_ = 0;
    std::atomic<size_t> started_{0};
};

}  // namespace findings::core
