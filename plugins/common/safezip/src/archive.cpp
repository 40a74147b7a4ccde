// Central-directory parsing. The central directory is the authority on entry names, sizes
// and offsets; it also carries correct sizes for data-descriptor entries (LibreOffice).
#include "archive_state.hpp"

#include <findings/safezip/zip_error.hpp>

#include <algorithm>
#include <cstring>

namespace findings::safezip {

namespace {

constexpr uint32_t kEndOfCentralDirSig = 0x06054b50;
constexpr uint32_t kZip64EndSig = 0x06064b50;
constexpr uint32_t kZip64LocatorSig = 0x07064b50;
constexpr uint32_t kCentralHeaderSig = 0x02014b50;
constexpr size_t kEndRecordSize = 22;
constexpr size_t kCentralHeaderSize = 46;
constexpr unsigned char kOleMagic[8] = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};

std::string lowerAscii(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    return out;
}

std::string readExactly(ByteSource& src, uint64_t offset, size_t count) {
    std::string buf(count, '\0');
    size_t got = src.readAt(offset, buf.data(), count);
    buf.resize(got);
    return buf;
}

/// The end-of-central-directory facts, after following a zip64 locator when present.
struct Directory {
    uint64_t entryCount = 0;
    uint64_t size = 0;
    uint64_t offset = 0;
    uint64_t endRecordPos = 0;  ///< where the (classic) end record starts
};

Directory locateDirectory(ByteSource& src) {
    const std::string& name = src.name();
    const uint64_t fileSize = src.size();
    const size_t tailSize = size_t(std::min<uint64_t>(fileSize, kEndRecordSize + 0xFFFF));
    const uint64_t tailStart = fileSize - tailSize;
    std::string tail = readExactly(src, tailStart, tailSize);
    auto* t = reinterpret_cast<const unsigned char*>(tail.data());

    // Scan backwards: the end record is the last signature whose comment fits the file.
    for (size_t i = tail.size() >= kEndRecordSize ? tail.size() - kEndRecordSize + 1 : 0; i-- > 0;) {
        if (le32(t + i) != kEndOfCentralDirSig) continue;
        const size_t commentLen = le16(t + i + 20);
        if (i + kEndRecordSize + commentLen > tail.size()) continue;
        Directory dir;
        dir.endRecordPos = tailStart + i;
        dir.entryCount = le16(t + i + 10);
        dir.size = le32(t + i + 12);
        dir.offset = le32(t + i + 16);
        const bool needs64 = dir.entryCount == 0xFFFF || dir.size == 0xFFFFFFFFu || dir.offset == 0xFFFFFFFFu;
        if (needs64) {
            if (dir.endRecordPos < 20)
                throw ZipError(ZipErrorKind::Corrupt, name, "", "corrupt zip (zip64 locator missing)");
            std::string loc = readExactly(src, dir.endRecordPos - 20, 20);
            auto* l = reinterpret_cast<const unsigned char*>(loc.data());
            if (loc.size() != 20 || le32(l) != kZip64LocatorSig)
                throw ZipError(ZipErrorKind::Corrupt, name, "", "corrupt zip (zip64 locator missing)");
            const uint64_t recPos = le64(l + 8);
            std::string rec = readExactly(src, recPos, 56);
            auto* r = reinterpret_cast<const unsigned char*>(rec.data());
            if (rec.size() != 56 || le32(r) != kZip64EndSig)
                throw ZipError(ZipErrorKind::Corrupt, name, "", "corrupt zip (zip64 end record missing)");
            dir.entryCount = le64(r + 32);
            dir.size = le64(r + 40);
            dir.offset = le64(r + 48);
        }
        return dir;
    }
    throw ZipError(ZipErrorKind::Truncated, name, "", "truncated zip (end of central directory not found)");
}

/// Replaces 0xFFFFFFFF fields with their values from the zip64 extra field (id 0x0001).
void applyZip64Extra(EntryInfo& e, const unsigned char* extra, size_t len, bool wantSize,
                     bool wantCompressed, bool wantOffset, const std::string& archive) {
    size_t pos = 0;
    while (pos + 4 <= len) {
        const uint16_t id = le16(extra + pos);
        const uint16_t size = le16(extra + pos + 2);
        if (pos + 4 + size > len) break;
        if (id == 0x0001) {
            const unsigned char* p = extra + pos + 4;
            size_t left = size;
            auto take = [&](uint64_t& field) {
                if (left < 8) throw ZipError(ZipErrorKind::Corrupt, archive, e.name, "corrupt zip64 extra field for entry " + e.name);
                field = le64(p);
                p += 8;
                left -= 8;
            };
            if (wantSize) take(e.declaredSize);
            if (wantCompressed) take(e.compressedSize);
            if (wantOffset) take(e.localHeaderOffset);
            return;
        }
        pos += 4 + size;
    }
    throw ZipError(ZipErrorKind::Corrupt, archive, e.name, "entry " + e.name + " lacks its zip64 extra field");
}

}  // namespace

ContainerKind sniffContainer(std::string_view firstBytes) {
    if (firstBytes.size() >= 4 && firstBytes[0] == 'P' && firstBytes[1] == 'K' &&
        (firstBytes[2] == 3 || firstBytes[2] == 5 || firstBytes[2] == 7) &&
        (firstBytes[3] == 4 || firstBytes[3] == 6 || firstBytes[3] == 8))
        return ContainerKind::Zip;
    if (firstBytes.size() >= 8 && std::memcmp(firstBytes.data(), kOleMagic, 8) == 0)
        return ContainerKind::OleCompound;
    return ContainerKind::Unknown;
}

