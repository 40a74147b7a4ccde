// Import profiles: an importer choice plus options (e.g. a spreadsheet's column mapping)
// saved as a small JSON file under a name, so a council's monthly tracker imports the same
// way every time.
//
//   { "profile": "findings-import-profile", "version": 1, "name": "Monthly tracker",
//     "importer": "uk.findings.spreadsheet.xlsx",
//     "options": { "sheet": "Tracker", "header_row": "4", "map.text": "Area for improvement" } }
#pragma once

#include <findings/sdk/records.hpp>

#include <string>

namespace findings::core {

struct ImportProfile {
    std::string name;
    std::string importer; ///< importer id, or empty to choose by identify
    Properties options;
};

/// The folder named profiles are kept in: `<user data dir>/profiles`.
std::string profilesDir();

/// Loads a profile from a file path, or else by name from profilesDir() (NAME.json).
/// Throws std::runtime_error naming the file and the cause.
ImportProfile loadProfile(const std::string& nameOrFile);

/// Saves a profile atomically to `path` (or profilesDir()/NAME.json when path is empty);
/// returns the path written.
std::string saveProfile(const ImportProfile& profile, const std::string& path = {});

}  // namespace findings::core
