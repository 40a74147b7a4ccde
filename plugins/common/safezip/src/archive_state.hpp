// Internal: the state an Archive and its EntryReaders share.
#pragma once

#include <findings/safezip/archive.hpp>

#include <unordered_map>

namespace findings::safezip {

struct Archive::State {
    std::unique_ptr<ByteSource> source;
    ZipLimits limits;
    std::vector<EntryInfo> entries;
    std::unordered_map<std::string, size_t> byName;       ///< exact names
    std::unordered_map<std::string, size_t> byLowerName;  ///< ASCII-lowercased names
    uint64_t totalInflated = 0;                           ///< across all readers
    std::vector<std::string> duplicates;                  ///< names listed more than once
};

/// Little-endian field readers for zip headers.
inline uint16_t le16(const unsigned char* p) { return uint16_t(p[0] | (p[1] << 8)); }
inline uint32_t le32(const unsigned char* p) {
    return uint32_t(p[0]) | (uint32_t(p[1]) << 8) | (uint32_t(p[2]) << 16) | (uint32_t(p[3]) << 24);
}
inline uint64_t le64(const unsigned char* p) { return uint64_t(le32(p)) | (uint64_t(le32(p + 4)) << 32); }

}  // namespace findings::safezip
