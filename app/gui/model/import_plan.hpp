// Checking paths before an import starts (a drop, the Import dialog, the command line):
// folders are expanded, and each file must exist, be a regular file and be claimed by an
// importer. What is refused is said, with the reason, and never silently dropped.
#pragma once

#include <findings/core/plugin_registry.hpp>

#include <string>
#include <vector>

namespace findings::studio {

struct PlannedFile {
    std::string path;
    std::string importerId;  ///< the importer that claims it
    bool spreadsheet = false; ///< that importer reads spreadsheets (preview before import)
};

struct RejectedPath {
    std::string path;
    std::string reason;
};

struct ImportPlan {
    std::vector<PlannedFile> files;
    std::vector<RejectedPath> rejected;
};

/// Most files one drop may bring in; a folder holding more is refused with a message rather
/// than probing thousands of files on the UI thread.
inline constexpr size_t kMaxPlannedFiles = 5000;

/// Checks and expands `paths` (folders recursively, hidden entries skipped).
ImportPlan planImport(const core::PluginRegistry& registry, const std::vector<std::string>& paths);

/// True for importers that read spreadsheets: an id mentioning "spreadsheet", or options
/// for a header row or column mapping ("header_row", "map.*").
bool isSpreadsheetImporter(const core::ImporterEntry& importer);

}  // namespace findings::studio
