// Merging a file a manager edited (an exported workbook, or any importable findings file)
// back onto a document: imports it, asks its importer for what was exported when it keeps
// that record, and runs the three-way merge (merge_service.hpp). The CLI's `findings merge`
// and the desktop application's File › Merge Edited Workbook run this one function, so they
// report the same changes and conflicts.
#pragma once

#include <findings/core/import_service.hpp>
#include <findings/core/merge_service.hpp>

#include <string>

namespace findings::core {

/// The import option an importer declares when it can give back the records exactly as they
/// were exported (our workbook keeps them in a hidden sheet): with "true" it emits those
/// instead of the edited ones. It is the common ancestor of a three-way merge.
inline constexpr const char* kOriginalRecordsOption = "roundtrip.original";

/// What became of merging one edited file.
struct EditedFileMerge {
    bool ok = false;
    std::string error;           ///< why the edited file could not be read, unless ok
    MergeResult result;          ///< the merged document and what changed, when ok
    /// False when the file does not record what was exported: every difference from the base
    /// was then taken as an edit (say so to the person).
    bool hadOriginal = false;
    /// Conflicts the importer found inside the file itself (a workbook's Findings and Actions
    /// sheets disagreeing on one field, reported as "conflict" diagnostics); the exported
    /// value was kept for each.
    size_t fileConflicts = 0;
};

/// Merges the edits in `editedPath` onto `base`. `settings` is used for both imports (its
/// diagnostics receive the importer's messages); a forced importer applies to the first.
EditedFileMerge mergeEditedFile(const PluginRegistry& registry, const FindingsSet& base,
                                const std::string& editedPath, const ImportSettings& settings);

}  // namespace findings::core
