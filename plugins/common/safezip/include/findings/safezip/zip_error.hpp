// The one exception type safezip throws for anything wrong with an archive or one of its
// entries, so callers can tell "this file is not what it claims" from their own failures.
#pragma once

#include <stdexcept>
#include <string>

namespace findings::safezip {

/// What went wrong, for callers that react differently (e.g. name a legacy .xls as such).
enum class ZipErrorKind {
    Io,             ///< the file could not be opened or read
    NotZip,         ///< no zip signature at all ("not a zip file")
    OleCompound,    ///< an OLE compound file: a password-protected OOXML file or a legacy .xls/.doc
    Truncated,      ///< a zip whose end or entry data is missing ("truncated zip")
    Corrupt,        ///< inconsistent headers, bad deflate data or a CRC mismatch
    Encrypted,      ///< a zip entry protected by a password ("encrypted entry")
    Unsupported,    ///< a compression method other than stored or deflate
    Bomb,           ///< an inflation cap was reached ("zip bomb: ...")
    TooManyEntries, ///< more entries than ZipLimits::maxEntries
    MissingEntry,   ///< Archive::entryFor() named an entry the archive does not hold
};

/// Thrown by every safezip function. what() is a complete sentence for people, naming the
/// archive and, where there is one, the entry: "tracker.xlsx: truncated zip (...)".
class ZipError : public std::runtime_error {
public:
    /// `archive` is the display name of the archive, `entry` the entry name or empty,
    /// `detail` the cause without the archive name ("not a zip file").
    ZipError(ZipErrorKind kind, const std::string& archive, const std::string& entry,
             const std::string& detail);

    /// The category of the failure.
    ZipErrorKind kind() const noexcept { return kind_; }
    /// Display name of the archive (usually its path).
    const std::string& archive() const noexcept { return archive_; }
    /// The entry involved, or empty when the failure concerns the whole archive.
    const std::string& entry() const noexcept { return entry_; }
    /// The cause alone, without the archive name.
    const std::string& detail() const noexcept { return detail_; }

private:
    ZipErrorKind kind_;
    std::string archive_;
    std::string entry_;
    std::string detail_;
};

}  // namespace findings::safezip
