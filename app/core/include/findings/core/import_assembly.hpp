// One file's records on their way from an importer to an ImportResult: gathered (in memory,
// or spooled past ImportSettings::spoolAbove), completed with what the importer left for the
// host, and checked by the import gate (import_check.hpp).
//
// Each record is completed and checked as it arrives, so an import in a worker is checked
// while the worker is still reading, not after. The one record that cannot be completed on
// arrival is a finding that names no source before any source has come (its source is the
// file's first): it waits for finish(), and so does every finding after it, since a
// finding's ordinal id depends on those before it.
#pragma once

#include <findings/core/diagnostics.hpp>
#include <findings/core/finding_spool.hpp>
#include <findings/core/import_check.hpp>
#include <findings/core/import_service.hpp>
#include <findings/core/plugin_registry.hpp>

#include <cstddef>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>

namespace findings::core {

class ImportAssembly {
public:
    /// For the import of `path`; `spoolAbove` as ImportSettings::spoolAbove.
    ImportAssembly(const PluginRegistry& registry, std::string path, std::size_t spoolAbove,
                   DiagnosticList& diagnostics);

    /// The importer that will emit the records (its id in `registry`). Call before the first
    /// record.
    void importing(const std::string& importerId);
    /// A source as the importer emitted it.
    void source(Source source);
    /// A finding as the importer emitted it.
    void finding(Finding finding);

    /// After an import that succeeded: completes the findings that waited (adding the file's
    /// source when the importer gave none), finishes the gate's checks and moves the records
    /// into `result` (its set, or its spool). Throws std::runtime_error with one line when a
    /// record broke a rule of the format ("IMPORTER emitted finding #3 ...") or could not be
    /// completed (the input could not be read to hash it).
    void finish(ImportResult& result);

private:
    /// Fills what the importer left to the host; `index` is the source's place in the file.
    void complete(Source& source, std::size_t index);
    void complete(Finding& finding);
    /// Runs `step`, keeping the first failure for finish() to report: a record arrives on a
    /// worker's reading thread, where a failure must not look like the worker's.
    template <class Step>
    void guarded(Step&& step);
    const std::string& fileDigest();

    const PluginRegistry& registry_;
    std::string path_;
    DiagnosticList& diagnostics_;
    std::string importerId_;
    ImporterRef importer_;
    std::optional<ImportGate> gate_;
    FindingsSet set_;
    FindingCollector findings_;
    std::size_t findingCount_ = 0;
    /// Findings from this one on wait for finish(); none wait while it is unset.
    std::optional<std::size_t> firstWaiting_;
    std::string digest_;
    std::set<std::string> sourceIds_;
    std::unordered_map<std::string, std::size_t> ordinals_; ///< per source id, for ids the importer left
    std::string failure_;
};

}  // namespace findings::core
