// Where an archive's bytes come from. A zip is read from its end (the central directory), so
// the source must allow reading at any offset; files, seekable streams and memory do.
#pragma once

#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>

namespace findings::safezip {

/// Random-access, read-only bytes with a name for messages. Implement it to read an
/// archive from anything else (for example a plugin host's input callbacks).
/// Not thread-safe: one reader at a time.
class ByteSource {
public:
    virtual ~ByteSource() = default;
    /// Total size in bytes.
    virtual uint64_t size() const = 0;
    /// Copies up to `count` bytes starting at `offset` into `buffer` and returns how many
    /// were copied; fewer than `count` only when the source ends. Throws ZipError
    /// (ZipErrorKind::Io) when the underlying read fails.
    virtual size_t readAt(uint64_t offset, void* buffer, size_t count) = 0;
    /// Display name used in every error message (a path, or what the caller passed).
    virtual const std::string& name() const = 0;
};

/// Opens the file at `path`. Throws ZipError (Io) naming the path and the OS error.
std::unique_ptr<ByteSource> openFileSource(const std::string& path);

/// Reads from `in`, which must outlive the source. A seekable stream is read in place (its
/// error state is cleared before each read, so a stream left at eof by an earlier reader,
/// such as Poco::Zip::ZipArchive, still works); a non-seekable one is copied into memory,
/// refusing more than `maxCopyBytes`. `name` is used in messages.
std::unique_ptr<ByteSource> streamSource(std::istream& in, std::string name,
                                         uint64_t maxCopyBytes = uint64_t(1) << 30);

/// Borrows `bytes`, which must outlive the source.
std::unique_ptr<ByteSource> memorySource(std::string_view bytes, std::string name);

/// Takes ownership of `bytes`.
std::unique_ptr<ByteSource> ownedMemorySource(std::string bytes, std::string name);

}  // namespace findings::safezip
