// `findings merge BASE.findings.json EDITED -o OUT.findings.json`: applies the edits a
// manager made (in a workbook exported earlier, or any importable findings file) onto the
// base document, reporting each change and each conflict instead of silently overwriting.
#include "commands.hpp"

#include <findings/core/findings_file.hpp>
#include <findings/core/findings_json.hpp>
#include <findings/core/import_service.hpp>
#include <findings/core/merge_service.hpp>


namespace findings::cli {
namespace {

/// Importers that can also give back the records exactly as they were exported (our own
/// workbook carries them in hidden data) declare this option.
constexpr const char* kOriginalOption = "roundtrip.original";

core::ImportResult importEdited(Session& s, const std::string& path, bool original,
                                const std::string& importerId) {
    core::ImportSettings settings;
    settings.diagnostics = &s.diagnostics;
    settings.cancel = &g_cancelRequested;
    settings.maxInputBytes = s.maxInputBytes();
    settings.forcedImporter = importerId.empty() ? s.args.importer : importerId;
    settings.options = s.args.options;
    if (original) setProperty(settings.options, kOriginalOption, "true");
    return core::importFile(s.registry, path, settings);
}

}  // namespace

int runMerge(Session& s) {
    if (s.args.files.size() != 2)
        throw UsageError("merge needs BASE.findings.json and one EDITED file");
    if (s.args.output.empty()) throw UsageError("merge needs -o OUT.findings.json");
    const std::string& basePath = s.args.files[0];
    const std::string& editedPath = s.args.files[1];

    core::FindingsSet base;
    try {
        base = core::readFindingsFile(basePath);
    } catch (const std::exception& e) {
        s.report(core::Severity::Error, basePath, "unreadable", e.what());
        return 1;
    }
    core::ImportResult edited = importEdited(s, editedPath, false, {});
    if (core::interrupted()) return core::kInterruptedExitStatus;
    if (!edited.ok) {
        s.report(core::Severity::Error, editedPath, "import-failed", edited.error);
        return 1;
    }
    core::ImportResult original;
    const core::ImporterEntry importer = s.registry.findImporter(edited.importerId);
    if (importer.plugin && importer.declaresOption(kOriginalOption)) {
        original = importEdited(s, editedPath, true, edited.importerId);
        if (!original.ok) {
            s.report(core::Severity::Error, editedPath, "import-failed", original.error);
            return 1;
        }
    } else {
        s.report(core::Severity::Warning, editedPath, "no-original",
                 "this file does not record what was exported, so every difference from the "
                 "base is taken as an edit");
    }

    if (core::interrupted()) return core::kInterruptedExitStatus;
    // The importer reports conflicts inside the workbook itself (the Findings and Actions
    // sheets disagreeing on one field) as it reads; they count with the merge's own.
    size_t workbookConflicts = 0;
    for (const auto& d : s.diagnostics.all())
        workbookConflicts += d.file == editedPath && d.code == "conflict";

    const core::MergeResult merged =
        core::mergeEdits(base, original.ok ? &original.set : nullptr, edited.set);
    for (const auto& c : merged.changes)
        s.report(core::Severity::Info, editedPath, "changed",
                 c.findingId + ": " + c.field + " \"" + c.before + "\" -> \"" + c.after + "\"");
    for (const auto& c : merged.conflicts)
        s.report(core::Severity::Warning, editedPath, "conflict",
                 c.findingId + ": " + c.field + " was changed in both; kept the base's \"" +
                     c.base + "\", the edited file has \"" + c.edited + "\"");
    for (const auto& id : merged.unknownIds)
        s.report(core::Severity::Warning, editedPath, "unknown-finding",
                 "finding " + id + " is not in the base; ignored");

    try {
        core::writeFindingsFile(merged.merged, s.args.output, s.args.files);
    } catch (const std::exception& e) {
        s.report(core::Severity::Error, s.args.output, "write-failed", e.what());
        return 1;
    }
    std::string summary = std::to_string(merged.changes.size()) + " change(s) applied, " +
                          std::to_string(merged.conflicts.size()) + " conflict(s) kept the base";
    if (workbookConflicts)
        summary += ", " + std::to_string(workbookConflicts) +
                   " conflict(s) between the workbook's sheets kept the exported value";
    s.report(core::Severity::Info, s.args.output, "merged", summary);
    return 0;
}

}  // namespace findings::cli
