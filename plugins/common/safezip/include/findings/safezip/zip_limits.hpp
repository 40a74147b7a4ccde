// Caps that bound what reading an archive may cost. Declared sizes in zip headers are never
// trusted: every cap is enforced on bytes actually inflated.
#pragma once

#include <cstddef>
#include <cstdint>

namespace findings::safezip {

/// Inflation caps for one Archive. The defaults admit a 1M-row × 11-column worksheet
/// (about 0.75 GB of XML) and refuse the classic bombs within milliseconds.
struct ZipLimits {
    /// Most bytes any one entry may inflate to.
    uint64_t maxEntryBytes = uint64_t(2) << 30;
    /// Most bytes inflated through one Archive object in total, counting every read of
    /// every entry (reading an entry twice counts twice).
    uint64_t maxTotalBytes = uint64_t(6) << 30;
    /// Largest inflated/compressed ratio allowed once an entry has inflated more than
    /// ratioGraceBytes. Spreadsheet XML deflates about 10:1; bombs reach 1000:1.
    double maxRatio = 200.0;
    /// Bytes an entry may inflate before the ratio is checked, so small, very repetitive
    /// parts (styles, empty sheets) are never refused.
    uint64_t ratioGraceBytes = uint64_t(4) << 20;
    /// Most entries the central directory may list.
    size_t maxEntries = 10000;
    /// Check each entry's CRC-32 at its end (catches corruption deflate itself misses).
    bool verifyCrc = true;
};

}  // namespace findings::safezip
