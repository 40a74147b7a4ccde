// `findings merge BASE.findings.json EDITED -o OUT.findings.json`: applies the edits a
// manager made (in a workbook exported earlier, or any importable findings file) onto the
// base document, reporting each change and each conflict instead of silently overwriting.
// The merge itself is the core's (edited_file_merge.hpp), shared with the desktop app.
#include "commands.hpp"

#include <findings/core/edited_file_merge.hpp>
#include <findings/core/findings_file.hpp>
#include <findings/format/findings_json.hpp>

namespace findings::cli {

int runMerge(Session& s) {
    if (s.args.files.size() != 2)
        throw UsageError("merge needs BASE.findings.json and one EDITED file");
    if (s.args.output.empty()) throw UsageError("merge needs -o OUT.findings.json");
    const std::string& basePath = s.args.files[0];
    const std::string& editedPath = s.args.files[1];

    findings::FindingsSet base;
    try {
        base = findings::readFindingsFile(basePath);
    } catch (const std::exception& e) {
        s.report(core::Severity::Error, basePath, "unreadable", e.what());
        return 1;
    }
    core::ImportSettings settings;
    settings.diagnostics = &s.diagnostics;
    settings.cancel = &g_cancelRequested;
    settings.maxInputBytes = s.maxInputBytes();
    settings.forcedImporter = s.args.importer;
    settings.options = s.args.options;
    const core::EditedFileMerge merge = core::mergeEditedFile(s.registry, base, editedPath, settings);
    if (core::interrupted()) return core::kInterruptedExitStatus;
    if (!merge.ok) {
        s.report(core::Severity::Error, editedPath, "import-failed", merge.error);
        return 1;
    }
    if (!merge.hadOriginal)
        s.report(core::Severity::Warning, editedPath, "no-original",
                 "this file does not record what was exported, so every difference from the "
                 "base is taken as an edit");
    const size_t workbookConflicts = merge.fileConflicts;
    const core::MergeResult& merged = merge.result;
    for (const auto& c : merged.changes)
        s.report(core::Severity::Info, editedPath, "changed", core::describeChange(c));
    for (const auto& c : merged.conflicts)
        s.report(core::Severity::Warning, editedPath, "conflict", core::describeConflict(c, "the base's"));
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
