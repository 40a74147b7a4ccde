#include <findings/core/import_service.hpp>

#include <findings/core/file_input.hpp>
#include <findings/core/import_assembly.hpp>
#include <findings/core/worker_pool.hpp>
#include <findings/sdk/convert.hpp>

#include <algorithm>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>
#include <unordered_map>

namespace findings::core {

namespace {
void sortProbes(std::vector<Probe>& probes) {
    std::stable_sort(probes.begin(), probes.end(),
                     [](const Probe& a, const Probe& b) { return a.confidence > b.confidence; });
}
}  // namespace

std::vector<Probe> probeFile(const PluginRegistry& registry, const std::string& path,
                             DiagnosticList& diagnostics, std::uint64_t maxInputBytes) {
    if (!registry.workers()) return probeFileHere(registry, path, diagnostics, {}, maxInputBytes);
    // The host refuses what is no input (a FIFO, a device, too large) before a worker sees it.
    checkInputFile(path, maxInputBytes);
    std::vector<Probe> probes;
    for (auto& answer : registry.workers()->probe(path, diagnostics)) {
        const ImporterEntry ref = registry.findImporter(answer.importerId);
        if (!ref.plugin)
            throw std::runtime_error("the import worker answered for an unknown importer " +
                                     answer.importerId);
        probes.push_back({ref, answer.confidence, std::move(answer.reason)});
    }
    sortProbes(probes);
    return probes;
}

std::vector<Probe> probeFileHere(const PluginRegistry& registry, const std::string& path,
                                 DiagnosticList& diagnostics, const StageFn& stage,
                                 std::uint64_t maxInputBytes) {
    FileInput file(path, maxInputBytes);
    const std::string head = file.head(kIdentifyHeadSize);
    std::vector<Probe> probes;
    for (const ImporterEntry& ref : registry.importers()) {
        if (stage) stage(ref.id(), false);
        CallContext context(path, diagnostics, ref.plugin->dir);
        context.serveInput(path, registry.services(), {});
        char reason[256] = {0};
        int confidence = ref.importer->identify(ref.importer, context.host(), toC(path),
                                                head.data(), head.size(),
                                                fnd_reason_buffer{reason, sizeof reason});
        if (confidence != FND_IDENTIFY_UNKNOWN) confidence = std::clamp(confidence, 0, 100);
        probes.push_back({ref, confidence, reason});
    }
    sortProbes(probes);
    return probes;
}

namespace {
std::string describe(const Probe& p) {
    std::string s = p.importer.id() + " (";
    s += p.confidence == FND_IDENTIFY_UNKNOWN ? "unknown" : std::to_string(p.confidence);
    if (!p.reason.empty()) s += ": " + p.reason;
    return s + ")";
}
}  // namespace

ImporterEntry chooseImporter(const std::vector<Probe>& probes, std::string& error) {
    if (probes.empty()) {
        error = "no importer plugins are loaded";
        return {nullptr, nullptr};
    }
    const Probe& best = probes.front();
    if (best.confidence <= 0) {
        std::string list;
        for (const auto& p : probes) list += (list.empty() ? "" : ", ") + describe(p);
        error = "no importer recognises this file; candidates: " + list;
        return {nullptr, nullptr};
    }
    if (probes.size() > 1 && probes[1].confidence == best.confidence) {
        std::string list;
        for (const auto& p : probes)
            if (p.confidence == best.confidence) list += (list.empty() ? "" : ", ") + describe(p);
        error = "several importers claim this file equally: " + list +
                "; choose one with --importer ID";
        return {nullptr, nullptr};
    }
    return best.importer;
}

std::string outbidWarning(const std::vector<Probe>& probes) {
    if (probes.empty() || probes.front().importer.plugin->builtIn()) return {};
    for (const Probe& p : probes) {
        if (!p.importer.plugin->builtIn() || p.confidence <= 0) continue;
        // Sorted highest first: this is the strongest built-in claim.
        return "importer " + describe(probes.front()) + " of plugin " +
               probes.front().importer.plugin->id() + " outbids the built-in importer " +
               describe(p) + "; choose with --importer ID";
    }
    return {};
}

namespace {

/// The sink of an import in this process: each record goes to the assembly as it comes.
struct AssemblingSink {
    ImportAssembly& records;
    fnd_sink table{};

