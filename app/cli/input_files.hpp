// The files an import takes from its FILE arguments: a folder stands for the files below
// it, so `findings import letters/ -o visits.findings.json` takes a year's documents.
#pragma once

#include "session.hpp"

#include <string>
#include <vector>

namespace findings::cli {

/// Most files one folder argument may bring in.
inline constexpr size_t kMaxFolderFiles = 5000;
/// The confidence (0-100) an importer must have in a file found in a folder to import it.
inline constexpr int kFolderMinConfidence = 30;

struct InputFiles {
    std::vector<std::string> files;  ///< to import, in argument order, each folder's sorted
    size_t unusable = 0;             ///< folder arguments that gave nothing (each reported)
};

/// Expands folder arguments (recursively, hidden entries skipped). A file named on the
/// command line is always tried, so its failure is reported; a file found in a folder that
/// no importer claims with kFolderMinConfidence is skipped with a warning, since folders
/// hold other things too (unless --importer forces one importer for everything); so is one
/// that two importers claim equally (a tie), and the warning names them.
InputFiles expandInputs(Session& session);

}  // namespace findings::cli