Archive::Archive(std::unique_ptr<ByteSource> source, const ZipLimits& limits)
    : state_(std::make_shared<State>()) {
    State& st = *state_;
    st.source = std::move(source);
    st.limits = limits;
    ByteSource& src = *st.source;
    const std::string& name = src.name();

    const std::string head = readExactly(src, 0, 8);
    switch (sniffContainer(head)) {
    case ContainerKind::OleCompound:
        throw ZipError(ZipErrorKind::OleCompound, name, "",
                       "password-protected or legacy .xls (OLE compound file)");
    case ContainerKind::Unknown:
        throw ZipError(ZipErrorKind::NotZip, name, "",
                       head.empty() ? "not a zip file (empty)" : "not a zip file");
    case ContainerKind::Zip:
        break;
    }

    const Directory dir = locateDirectory(src);
    if (dir.entryCount > limits.maxEntries)
        throw ZipError(ZipErrorKind::TooManyEntries, name, "",
                       "zip lists " + std::to_string(dir.entryCount) + " entries, more than the cap of " +
                           std::to_string(limits.maxEntries));
    if (dir.offset + dir.size > dir.endRecordPos) {
        // Content is missing between the directory's start and its end record.
        throw ZipError(dir.offset + dir.size > src.size() ? ZipErrorKind::Truncated : ZipErrorKind::Corrupt,
                       name, "", dir.offset + dir.size > src.size()
                                     ? "truncated zip (central directory beyond the end of the file)"
                                     : "corrupt zip (central directory overlaps its end record)");
    }
    const std::string cd = readExactly(src, dir.offset, size_t(dir.size));
    if (cd.size() != dir.size)
        throw ZipError(ZipErrorKind::Truncated, name, "", "truncated zip (central directory cut short)");

    auto* p = reinterpret_cast<const unsigned char*>(cd.data());
    size_t pos = 0;
    st.entries.reserve(size_t(dir.entryCount));
    for (uint64_t i = 0; i < dir.entryCount; ++i) {
        if (pos + kCentralHeaderSize > cd.size() || le32(p + pos) != kCentralHeaderSig)
            throw ZipError(ZipErrorKind::Corrupt, name, "",
                           "corrupt zip (central directory entry " + std::to_string(i + 1) + " is malformed)");
        const unsigned char* h = p + pos;
        const size_t nameLen = le16(h + 28), extraLen = le16(h + 30), commentLen = le16(h + 32);
        if (pos + kCentralHeaderSize + nameLen + extraLen + commentLen > cd.size())
            throw ZipError(ZipErrorKind::Corrupt, name, "",
                           "corrupt zip (central directory entry " + std::to_string(i + 1) + " overruns it)");
        EntryInfo e;
        e.flags = le16(h + 8);
        e.method = le16(h + 10);
        e.crc32 = le32(h + 16);
        e.compressedSize = le32(h + 20);
        e.declaredSize = le32(h + 24);
        e.localHeaderOffset = le32(h + 42);
        e.name.assign(reinterpret_cast<const char*>(h + kCentralHeaderSize), nameLen);
        const bool size64 = e.declaredSize == 0xFFFFFFFFu, comp64 = e.compressedSize == 0xFFFFFFFFu,
                   off64 = e.localHeaderOffset == 0xFFFFFFFFu;
        if (size64 || comp64 || off64)
            applyZip64Extra(e, h + kCentralHeaderSize + nameLen, extraLen, size64, comp64, off64, name);
        pos += kCentralHeaderSize + nameLen + extraLen + commentLen;
        st.byName.emplace(e.name, st.entries.size());
        // A name listed twice (or twice but for case, which OPC treats as the same part)
        // is ambiguous: readers differ on which copy they take. The first is used here,
        // and callers warn.
        if (!st.byLowerName.emplace(lowerAscii(e.name), st.entries.size()).second &&
            st.duplicates.size() < 100)
            st.duplicates.push_back(e.name);
        st.entries.push_back(std::move(e));
    }
}

Archive Archive::openFile(const std::string& path, const ZipLimits& limits) {
    return Archive(openFileSource(path), limits);
}

const std::string& Archive::name() const { return state_->source->name(); }
const std::vector<EntryInfo>& Archive::entries() const { return state_->entries; }
const std::vector<std::string>& Archive::duplicateNames() const { return state_->duplicates; }

std::string duplicateEntryMessage(const std::string& name) {
    return "the zip lists " + name + " more than once; the first copy was read, "
           "and another program may show a different one";
}
const ZipLimits& Archive::limits() const { return state_->limits; }
uint64_t Archive::totalInflated() const { return state_->totalInflated; }

const EntryInfo* Archive::findEntry(std::string_view entryName) const {
    if (!entryName.empty() && entryName.front() == '/') entryName.remove_prefix(1);
    auto it = state_->byName.find(std::string(entryName));
    if (it != state_->byName.end()) return &state_->entries[it->second];
    auto lower = state_->byLowerName.find(lowerAscii(entryName));
    return lower != state_->byLowerName.end() ? &state_->entries[lower->second] : nullptr;
}

const EntryInfo& Archive::entryFor(std::string_view entryName) const {
    if (const EntryInfo* e = findEntry(entryName)) return *e;
    throw ZipError(ZipErrorKind::MissingEntry, name(), std::string(entryName),
                   "zip has no entry " + std::string(entryName));
}

EntryReader Archive::open(std::string_view entryName) const { return open(entryFor(entryName)); }

std::string Archive::readAll(std::string_view entryName) const {
    EntryReader reader = open(entryName);
    std::string out;
    char chunk[64 * 1024];
    while (size_t n = reader.read(chunk, sizeof chunk)) out.append(chunk, n);
    return out;
}

}  // namespace findings::safezip
