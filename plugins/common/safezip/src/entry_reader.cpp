// Inflation of one entry with zlib's raw inflate, reading compressed bytes straight from the
// source. Every produced byte is counted against the caps before it is handed out.
#include "archive_state.hpp"

#include <findings/safezip/zip_error.hpp>

#include <zlib.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <vector>

namespace findings::safezip {

namespace {
constexpr uint32_t kLocalHeaderSig = 0x04034b50;
constexpr size_t kLocalHeaderSize = 30;
constexpr size_t kInputChunk = 64 * 1024;
}  // namespace

struct EntryReader::Impl {
    std::shared_ptr<Archive::State> state;
    const EntryInfo* entry = nullptr;  // points into state->entries, which never changes
    uint64_t dataStart = 0;            // first compressed byte
    uint64_t dataEnd = 0;              // one past the last compressed byte
    uint64_t nextRead = 0;             // next compressed byte to fetch from the source
    z_stream zs{};
    bool zlibReady = false;
    std::vector<unsigned char> input;
    uint64_t inflated = 0;
    uLong crc = 0;
    bool done = false;

    ~Impl() {
        if (zlibReady) inflateEnd(&zs);
    }

    const std::string& archiveName() const { return state->source->name(); }

    [[noreturn]] void fail(ZipErrorKind kind, const std::string& detail) const {
        throw ZipError(kind, archiveName(), entry->name, detail);
    }

    [[noreturn]] void bomb(uint64_t beyond) const {
        const uint64_t consumed = std::max<uint64_t>(1, compressedConsumed());
        const double ratio = double(inflated) / double(consumed);
        fail(ZipErrorKind::Bomb, "zip bomb: entry " + entry->name + " inflates beyond " +
                                     std::to_string(beyond) + " bytes (ratio " +
                                     std::to_string(std::llround(ratio)) + ")");
    }

    uint64_t compressedConsumed() const {
        return (nextRead - dataStart) - (entry->method == 8 ? zs.avail_in : 0);
    }

    /// Counts `n` new bytes and throws when any cap is passed.
    void account(const char* bytes, size_t n) {
        const ZipLimits& lim = state->limits;
        inflated += n;
        state->totalInflated += n;
        if (inflated > lim.maxEntryBytes) bomb(lim.maxEntryBytes);
        if (state->totalInflated > lim.maxTotalBytes)
            fail(ZipErrorKind::Bomb, "zip bomb: archive inflates beyond " + std::to_string(lim.maxTotalBytes) +
                                         " bytes in total (reading entry " + entry->name + ")");
        if (inflated > lim.ratioGraceBytes &&
            double(inflated) > lim.maxRatio * double(std::max<uint64_t>(1, compressedConsumed())))
            bomb(inflated);
        if (lim.verifyCrc) crc = crc32(crc, reinterpret_cast<const Bytef*>(bytes), uInt(n));
    }

    void finish() {
        done = true;
        if (state->limits.verifyCrc && uint32_t(crc) != entry->crc32)
            fail(ZipErrorKind::Corrupt, "corrupt zip: CRC mismatch in entry " + entry->name);
    }

    /// Most bytes one read may produce: one past the per-entry cap, so a bomb is detected
    /// without inflating a whole caller buffer beyond it.
    size_t allowance(size_t count) const {
        const uint64_t left = state->limits.maxEntryBytes - std::min(inflated, state->limits.maxEntryBytes) + 1;
        return size_t(std::min<uint64_t>({count, left, uint64_t(UINT_MAX)}));
    }

    size_t readStored(char* buffer, size_t count) {
        const size_t want = size_t(std::min<uint64_t>(allowance(count), dataEnd - nextRead));
        if (want == 0) {
            finish();
            return 0;
        }
        const size_t got = state->source->readAt(nextRead, buffer, want);
        if (got < want) fail(ZipErrorKind::Truncated, "truncated zip: entry " + entry->name + " is cut short");
        nextRead += got;
        account(buffer, got);
        if (nextRead == dataEnd) finish();
        return got;
    }

