#include "model/import_batch.hpp"

#include <findings/core/import_service.hpp>

#include <map>
#include <mutex>

namespace findings::studio {

size_t BatchResult::failed() const {
    size_t n = 0;
    for (const auto& o : outcomes) n += o.ok ? 0 : 1;
    return n;
}

BatchResult runImportBatch(const core::PluginRegistry& registry,
                           const std::vector<FileImportRequest>& requests,
                           const std::atomic<bool>& cancel, const FileDoneFn& fileDone) {
    // Group requests with the same importer and options: core::importFiles takes one set of
    // options for a whole batch.
    std::map<std::pair<std::string, Properties>, std::vector<size_t>> groups;
    for (size_t i = 0; i < requests.size(); ++i)
        groups[{requests[i].forcedImporter, requests[i].options}].push_back(i);

    core::DiagnosticList diagnostics;
    std::vector<core::ImportResult> results(requests.size());
    std::mutex progressMutex;
    size_t done = 0;
    for (const auto& [key, members] : groups) {
        core::ImportSettings settings;
        settings.forcedImporter = key.first;
        settings.options = key.second;
        settings.diagnostics = &diagnostics;
        settings.cancel = &cancel;
        settings.fileDone = [&](size_t, size_t, const std::string& path) {
            std::lock_guard<std::mutex> lock(progressMutex);
            ++done;
            if (fileDone) fileDone(done, requests.size(), path);
        };
        std::vector<std::string> paths;
        for (size_t i : members) paths.push_back(requests[i].path);
        std::vector<core::ImportResult> groupResults = core::importFiles(registry, paths, settings);
        for (size_t k = 0; k < members.size(); ++k) results[members[k]] = std::move(groupResults[k]);
    }

    BatchResult batch;
    const std::vector<core::Diagnostic> all = diagnostics.all();
    for (size_t i = 0; i < results.size(); ++i) {
        core::ImportResult& r = results[i];
        FileOutcome outcome;
        outcome.path = requests[i].path;
        outcome.ok = r.ok;
        outcome.cancelled = !r.ok && (cancel.load() && (r.error == "cancelled" ||
                                                         r.error.rfind("cancelled", 0) == 0));
        outcome.importerId = r.importerId;
        outcome.error = r.error;
        for (const auto& d : all)
            if (d.file == outcome.path) outcome.diagnostics.push_back(d);
        if (r.ok) {
            outcome.sources = r.set.sources.size();
            outcome.findings = r.set.findings.size();
            for (auto& why : core::appendImport(batch.imported, std::move(r.set))) {
                core::Diagnostic d;
                d.file = outcome.path;
                d.severity = core::Severity::Warning;
                d.code = "duplicate-source";
                d.message = std::move(why);
                outcome.diagnostics.push_back(std::move(d));
            }
        }
        batch.outcomes.push_back(std::move(outcome));
    }
    return batch;
}

}  // namespace findings::studio
