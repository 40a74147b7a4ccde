// A zip archive read from its central directory, with every entry inflated under caps.
// Replaces Poco::Zip for untrusted input: Poco trusts declared sizes and cannot cap inflation.
#pragma once

#include <findings/safezip/byte_source.hpp>
#include <findings/safezip/entry_reader.hpp>
#include <findings/safezip/zip_limits.hpp>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace findings::safezip {

/// One entry as listed by the central directory.
struct EntryInfo {
    std::string name;              ///< path inside the archive, as stored ("xl/workbook.xml")
    uint64_t compressedSize = 0;   ///< bytes of entry data in the archive (bounds reading)
    uint64_t declaredSize = 0;     ///< inflated size the headers claim; never trusted
    uint64_t localHeaderOffset = 0;///< where the entry's local header starts
    uint32_t crc32 = 0;            ///< CRC-32 of the inflated bytes, checked at the end
    uint16_t method = 0;           ///< 0 stored, 8 deflate; others are refused on open
    uint16_t flags = 0;            ///< general-purpose bit flags (bit 0: encrypted)

    /// True for directory entries (name ending in '/'); they have no content.
    bool isDirectory() const { return !name.empty() && name.back() == '/'; }
    /// True when the entry is password-protected (cannot be read).
    bool isEncrypted() const { return (flags & 1u) != 0 || method == 99; }
};

/// What the first bytes of a file say it is, for a cheap identify before opening.
enum class ContainerKind {
    Zip,         ///< starts with a zip local header or end record ("PK")
    OleCompound, ///< OLE compound file: legacy .xls/.doc or password-protected OOXML
    Unknown,     ///< neither
};

/// Classifies `firstBytes` (8 bytes are enough). Never throws.
ContainerKind sniffContainer(std::string_view firstBytes);

/// An open archive. Construction reads and checks the central directory only; entry data is
/// read when an entry is opened. Copyable handles share one state: readers opened from an
/// Archive keep that state alive, and all of them count towards the same total cap.
/// Not thread-safe: use one Archive (and its readers) from one thread at a time.
class Archive {
public:
    /// Reads the central directory of `source`. Throws ZipError: NotZip, OleCompound
    /// ("password-protected or legacy .xls (OLE compound file)"), Truncated, Corrupt,
    /// TooManyEntries.
    explicit Archive(std::unique_ptr<ByteSource> source, const ZipLimits& limits = {});

    /// Opens the file at `path` (see the constructor for errors; Io when it cannot be read).
    static Archive openFile(const std::string& path, const ZipLimits& limits = {});

    /// Display name of the archive, used in every message.
    const std::string& name() const;
    /// Every entry, in central-directory order.
    const std::vector<EntryInfo>& entries() const;
    /// Names the central directory lists more than once, exactly or but for ASCII case (at
    /// most 100). findEntry() gives the first copy; a second copy is what another reader
    /// (Excel, Word) may show, so callers warn about each.
    const std::vector<std::string>& duplicateNames() const;
    /// The caps this archive enforces.
    const ZipLimits& limits() const;

    /// The entry called `name`, or nullptr. A leading '/' is ignored, and when no entry
    /// matches exactly an ASCII case-insensitive match is accepted (OPC part names are
    /// case-insensitive).
    const EntryInfo* findEntry(std::string_view name) const;
    /// As findEntry(), but throws ZipError (MissingEntry) naming the archive and entry.
    const EntryInfo& entryFor(std::string_view name) const;

    /// Opens `entry` (which must come from this archive's entries()) for streaming.
    /// Throws ZipError: Encrypted, Unsupported, Truncated, Corrupt.
    EntryReader open(const EntryInfo& entry) const;
    /// Opens the entry called `name` (throws MissingEntry when absent).
    EntryReader open(std::string_view name) const;
    /// Inflates the whole entry called `name` into memory, under the same caps. For small
    /// parts only (workbook.xml, rels); stream large ones with open().
    std::string readAll(std::string_view name) const;

    /// Bytes inflated so far through this archive, over all entries and reads.
    uint64_t totalInflated() const;

    /// Shared state of an archive; an implementation detail readers hold on to.
    struct State;

private:
    std::shared_ptr<State> state_;
};

/// The diagnostic code every importer of a zip container warns with for each of
/// Archive::duplicateNames(), with duplicateEntryMessage() as its text, so the spreadsheet
/// and Word importers say it the same way.
inline constexpr const char* kDuplicateEntryCode = "duplicate-zip-entry";
/// "the zip lists NAME more than once; the first copy was read, and another program may
/// show a different one".
std::string duplicateEntryMessage(const std::string& name);

}  // namespace findings::safezip