    size_t readDeflated(char* buffer, size_t count) {
        const size_t room = allowance(count);
        zs.next_out = reinterpret_cast<Bytef*>(buffer);
        zs.avail_out = uInt(room);
        while (zs.avail_out == room) {
            if (zs.avail_in == 0) {
                if (nextRead >= dataEnd)
                    fail(ZipErrorKind::Corrupt, "corrupt zip: deflate data of entry " + entry->name + " ends early");
                const size_t want = size_t(std::min<uint64_t>(kInputChunk, dataEnd - nextRead));
                const size_t got = state->source->readAt(nextRead, input.data(), want);
                if (got == 0) fail(ZipErrorKind::Truncated, "truncated zip: entry " + entry->name + " is cut short");
                nextRead += got;
                zs.next_in = input.data();
                zs.avail_in = uInt(got);
            }
            const int rc = inflate(&zs, Z_NO_FLUSH);
            if (rc == Z_STREAM_END) {
                const size_t produced = room - zs.avail_out;
                account(buffer, produced);
                finish();
                return produced;
            }
            if (rc != Z_OK && rc != Z_BUF_ERROR)
                fail(ZipErrorKind::Corrupt, "corrupt zip: bad deflate data in entry " + entry->name + " (" +
                                                (zs.msg ? zs.msg : "zlib error " + std::to_string(rc)) + ")");
        }
        const size_t produced = room - zs.avail_out;
        account(buffer, produced);
        return produced;
    }
};

EntryReader::EntryReader(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
EntryReader::EntryReader(EntryReader&&) noexcept = default;
EntryReader& EntryReader::operator=(EntryReader&&) noexcept = default;
EntryReader::~EntryReader() = default;

size_t EntryReader::read(char* buffer, size_t count) {
    Impl& d = *impl_;
    if (d.done || count == 0) return 0;
    return d.entry->method == 0 ? d.readStored(buffer, count) : d.readDeflated(buffer, count);
}

const EntryInfo& EntryReader::entry() const { return *impl_->entry; }
uint64_t EntryReader::inflatedBytes() const { return impl_->inflated; }
bool EntryReader::atEnd() const { return impl_->done; }

EntryReader Archive::open(const EntryInfo& entry) const {
    const std::string& archive = name();
    if (entry.isEncrypted())
        throw ZipError(ZipErrorKind::Encrypted, archive, entry.name, "encrypted entry " + entry.name);
    if (entry.method != 0 && entry.method != 8)
        throw ZipError(ZipErrorKind::Unsupported, archive, entry.name,
                       "entry " + entry.name + " uses unsupported compression method " + std::to_string(entry.method));

    ByteSource& src = *state_->source;
    unsigned char h[kLocalHeaderSize];
    if (entry.localHeaderOffset + kLocalHeaderSize > src.size() ||
        src.readAt(entry.localHeaderOffset, h, sizeof h) != sizeof h)
        throw ZipError(ZipErrorKind::Truncated, archive, entry.name,
                       "truncated zip: entry " + entry.name + " lies beyond the end of the file");
    if (le32(h) != kLocalHeaderSig)
        throw ZipError(ZipErrorKind::Corrupt, archive, entry.name,
                       "corrupt zip: local header of entry " + entry.name + " is missing");
    if (le16(h + 6) & 1u)
        throw ZipError(ZipErrorKind::Encrypted, archive, entry.name, "encrypted entry " + entry.name);

    auto impl = std::make_unique<EntryReader::Impl>();
    impl->state = state_;
    impl->entry = &entry;
    impl->dataStart = entry.localHeaderOffset + kLocalHeaderSize + le16(h + 26) + le16(h + 28);
    impl->dataEnd = impl->dataStart + entry.compressedSize;
    impl->nextRead = impl->dataStart;
    if (impl->dataEnd > src.size())
        throw ZipError(ZipErrorKind::Truncated, archive, entry.name,
                       "truncated zip: entry " + entry.name + " ends beyond the end of the file");
    if (entry.method == 8) {
        impl->input.resize(kInputChunk);
        if (inflateInit2(&impl->zs, -MAX_WBITS) != Z_OK)
            throw ZipError(ZipErrorKind::Corrupt, archive, entry.name, "cannot initialise zlib");
        impl->zlibReady = true;
    }
    return EntryReader(std::move(impl));
}

}  // namespace findings::safezip
