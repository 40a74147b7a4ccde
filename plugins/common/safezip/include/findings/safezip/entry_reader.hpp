// Streaming access to one zip entry: inflates on demand and counts every byte against the
// archive's caps, so a zip bomb stops at the cap instead of exhausting memory.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>

namespace findings::safezip {

struct EntryInfo;

/// A chunked reader over one entry, obtained from Archive::open(). Move-only. Keeps the
/// archive's state alive. Not thread-safe.
class EntryReader {
public:
    EntryReader(EntryReader&&) noexcept;
    EntryReader& operator=(EntryReader&&) noexcept;
    ~EntryReader();

    /// Inflates up to `count` bytes into `buffer`; returns how many, 0 only at the end of
    /// the entry. Throws ZipError: Bomb (a cap was reached: per-entry size, archive total or
    /// ratio), Truncated (the archive ends inside the entry), Corrupt (bad deflate data,
    /// CRC mismatch), Io.
    size_t read(char* buffer, size_t count);

    /// The entry being read.
    const EntryInfo& entry() const;
    /// Bytes inflated from this entry so far.
    uint64_t inflatedBytes() const;
    /// True once read() has returned 0.
    bool atEnd() const;

    /// Implementation detail, constructed by Archive::open().
    struct Impl;
    /// Used by Archive::open(); not for callers.
    explicit EntryReader(std::unique_ptr<Impl> impl);

private:
    std::unique_ptr<Impl> impl_;
};

}  // namespace findings::safezip
