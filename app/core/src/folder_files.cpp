#include <findings/core/folder_files.hpp>

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace findings::core {

namespace fs = std::filesystem;

namespace {

bool hidden(const fs::path& p) {
    const std::string name = p.filename().string();
    return !name.empty() && name[0] == '.';
}

}  // namespace

FolderListing filesInFolder(const std::string& folder, size_t limit) {
    FolderListing listing;
    std::error_code ec;
    fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
        if (hidden(it->path())) {
            if (it->is_directory(ec)) it.disable_recursion_pending();
            continue;
        }
        if (it->is_regular_file(ec)) listing.files.push_back(it->path().string());
        if (listing.files.size() > limit) {
            listing.files.clear();
            listing.error = "the folder holds more than " + std::to_string(limit) +
                            " files; import a smaller folder";
            return listing;
        }
    }
    if (ec) listing.error = "cannot read the folder: " + ec.message();
    std::sort(listing.files.begin(), listing.files.end());
    return listing;
}

}  // namespace findings::core
