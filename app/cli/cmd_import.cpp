// `findings import FILE... -o OUT.findings.json` and
// `findings convert FILE... -o OUT [--to EXPORTER]`: import a batch (going on past bad
// files) and write the findings document, or hand it straight to an exporter.
#include "commands.hpp"
#include "input_files.hpp"

#include <findings/core/export_service.hpp>
#include <findings/core/findings_file.hpp>
#include <findings/core/import_service.hpp>
#include <findings/core/linker.hpp>
#include <findings/core/profiles.hpp>

#include <iostream>
#include <vector>

namespace findings::cli {
namespace {

/// Past this many findings a file's findings wait on disk (core::FindingSpool): about 280 MB
/// of them in memory. Smaller files, every letter and report among them, stay in memory.
constexpr size_t kSpoolAbove = 200000;

/// An option no plugin of this run declares was probably mistyped: say so rather than
/// silently ignoring it.
void warnUnusedOptions(Session& s, const Properties& options,
                       const std::vector<core::ImportResult>& results, bool convert) {
    for (const auto& [key, value] : options) {
        bool used = false;
        for (const auto& r : results) {
            core::ImporterEntry importer = s.registry.findImporter(r.importerId);
            used = used || (importer.plugin && importer.declaresOption(key));
        }
        if (convert) {
            std::string ignored;
            core::ExporterEntry exporter =
                core::chooseExporter(s.registry, s.args.output, s.args.to, ignored);
            used = used || (exporter.plugin && exporter.declaresOption(key));
        }
        if (!used)
            s.report(core::Severity::Warning, "", "unknown-option",
                     "option " + key + " is not declared by any importer or exporter used here; "
                     "it was ignored");
    }
}

/// Hands the findings a finished command held to the end of the process instead of freeing
/// them one by one: for a 100,000-row import that is 100,000 findings and some 30 ms, spent
/// just before the system takes the whole memory back at once (compilers do the same). They
/// stay reachable from a static, so a leak checker does not count them.
void releaseWithProcess(FindingsSet&& set) {
    static auto* const kept = new std::vector<FindingsSet>();
    kept->push_back(std::move(set));
}

}  // namespace

int runImport(Session& s) {
    const bool convert = s.args.command == "convert";
    if (s.args.files.empty()) throw UsageError(s.args.command + " needs at least one FILE");
    if (s.args.output.empty()) throw UsageError(s.args.command + " needs -o OUTPUT");

    core::ImportSettings settings;
    settings.diagnostics = &s.diagnostics;
    settings.cancel = &g_cancelRequested;
    settings.maxInputBytes = s.maxInputBytes();
    if (!s.args.profile.empty()) {
        core::ImportProfile profile = core::loadProfile(s.args.profile);
        settings.forcedImporter = profile.importer;
        settings.options = profile.options;
    }
    if (!s.args.importer.empty()) settings.forcedImporter = s.args.importer;
    // Options on the command line override the profile's.
    for (const auto& [k, v] : s.args.options) setProperty(settings.options, k, v);

    // A plain import writes the findings as they are, so a very large table's rows can wait
    // on disk rather than in memory (1.4 KB each). Linking and exporting need them all at
    // hand, and the same-document check never looks at a table's rows.
    if (!convert && !s.args.link) settings.spoolAbove = kSpoolAbove;
    // The batch runs in parallel, so progress counts files as they finish.
    settings.fileDone = [&](size_t done, size_t total, const std::string& path) {
        s.showProgress(done, total, path);
    };
    const InputFiles inputs = expandInputs(s);
    const std::vector<std::string>& files = inputs.files;
    std::vector<core::ImportResult> results = core::importFiles(s.registry, files, settings);
    // An interrupted batch is not a smaller batch: write nothing (main() says why).
    if (core::interrupted()) return core::kInterruptedExitStatus;

    warnUnusedOptions(s, settings.options, results, convert);

    findings::FindingsSet set;
    std::vector<core::SpooledFindings> spooled;
    size_t spooledCount = 0;
    size_t failed = 0;
    for (auto& r : results) {
        if (!r.ok) {
            ++failed;
            // The importer's own diagnostic has already printed the cause: say only what
            // became of the file.
            s.report(core::Severity::Error, r.path, "import-failed",
                     r.causeReported ? "not imported: " + r.failureKind + " (importer " + r.importerId + ")"
                                     : r.error);
            continue;
        }
        const size_t count = r.spool ? r.spool->size() : r.set.findings.size();
        if (!s.args.quiet)
            s.report(core::Severity::Info, r.path, "imported",
                     std::to_string(count) + " findings from " +
                         std::to_string(r.set.sources.size()) + " source(s) by " + r.importerId);
        for (const auto& refused : core::appendImport(set, std::move(r.set), r.spool.get()))
            s.report(core::Severity::Warning, r.path, "duplicate-source", refused);
        if (r.spool) {
            spooledCount += r.spool->size();
            spooled.push_back({set.findings.size(), std::move(r.spool)});
        }
    }
    s.endProgress();
    if (failed == files.size()) {
        s.report(core::Severity::Error, s.args.output, "nothing-written",
                 "no file could be imported; nothing was written");
        return 1;
    }
    if (s.args.link) {
        if (!linkInto(s, set)) return 1;
    } else {
        for (const auto& note : core::linkSameDocuments(set).notes)
            s.report(core::Severity::Warning, "", "same-document", note);
    }
    if (!convert) {
        try {
            core::writeFindingsFile(set, spooled, s.args.output, files);
        } catch (const std::exception& e) {
            s.report(core::Severity::Error, s.args.output, "write-failed", e.what());
            return 1;
        }
    } else {
        core::ExportSettings exportSettings;
        exportSettings.exporterId = s.args.to;
        exportSettings.options = settings.options;
        exportSettings.diagnostics = &s.diagnostics;
        exportSettings.themes = &s.themes;
        exportSettings.cancel = &g_cancelRequested;
        exportSettings.inputs = files;
        std::string error = core::exportFindings(s.registry, set, s.args.output, exportSettings);
        if (!error.empty()) {
            s.report(core::Severity::Error, s.args.output, "export-failed", error);
            return 1;
        }
    }
    if (!s.args.quiet)
        s.report(core::Severity::Info, s.args.output, "written",
                 std::to_string(set.findings.size() + spooledCount) + " findings from " +
                     std::to_string(set.sources.size()) + " source(s)");
    releaseWithProcess(std::move(set));
    return failed || inputs.unusable ? 1 : 0;
}

}  // namespace findings::cli