    explicit AssemblingSink(ImportAssembly& r) : records(r) {
        table.struct_size = sizeof table;
        table.ctx = this;
        table.source = [](void* ctx, const fnd_source* s) -> int {
            static_cast<AssemblingSink*>(ctx)->records.source(fromC(*s));
            return 0;
        };
        table.finding = [](void* ctx, const fnd_finding* f) -> int {
            static_cast<AssemblingSink*>(ctx)->records.finding(fromC(*f));
            return 0;
        };
    }
};

}  // namespace

ImporterEntry importerFor(const PluginRegistry& registry, const std::string& path,
                          const std::string& forcedId, DiagnosticList& diagnostics,
                          const StageFn& stage, std::uint64_t maxInputBytes, std::string& error,
                          std::vector<Probe>* probes) {
    if (!forcedId.empty()) {
        const ImporterEntry ref = registry.findImporter(forcedId);
        if (!ref.plugin) error = "no importer with id " + forcedId;
        return ref;
    }
    std::vector<Probe> asked = probeFileHere(registry, path, diagnostics, stage, maxInputBytes);
    const ImporterEntry ref = chooseImporter(asked, error);
    if (probes) *probes = std::move(asked);
    return ref;
}

ImportResult importFileHere(const PluginRegistry& registry, const std::string& path,
                            const ImportSettings& settings, const fnd_sink& sink,
                            const StageFn& stage) {
    ImportResult result;
    result.path = path;
    DiagnosticList& diagnostics = *settings.diagnostics;
    try {
        // An empty file is not a puzzle for the importers ("no importer recognises it"):
        // say what it is.
        if (checkInputFile(path, settings.maxInputBytes) == 0) {
            result.error = "the file is empty";
            return result;
        }
        std::vector<Probe> probes;
        const ImporterEntry ref = importerFor(registry, path, settings.forcedImporter, diagnostics,
                                              stage, settings.maxInputBytes, result.error, &probes);
        if (!ref.plugin) return result;
        if (std::string outbid = outbidWarning(probes); !outbid.empty())
            diagnostics.add({path, -1, {}, -1, -1, -1, {}, Severity::Warning,
                             "outbids-built-in", std::move(outbid)});
        result.importerId = ref.id();
        if (stage) stage(result.importerId, true);
        FileInput file(path, settings.maxInputBytes);
        const COptions options(settings.options);
        CallContext context(path, diagnostics, ref.plugin->dir, settings.cancel,
                            settings.progress);
        context.serveInput(path, registry.services(), settings.options);
        const fnd_status status = ref.importer->import(ref.importer, context.host(), file.input(),
                                                       options.get(), context.sinkFillingDigest(&sink));
        if (status != FND_OK) {
            // The plugin logged the specific cause ("truncated zip ..."): that is the error a
            // person needs; the status only says which kind of failure it was.
            result.causeReported = !context.firstError().empty();
            result.failureKind = fnd_status_words(status);
            result.error = context.failure(status, ref.id());
            return result;
        }
        result.ok = true;
    } catch (const std::exception& e) {
        result.error = e.what();
    }
    return result;
}

ImportResult importFile(const PluginRegistry& registry, const std::string& path,
                        const ImportSettings& settings) {
    ImportResult result;
    // Each record is completed and checked as it arrives: what `findings validate` would
    // refuse fails the file, naming the importer.
    ImportAssembly records(registry, path, settings.spoolAbove, *settings.diagnostics);
    if (registry.workers()) {
        // What is no input never reaches a worker: the same check and message as in process.
        try {
            if (checkInputFile(path, settings.maxInputBytes) == 0) {
                result.path = path;
                result.error = "the file is empty";
                return result;
            }
        } catch (const std::exception& e) {
            result.path = path;
            result.error = e.what();
            return result;
        }
        result = registry.workers()->importFile(path, settings, records);
    } else {
        AssemblingSink sink(records);
        result = importFileHere(registry, path, settings, sink.table, [&](const std::string& importerId, bool importing) {
            if (importing) records.importing(importerId);
        });
    }
    if (!result.ok) return result;
    try {
        records.finish(result);
    } catch (const std::exception& e) {
        result.ok = false;
        result.set = {};
        result.spool.reset();
        result.error = e.what();
    }
    return result;
}

std::vector<ImportResult> importFiles(const PluginRegistry& registry,
                                      const std::vector<std::string>& paths,
                                      const ImportSettings& settings) {
    std::vector<ImportResult> results(paths.size());
    unsigned threads = settings.threads ? settings.threads : std::thread::hardware_concurrency();
    threads = std::max(1u, std::min<unsigned>(threads, static_cast<unsigned>(paths.size())));
    std::atomic<size_t> next{0};
    std::mutex doneMutex;
    size_t done = 0;
    auto work = [&] {
        for (size_t i; (i = next.fetch_add(1)) < paths.size();) {
            if (settings.cancel && settings.cancel->load()) {
                results[i].path = paths[i];
                results[i].error = "cancelled";
                continue;
            }
            results[i] = importFile(registry, paths[i], settings);
            if (settings.fileDone) {
                std::lock_guard<std::mutex> lock(doneMutex);
                settings.fileDone(++done, paths.size(), paths[i]);
            }
        }
    };
    if (threads == 1) {
        work();
    } else {
        std::vector<std::thread> pool;
        for (unsigned t = 0; t < threads; ++t) pool.emplace_back(work);
        for (auto& t : pool) t.join();
    }
    return results;
}

std::vector<std::string> appendImport(FindingsSet& set, FindingsSet result, FindingSpool* spool) {
    std::vector<std::string> refused;
    // The same bytes again (same SHA-256) add nothing but doubled counts: refuse them,
    // naming the source already held.
    std::unordered_map<std::string, const Source*> bySha;
    for (const auto& s : set.sources)
        if (!s.sha256.empty()) bySha.emplace(s.sha256, &s);
    std::set<std::string> dropped;
    for (const auto& s : result.sources) {
        auto it = s.sha256.empty() ? bySha.end() : bySha.find(s.sha256);
        if (it == bySha.end()) continue;
        const Source& earlier = *it->second;
        const std::string name = !earlier.title.empty() ? "\"" + earlier.title + "\""
                                 : !earlier.path.empty() ? earlier.path
                                                         : "source " + earlier.id;
        refused.push_back("already imported as " + name +
                          " (the same file, by its SHA-256); not imported again");
        dropped.insert(s.id);
    }
    if (!dropped.empty()) {
        auto& sources = result.sources;
        sources.erase(std::remove_if(sources.begin(), sources.end(),
                                     [&](const Source& s) { return dropped.count(s.id) > 0; }),
                      sources.end());
        auto& findings = result.findings;
        findings.erase(std::remove_if(findings.begin(), findings.end(),
                                      [&](const Finding& f) { return dropped.count(f.source) > 0; }),
                       findings.end());
        if (spool) spool->rewrite([&](const Finding& f) { return dropped.count(f.source) == 0; });
    }
    std::set<std::string> taken;
    for (const auto& s : set.sources) taken.insert(s.id);
    std::unordered_map<std::string, std::string> renamed;
    for (auto& s : result.sources) {
        if (!taken.count(s.id)) {
            taken.insert(s.id);
            continue;
        }
        std::string fresh;
        for (int n = 2;; ++n) {
            fresh = s.id + "~" + std::to_string(n);
            if (!taken.count(fresh)) break;
        }
        renamed[s.id] = fresh;
        s.id = fresh;
        taken.insert(fresh);
    }
    auto rename = [&](Finding& f) {
        auto it = renamed.find(f.source);
        if (it == renamed.end()) return true;
        if (f.id.compare(0, it->first.size(), it->first) == 0)
            f.id = it->second + f.id.substr(it->first.size());
        f.source = it->second;
        return true;
    };
    if (!renamed.empty()) {
        for (auto& f : result.findings) rename(f);
        if (spool) spool->rewrite(rename);
    }
    set.append(std::move(result));
    return refused;
}

}  // namespace findings::core
