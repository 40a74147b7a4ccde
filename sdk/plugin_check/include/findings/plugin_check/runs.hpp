// findings/plugin_check/runs.hpp — one identify, import or export call of a plugin under a
// MockHost, with what came out of it: the answer or records, the diagnostics, the time taken,
// and the calls the plugin made from other threads. Every imported record goes through the
// host's record check (findings/check/record_check.hpp), exactly as the host checks it.
#pragma once

#include <findings/plugin.h>
#include <findings/sdk/records.hpp>

#include <findings/check/record_check.hpp>
#include <findings/plugin_check/mock_host.hpp>

#include <cstddef>
#include <cstdint>
#include <utility>
#include <string>
#include <vector>

namespace findings::plugin_check {

/// How many bytes of a file identify() is shown, as by the host.
inline constexpr std::size_t kIdentifyHeadSize = 64 * 1024;

/// What identify() answered about one file.
struct IdentifyRun {
    int confidence = FND_IDENTIFY_UNKNOWN; ///< as returned (FND_IDENTIFY_UNKNOWN or 0..100)
    std::string reason;
    double milliseconds = 0;
    std::size_t otherThreadCalls = 0;      ///< host calls from threads the plugin started
};

/// Calls `importer`'s identify on the head of the file at `path`, under a MockHost offering
/// `services`. Throws std::runtime_error when the file cannot be read.
IdentifyRun runIdentify(const fnd_importer& importer, const std::string& path,
                        const std::string& pluginDir = ".", const HostServices& services = {});

/// What one import() did.
struct ImportRun {
    fnd_status status = FND_OK;
    std::vector<Source> sources;      ///< as emitted, before the host fills ids or digests
    std::vector<Finding> findings;
    std::vector<Diagnostic> diagnostics;
    /// The record check's verdict on what was emitted (the first problems, and a count).
    std::vector<check::RecordProblem> recordProblems;
    std::size_t recordProblemCount = 0;
    double milliseconds = 0;
    std::size_t progressCalls = 0;
    std::size_t classifyCalls = 0;        ///< fnd_host.classify, when offered
    std::size_t otherThreadHostCalls = 0; ///< host services: allowed from any thread
    std::size_t otherThreadSinkCalls = 0; ///< sink calls: only the call's thread may make them
};

/// Runs `importer` on the file at `path` with `options`, under a MockHost offering
/// `services`. Throws std::runtime_error when the file cannot be opened.
ImportRun runImport(const fnd_importer& importer, const std::string& path,
                    const Properties& options = {}, const std::string& pluginDir = ".",
                    const HostServices& services = {});

/// What one document_text call (the FND_EXT_DOCUMENT_TEXT extension) gave.
struct DocumentTextRun {
    bool offered = false;             ///< the importer offers the extension
    fnd_status status = FND_OK;
    std::string text;                 ///< every byte written
    std::vector<Diagnostic> diagnostics;
    double milliseconds = 0;
    std::size_t otherThreadOutCalls = 0; ///< out.write from other threads: not allowed
};

/// Asks `importer` for the document text of the file at `path`, under a MockHost offering
/// `services`; `offered` false (and nothing run) when it does not offer the extension.
/// Throws std::runtime_error when the file cannot be opened.
DocumentTextRun runDocumentText(const fnd_importer& importer, const std::string& path,
                                const Properties& options = {}, const std::string& pluginDir = ".",
                                const HostServices& services = {});

/// What one preview call (the FND_EXT_PREVIEW extension) reported.
struct PreviewRun {
    bool offered = false;             ///< the importer offers the extension
    fnd_status status = FND_OK;
    std::string sheet;
    std::size_t sheetCount = 0;
    std::int64_t headerRow = FND_NONE;
    std::vector<std::pair<std::int64_t, std::vector<std::string>>> rows; ///< row number, cells
    struct Field {
        std::string field, label, columnHeader;
    };
    std::vector<Field> fields;
    std::size_t tableCalls = 0;       ///< table() must be called exactly once
    std::vector<Diagnostic> diagnostics;
    double milliseconds = 0;
};

/// Asks `importer` for a preview of the file at `path` (at most `maxRows` rows), under a
/// MockHost; `offered` false (and nothing run) when it does not offer the extension.
/// Throws std::runtime_error when the file cannot be opened.
PreviewRun runPreview(const fnd_importer& importer, const std::string& path, const Properties& options = {},
                      std::size_t maxRows = 60, const std::string& pluginDir = ".", const HostServices& services = {});

/// What one export() wrote.
struct ExportRun {
    fnd_status status = FND_OK;
    std::string output;               ///< every byte written
    std::vector<Diagnostic> diagnostics;
    double milliseconds = 0;
    std::size_t otherThreadHostCalls = 0;
    std::size_t otherThreadOutputCalls = 0; ///< output.write from other threads: not allowed
};

/// Runs `exporter` on these records, into memory; `targetPath` is what the exporter is told
/// it writes (for titles and messages; nothing is written there).
ExportRun runExport(const fnd_exporter& exporter, const std::vector<Source>& sources,
                    const std::vector<Finding>& findings, const Properties& options = {},
                    const std::string& targetPath = "out", const std::string& pluginDir = ".");

/// "ok", "invalid input", ... : the words for a status (fnd_status_words), or "unknown
/// status N" for a code the SDK does not know.
std::string statusWords(fnd_status status);

}  // namespace findings::plugin_check
