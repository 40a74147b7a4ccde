// Running an import batch away from the UI thread: each file with its own options (a
// spreadsheet's mapping from the preview dialog), through core::importFiles, collecting
// each file's outcome and diagnostics for the import log. Toolkit-neutral: the GUI runs it
// on a worker thread and posts the result back.
#pragma once

#include <findings/core/diagnostics.hpp>
#include <findings/format/findings_set.hpp>
#include <findings/core/plugin_registry.hpp>

#include <atomic>
#include <functional>
#include <string>
#include <vector>

namespace findings::studio {

struct FileImportRequest {
    std::string path;
    std::string forcedImporter; ///< "" to choose by identify
    Properties options;
};

struct FileOutcome {
    std::string path;
    bool ok = false;
    bool cancelled = false;
    std::string importerId;
    size_t sources = 0;
    size_t findings = 0;
    std::string error;                         ///< one line, when !ok
    std::vector<core::Diagnostic> diagnostics; ///< everything reported about this file
};

struct BatchResult {
    findings::FindingsSet imported;        ///< every successful file's records, in input order
    std::vector<FileOutcome> outcomes; ///< one per request, in input order
    size_t failed() const;
};

/// Progress as files finish: (done, total, path). Called from worker threads, one at a time.
using FileDoneFn = std::function<void(size_t done, size_t total, const std::string& path)>;

/// Imports every request; a failure never stops the rest. Requests that share options run
/// together (in parallel where the core finds that useful).
BatchResult runImportBatch(const core::PluginRegistry& registry,
                           const std::vector<FileImportRequest>& requests,
                           const std::atomic<bool>& cancel, const FileDoneFn& fileDone = {});

}  // namespace findings::studio
