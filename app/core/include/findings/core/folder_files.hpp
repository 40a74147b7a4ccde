// The files a folder named for import holds: both the CLI and the desktop application take
// folders ("import everything Ofsted sent us this year") and must expand them the same way.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace findings::core {

struct FolderListing {
    std::vector<std::string> files;  ///< regular files, sorted by path
    std::string error;               ///< why the folder could not be listed in full, or ""
};

/// The regular files below `folder`, recursively, in path order. Hidden files and folders
/// (names starting with '.') are skipped: editors' backups and version-control folders are
/// never inputs. More than `limit` files is an error (the listing then holds none), so a
/// mistaken drop of a home folder does not probe thousands of files.
FolderListing filesInFolder(const std::string& folder, size_t limit);

}  // namespace findings::core
