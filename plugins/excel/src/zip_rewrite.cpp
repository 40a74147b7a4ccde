#include "zip_rewrite.hpp"

#include <zlib.h>

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <algorithm>
#include <memory>
#include <stdexcept>
#include <vector>

namespace findings::excel {
namespace {

constexpr std::uint32_t kLocalHeaderSig = 0x04034b50;
constexpr std::uint32_t kCentralHeaderSig = 0x02014b50;
constexpr std::uint32_t kEndOfCentralDirSig = 0x06054b50;
constexpr std::uint32_t kZip64LocatorSig = 0x07064b50;
constexpr std::size_t kLocalHeaderSize = 30;
constexpr std::size_t kCentralHeaderSize = 46;
constexpr std::size_t kEndRecordSize = 22;
/// An entry to rewrite is read whole (xl/workbook.xml, a data sheet holding two rows):
/// refuse anything absurd.
constexpr std::uint32_t kMaxEntryBytes = 64u << 20;
constexpr std::size_t kCopyBlock = 1 << 20;

std::uint16_t get16(const unsigned char* p) { return static_cast<std::uint16_t>(p[0] | p[1] << 8); }
std::uint32_t get32(const unsigned char* p) {
    return static_cast<std::uint32_t>(p[0]) | static_cast<std::uint32_t>(p[1]) << 8 |
           static_cast<std::uint32_t>(p[2]) << 16 | static_cast<std::uint32_t>(p[3]) << 24;
}
void put32(unsigned char* p, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) p[i] = static_cast<unsigned char>(v >> (8 * i));
}

struct FileCloser {
    void operator()(std::FILE* f) const { std::fclose(f); }
};

/// A file read at given offsets; every failure names the file.
class Reader {
public:
    explicit Reader(const std::string& path) : path_(path), file_(std::fopen(path.c_str(), "rb")) {
        if (!file_) fail(std::string("cannot open it: ") + std::strerror(errno));
        if (fseeko(file_.get(), 0, SEEK_END) != 0) fail("cannot seek in it");
        size_ = static_cast<std::uint64_t>(ftello(file_.get()));
    }
    std::uint64_t size() const { return size_; }
    std::vector<unsigned char> read(std::uint64_t offset, std::size_t n) {
        std::vector<unsigned char> out(n);
        seek(offset);
        if (n && std::fread(out.data(), 1, n, file_.get()) != n) fail("it ends too early");
        return out;
    }
    /// Sends bytes [from, to) to `sink` in blocks.
    void copy(std::uint64_t from, std::uint64_t to, const ByteSink& sink) {
        seek(from);
        std::vector<char> buffer(kCopyBlock);
        while (from < to) {
            const std::size_t n =
                static_cast<std::size_t>(std::min<std::uint64_t>(kCopyBlock, to - from));
            if (std::fread(buffer.data(), 1, n, file_.get()) != n) fail("it ends too early");
            sink(buffer.data(), n);
            from += n;
        }
    }
    [[noreturn]] void fail(const std::string& why) const {
        throw std::runtime_error("cannot read the zip file " + path_ + ": " + why);
    }

private:
    void seek(std::uint64_t offset) {
        if (fseeko(file_.get(), static_cast<off_t>(offset), SEEK_SET) != 0)
            fail("cannot seek in it");
    }
    std::string path_;
    std::unique_ptr<std::FILE, FileCloser> file_;
    std::uint64_t size_ = 0;
};

struct CentralEntry {
    std::size_t at;  ///< offset of the record within the central directory bytes
    std::uint16_t flags, method;
    std::uint32_t compressedSize, size, localOffset;
    std::string name;
};

std::string inflateRaw(const std::vector<unsigned char>& data, std::uint32_t size, Reader& file) {
    std::string out(size, '\0');
    z_stream z{};
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK) file.fail("zlib cannot start inflating");
    z.next_in = const_cast<unsigned char*>(data.data());
    z.avail_in = static_cast<uInt>(data.size());
    z.next_out = reinterpret_cast<unsigned char*>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    const int rc = inflate(&z, Z_FINISH);
    const uLong produced = z.total_out;
    inflateEnd(&z);
    if (rc != Z_STREAM_END || produced != size) file.fail("an entry does not inflate to its size");
    return out;
}

