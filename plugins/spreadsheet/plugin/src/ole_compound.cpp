#include "ole_compound.hpp"

#include <algorithm>
#include <string_view>

namespace spreadsheet {

namespace {

constexpr uint32_t kEndOfChain = 0xFFFFFFFEu;
constexpr size_t kHeaderFatEntries = 109;   // DIFAT entries the header itself holds
constexpr size_t kMaxDirectorySectors = 256; // a workbook's directory is a sector or two
constexpr size_t kDirEntrySize = 128;

uint32_t le32(const unsigned char* p) {
    return uint32_t(p[0]) | uint32_t(p[1]) << 8 | uint32_t(p[2]) << 16 | uint32_t(p[3]) << 24;
}
uint16_t le16(const unsigned char* p) { return uint16_t(p[0] | p[1] << 8); }

/// The CFB header and sector arithmetic; only what walking the directory chain needs.
class CompoundFile {
public:
    explicit CompoundFile(const ReadAt& read) : read_(read) {
        unsigned char header[512];
        if (read_(0, header, sizeof header) != sizeof header) return;
        if (!isOleCompound(std::string_view(reinterpret_cast<const char*>(header), 8))) return;
        const uint16_t shift = le16(header + 0x1E);
        if (shift != 9 && shift != 12) return;
        sectorSize_ = size_t(1) << shift;
        firstDirectorySector_ = le32(header + 0x30);
        for (size_t i = 0; i < kHeaderFatEntries; ++i) headerFat_.push_back(le32(header + 0x4C + 4 * i));
        valid_ = true;
    }
    bool valid() const { return valid_; }
    size_t sectorSize() const { return sectorSize_; }
    uint32_t firstDirectorySector() const { return firstDirectorySector_; }

    bool readSector(uint32_t sector, std::vector<unsigned char>& out) const {
        out.resize(sectorSize_);
        return read_((uint64_t(sector) + 1) * sectorSize_, out.data(), sectorSize_) == sectorSize_;
    }
    /// The sector after `sector` in its chain, or kEndOfChain when it cannot be followed
    /// (FAT sectors listed beyond the header are not read: directories never get that far).
    uint32_t next(uint32_t sector) const {
        const size_t perFatSector = sectorSize_ / 4;
        const size_t fatIndex = sector / perFatSector;
        if (fatIndex >= headerFat_.size() || headerFat_[fatIndex] >= 0xFFFFFFFAu) return kEndOfChain;
        unsigned char entry[4];
        const uint64_t at = (uint64_t(headerFat_[fatIndex]) + 1) * sectorSize_ + (sector % perFatSector) * 4;
        if (read_(at, entry, 4) != 4) return kEndOfChain;
        return le32(entry);
    }

private:
    const ReadAt& read_;
    bool valid_ = false;
    size_t sectorSize_ = 512;
    uint32_t firstDirectorySector_ = kEndOfChain;
    std::vector<uint32_t> headerFat_;
};

/// A directory entry's name: UTF-16LE, up to 31 characters; non-ASCII becomes '?'.
std::string entryName(const unsigned char* entry) {
    const uint16_t bytes = le16(entry + 0x40);
    std::string name;
    for (size_t i = 0; i + 1 < std::min<size_t>(bytes, 64); i += 2) {
        const uint16_t ch = le16(entry + i);
        if (ch == 0) break;
        name += ch < 0x80 ? char(ch) : '?';
    }
    return name;
}

bool has(const std::vector<std::string>& names, std::string_view wanted) {
    return std::find(names.begin(), names.end(), wanted) != names.end();
}

}  // namespace

bool isOleCompound(std::string_view head) {
    return head.size() >= 8 && head.substr(0, 8) == std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
}

std::vector<std::string> oleEntryNames(const ReadAt& read) {
    std::vector<std::string> names;
    const CompoundFile file(read);
    if (!file.valid()) return names;
    std::vector<unsigned char> sector;
    uint32_t at = file.firstDirectorySector();
    for (size_t walked = 0; at < 0xFFFFFFFAu && walked < kMaxDirectorySectors; ++walked, at = file.next(at)) {
        if (!file.readSector(at, sector)) break;
        for (size_t off = 0; off + kDirEntrySize <= sector.size(); off += kDirEntrySize) {
            const unsigned char type = sector[off + 0x42];
            if (type == 1 || type == 2 || type == 5)  // storage, stream, root
                names.push_back(entryName(sector.data() + off));
        }
    }
    return names;
}

std::string describeOleCompound(const std::vector<std::string>& names) {
    if (has(names, "EncryptedPackage") || has(names, "EncryptionInfo"))
        return "password-protected workbook (an encrypted Office file, OLE compound file); open it in "
               "Excel, remove the password and save it again";
    if (has(names, "Workbook") || has(names, "Book"))
        return "legacy Excel 97-2003 workbook (.xls, OLE compound file); save it as .xlsx";
    return "password-protected or legacy .xls (OLE compound file)";
}

}  // namespace spreadsheet
