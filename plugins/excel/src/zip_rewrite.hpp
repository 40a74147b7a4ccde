// Copying a finished zip archive to a stream while replacing the content of one entry.
//
// libxlsxwriter can only mark a sheet "hidden"; "very hidden" (not offered by Excel's
// Unhide dialog) needs one attribute changed in xl/workbook.xml after the file is written.
// Since the workbook is streamed from a scratch file to the host's output anyway, the copy
// rewrites that one small entry on the way: every other entry is copied byte for byte, the
// rewritten entry is deflated again, and the central directory gets the shifted offsets.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace findings::excel {

/// Receives the bytes of the copy, in order.
using ByteSink = std::function<void(const char* data, std::size_t size)>;

/// Copies the zip archive at `path` to `sink`, with the entry named `entryName` replaced by
/// `transform(its content)`. Returns false, having written nothing, when the archive uses
/// something this copier does not handle (ZIP64, an encrypted or data-descriptor entry, an
/// unknown compression method, a missing entry); the caller then copies the file unchanged.
/// Throws std::runtime_error naming the file when it cannot be read or is corrupt.
bool copyZipReplacingEntry(const std::string& path, const std::string& entryName,
                           const std::function<std::string(const std::string&)>& transform,
                           const ByteSink& sink);

/// One entry to replace: its name, and its new content made from the old.
struct EntryReplacement {
    std::string name;
    std::function<std::string(const std::string&)> transform;
    /// zlib level for the new content: the default, or Z_BEST_SPEED (1) for large entries
    /// whose size matters less than the time (the hidden data sheet).
    int deflateLevel = -1;
};

/// As copyZipReplacingEntry, for several entries at once; false (nothing written) when any
/// of them is missing or cannot be replaced.
bool copyZipReplacingEntries(const std::string& path, const std::vector<EntryReplacement>& replacements,
                             const ByteSink& sink);

/// Copies the file at `path` to `sink` unchanged; throws std::runtime_error naming the file.
void copyFileTo(const std::string& path, const ByteSink& sink);

}  // namespace findings::excel