std::vector<unsigned char> deflateRaw(const std::string& data, int level) {
    z_stream z{};
    if (deflateInit2(&z, level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) !=
        Z_OK)
        throw std::runtime_error("zlib cannot start deflating");
    std::vector<unsigned char> out(deflateBound(&z, static_cast<uLong>(data.size())));
    z.next_in = reinterpret_cast<unsigned char*>(const_cast<char*>(data.data()));
    z.avail_in = static_cast<uInt>(data.size());
    z.next_out = out.data();
    z.avail_out = static_cast<uInt>(out.size());
    const int rc = deflate(&z, Z_FINISH);
    out.resize(z.total_out);
    deflateEnd(&z);
    if (rc != Z_STREAM_END) throw std::runtime_error("zlib could not deflate an entry");
    return out;
}

}  // namespace

void copyFileTo(const std::string& path, const ByteSink& sink) {
    Reader file(path);
    file.copy(0, file.size(), sink);
}

bool copyZipReplacingEntry(const std::string& path, const std::string& entryName,
                           const std::function<std::string(const std::string&)>& transform,
                           const ByteSink& sink) {
    return copyZipReplacingEntries(path, {{entryName, transform}}, sink);
}

bool copyZipReplacingEntries(const std::string& path, const std::vector<EntryReplacement>& replacements,
                             const ByteSink& sink) {
    Reader file(path);
    // The end record: last 22 bytes unless the archive has a comment (libxlsxwriter writes
    // none; search the largest comment's worth anyway).
    const std::uint64_t tailSize = std::min<std::uint64_t>(file.size(), 0xFFFF + kEndRecordSize);
    const std::vector<unsigned char> tail = file.read(file.size() - tailSize, tailSize);
    std::size_t end = std::string::npos;
    for (std::size_t i = tail.size() >= kEndRecordSize ? tail.size() - kEndRecordSize + 1 : 0;
         i-- > 0;)
        if (get32(&tail[i]) == kEndOfCentralDirSig) {
            end = i;
            break;
        }
    if (end == std::string::npos) file.fail("no end-of-central-directory record");
    const std::uint64_t endOffset = file.size() - tailSize + end;
    const unsigned char* e = &tail[end];
    const std::uint16_t entries = get16(e + 10);
    const std::uint32_t cdSize = get32(e + 12), cdOffset = get32(e + 16);
    if (entries == 0xFFFF || cdSize == 0xFFFFFFFF || cdOffset == 0xFFFFFFFF) return false;
    if (end >= 20 && get32(&tail[end - 20]) == kZip64LocatorSig) return false;
    if (static_cast<std::uint64_t>(cdOffset) + cdSize > endOffset)
        file.fail("the central directory is out of place");

    std::vector<unsigned char> cd = file.read(cdOffset, cdSize);
    std::vector<CentralEntry> list;
    for (std::size_t at = 0; list.size() < entries;) {
        if (at + kCentralHeaderSize > cd.size() || get32(&cd[at]) != kCentralHeaderSig)
            file.fail("a central directory record is damaged");
        const unsigned char* c = &cd[at];
        CentralEntry ce{
            at, get16(c + 8), get16(c + 10), get32(c + 20), get32(c + 24), get32(c + 42), {}};
        const std::size_t nameLen = get16(c + 28), extraLen = get16(c + 30),
                          commentLen = get16(c + 32);
        if (at + kCentralHeaderSize + nameLen > cd.size())
            file.fail("a central directory record is damaged");
        ce.name.assign(reinterpret_cast<const char*>(c + kCentralHeaderSize), nameLen);
        list.push_back(std::move(ce));
        at += kCentralHeaderSize + nameLen + extraLen + commentLen;
    }

    // Every rewritten entry is made in full before a byte is written, so a refusal still
    // leaves the caller free to copy the file unchanged.
    struct Rewrite {
        const CentralEntry* entry;
        std::vector<unsigned char> local;  ///< its local header, updated
        std::uint64_t dataStart;           ///< where its old data starts
        std::vector<unsigned char> data;   ///< the new stored bytes
        std::uint32_t crc, size;
    };
    std::vector<Rewrite> rewrites;
    for (const EntryReplacement& replacement : replacements) {
        const CentralEntry* target = nullptr;
        for (const auto& ce : list)
            if (ce.name == replacement.name) target = &ce;
        if (!target || (target->flags & 0x0009) != 0 || (target->method != 0 && target->method != 8) ||
            target->size > kMaxEntryBytes)
            return false;
        std::vector<unsigned char> local = file.read(target->localOffset, kLocalHeaderSize);
        if (get32(local.data()) != kLocalHeaderSig) file.fail("a local header is damaged");
        const std::size_t localLen = kLocalHeaderSize + get16(&local[26]) + get16(&local[28]);
        local = file.read(target->localOffset, localLen);
        const std::uint64_t dataStart = target->localOffset + localLen;
        const std::vector<unsigned char> stored = file.read(dataStart, target->compressedSize);
        const std::string content = target->method == 8 ? inflateRaw(stored, target->size, file)
                                                        : std::string(stored.begin(), stored.end());
        const std::string replaced = replacement.transform(content);
        if (replaced.size() > 0xFFFFFFFEull) return false;
        std::vector<unsigned char> data =
            target->method == 8 ? deflateRaw(replaced, replacement.deflateLevel)
                                : std::vector<unsigned char>(replaced.begin(), replaced.end());
        const std::uint32_t crc = static_cast<std::uint32_t>(crc32_z(
            0L, reinterpret_cast<const Bytef*>(replaced.data()), replaced.size()));
        rewrites.push_back({target, std::move(local), dataStart, std::move(data), crc,
                            static_cast<std::uint32_t>(replaced.size())});
    }
    std::sort(rewrites.begin(), rewrites.end(), [](const Rewrite& a, const Rewrite& b) {
        return a.entry->localOffset < b.entry->localOffset;
    });

    // How far each entry moves: the growth of every rewritten entry before it.
    auto shiftAt = [&](std::uint32_t localOffset) {
        std::int64_t shift = 0;
        for (const Rewrite& r : rewrites)
            if (r.entry->localOffset < localOffset)
                shift += static_cast<std::int64_t>(r.data.size()) - r.entry->compressedSize;
        return shift;
    };
    const std::int64_t totalShift = shiftAt(0xFFFFFFFFu);
    if (static_cast<std::int64_t>(cdOffset) + totalShift > 0xFFFFFFFEll) return false;

    for (Rewrite& r : rewrites) {
        put32(&r.local[14], r.crc);
        put32(&r.local[18], static_cast<std::uint32_t>(r.data.size()));
        put32(&r.local[22], r.size);
    }
    for (const auto& ce : list) {
        unsigned char* c = &cd[ce.at];
        for (const Rewrite& r : rewrites)
            if (r.entry == &ce) {
                put32(c + 16, r.crc);
                put32(c + 20, static_cast<std::uint32_t>(r.data.size()));
                put32(c + 24, r.size);
            }
        put32(c + 42, static_cast<std::uint32_t>(ce.localOffset + shiftAt(ce.localOffset)));
    }
    std::vector<unsigned char> endRecord(tail.begin() + static_cast<long>(end), tail.end());
    put32(&endRecord[16], static_cast<std::uint32_t>(cdOffset + totalShift));

    std::uint64_t copied = 0;  // bytes of the original file sent so far
    for (const Rewrite& r : rewrites) {
        file.copy(copied, r.entry->localOffset, sink);
        sink(reinterpret_cast<const char*>(r.local.data()), r.local.size());
        sink(reinterpret_cast<const char*>(r.data.data()), r.data.size());
        copied = r.dataStart + r.entry->compressedSize;
    }
    file.copy(copied, cdOffset, sink);
    sink(reinterpret_cast<const char*>(cd.data()), cd.size());
    file.copy(static_cast<std::uint64_t>(cdOffset) + cdSize, endOffset, sink);
    sink(reinterpret_cast<const char*>(endRecord.data()), endRecord.size());
    return true;
}

}  // namespace findings::excel
