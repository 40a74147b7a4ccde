// Choosing an importer for a file and running imports, one file or a batch.
// Every importer probes the file's head; the highest confidence wins; a tie or no taker is
// an error that lists the candidates; a forced importer id skips the choice. A batch runs in
// parallel, goes on past a bad file, and returns results in input order.
// When the registry has a worker pool (the default for the CLI and the desktop application)
// identify and import run in worker processes, so a plugin that crashes, hangs or eats memory
// fails its file only; the same functions run in-process otherwise (--in-process, tests).
#pragma once

#include <findings/core/call_context.hpp>
#include <findings/core/diagnostics.hpp>
#include <findings/core/file_input.hpp>
#include <findings/core/finding_spool.hpp>
#include <findings/format/findings_set.hpp>
#include <findings/core/plugin_registry.hpp>

#include <atomic>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace findings::core {

/// How many bytes of a file identify() gets to see.
inline constexpr size_t kIdentifyHeadSize = 64 * 1024;

/// One importer's answer about one file.
struct Probe {
    ImporterEntry importer;
    int confidence = FND_IDENTIFY_UNKNOWN; ///< FND_IDENTIFY_UNKNOWN or 0..100
    std::string reason;
};

/// Asks every importer about `path`; sorted by confidence, highest first.
/// Throws std::runtime_error when the file cannot be read or is no input (checkInputFile), or,
/// isolated, when an importer crashed or hung while identifying it.
std::vector<Probe> probeFile(const PluginRegistry& registry, const std::string& path,
                             DiagnosticList& diagnostics,
                             std::uint64_t maxInputBytes = kDefaultMaxInputBytes);

/// Told which importer runs next on a file and whether it identifies (false) or imports
/// (true): a worker sends it to the host so a crash can name the importer.
using StageFn = std::function<void(const std::string& importerId, bool importing)>;

/// probeFile in this process, whatever the registry's workers (what a worker runs).
std::vector<Probe> probeFileHere(const PluginRegistry& registry, const std::string& path,
                                 DiagnosticList& diagnostics, const StageFn& stage = {},
                                 std::uint64_t maxInputBytes = kDefaultMaxInputBytes);

/// The importer that takes the file, or {nullptr,...} with `error` set (tie or no taker,
/// listing the candidates).
ImporterEntry chooseImporter(const std::vector<Probe>& probes, std::string& error);

/// The importer for `path`: the one with id `forcedId` when given, else the one
/// chooseImporter picks from probeFileHere (whose probes go to `probes` when given);
/// {nullptr,...} with `error` set when there is none.
ImporterEntry importerFor(const PluginRegistry& registry, const std::string& path,
                          const std::string& forcedId, DiagnosticList& diagnostics,
                          const StageFn& stage, std::uint64_t maxInputBytes, std::string& error,
                          std::vector<Probe>* probes = nullptr);

/// When the importer chooseImporter picked (probes.front()) comes from a plugin that is not
/// built in (LoadedPlugin::builtIn) and a built-in importer also claimed the file (confidence
/// above 0), a warning naming both with their confidences; "" otherwise. A third party's
/// importer that outbids a built-in one silently changes what a file imports as.
std::string outbidWarning(const std::vector<Probe>& probes);

/// What to do for every file of a batch.
struct ImportSettings {
    std::string forcedImporter;     ///< importer id, or empty to choose by identify
    Properties options;             ///< passed to the importer
    DiagnosticList* diagnostics = nullptr; ///< required
    const std::atomic<bool>* cancel = nullptr;
    ProgressFn progress;
    unsigned threads = 0;           ///< 0: as many as useful, up to the machine's cores
    /// Larger inputs are refused before any importer sees them (see checkInputFile).
    std::uint64_t maxInputBytes = kDefaultMaxInputBytes;
    /// Called (from a worker thread, one call at a time) as each file of a batch finishes.
    std::function<void(size_t done, size_t total, const std::string& path)> fileDone;
    /// A file with more findings than this keeps them in a FindingSpool on disk rather than
    /// in ImportResult::set (0: never). Only for a caller that writes them out as they are,
    /// such as `findings import`: a million tracker rows then take no memory.
    size_t spoolAbove = 0;
};

/// The outcome of importing one file.
struct ImportResult {
    std::string path;
    bool ok = false;
    std::string importerId;
    FindingsSet set;   ///< empty unless ok
    /// The file's findings, completed like those of `set`, when there were more than
    /// ImportSettings::spoolAbove; `set.findings` is then empty.
    std::shared_ptr<FindingSpool> spool;
    std::string error; ///< why it failed, one line, unless ok: the specific cause
    /// True when the cause in `error` was also reported as a diagnostic by the importer, so a
    /// caller printing diagnostics need not print it again.
    bool causeReported = false;
    /// The kind of failure the importer returned ("invalid input", "bad option", ...), or
    /// empty when it failed before the importer ran.
    std::string failureKind;
};

/// Imports one file.
ImportResult importFile(const PluginRegistry& registry, const std::string& path,
                        const ImportSettings& settings);

/// Imports one file in this process, handing each record to `sink` as the importer emits
/// it, uncompleted (no ids, digest or importer filled in); `result.set` stays empty. What a
/// worker runs, streaming the records to the host.
ImportResult importFileHere(const PluginRegistry& registry, const std::string& path,
                            const ImportSettings& settings, const fnd_sink& sink,
                            const StageFn& stage = {});

/// Imports many files, in parallel where that helps; results are in input order.
std::vector<ImportResult> importFiles(const PluginRegistry& registry,
                                      const std::vector<std::string>& paths,
                                      const ImportSettings& settings);

/// Appends `result` to `set`, renaming source ids that collide with ones already present
/// and the findings that refer to them. A source whose file is already in the set (the
/// same SHA-256) is refused with its findings; the returned sentences say which and name
/// the source already held, for the caller to show as warnings. The findings of a spooled
/// result (ImportResult::spool) get the same treatment in their spool; they stay there.
std::vector<std::string> appendImport(FindingsSet& set, FindingsSet result,
                                      FindingSpool* spool = nullptr);

}  // namespace findings::core
