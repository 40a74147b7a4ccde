// Encoding detection from a sample of the input's first bytes.
#include "codecs.hpp"

#include <findings/text/encoding.hpp>

#include <cstring>

namespace findings::text {

namespace {

bool startsWith(std::string_view s, const char* prefix, size_t n) {
    return s.size() >= n && std::memcmp(s.data(), prefix, n) == 0;
}

/// True for control bytes that do not occur in text files.
bool isStrayControl(unsigned char b) {
    if (b == 0x7F) return true;
    if (b >= 0x20) return false;
    return !(b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v' || b == 0x1A || b == 0x1B);
}

/// BOM-less UTF-16: mostly-ASCII text puts a NUL in every other byte. Returns the byte order
/// when at least 90% of units have a NUL on one side and few have it on the other.
const Encoding* bomlessUtf16(std::string_view s) {
    static const Encoding le = Encoding::Utf16LE, be = Encoding::Utf16BE;
    const size_t units = s.size() / 2;
    if (units < 2) return nullptr;
    size_t zeroEven = 0, zeroOdd = 0;
    for (size_t i = 0; i + 1 < s.size(); i += 2) {
        zeroEven += s[i] == 0;
        zeroOdd += s[i + 1] == 0;
    }
    if (zeroOdd * 10 >= units * 9 && zeroEven * 10 < units) return &le;
    if (zeroEven * 10 >= units * 9 && zeroOdd * 10 < units) return &be;
    return nullptr;
}

}  // namespace

const char* encodingName(Encoding encoding) {
    switch (encoding) {
    case Encoding::Utf8: return "UTF-8";
    case Encoding::Utf16LE: return "UTF-16LE";
    case Encoding::Utf16BE: return "UTF-16BE";
    case Encoding::Windows1252: return "Windows-1252";
    case Encoding::Binary: return "binary";
    }
    return "unknown";
}

EncodingGuess detectEncoding(std::string_view head, bool isComplete) {
    if (startsWith(head, "\xEF\xBB\xBF", 3)) return {Encoding::Utf8, 3, "UTF-8 byte-order mark"};
    // UTF-32's little-endian mark begins with UTF-16LE's, so it is checked first. Nobody
    // should meet UTF-32 files, but one read as UTF-16 would be NULs and garbage.
    if (startsWith(head, "\xFF\xFE\x00\x00", 4) || startsWith(head, "\x00\x00\xFE\xFF", 4))
        return {Encoding::Binary, 0,
                "UTF-32 text (its byte-order mark), which is not read: save it as UTF-8 or UTF-16",
                true};
    if (startsWith(head, "\xFF\xFE", 2)) return {Encoding::Utf16LE, 2, "UTF-16LE byte-order mark"};
    if (startsWith(head, "\xFE\xFF", 2)) return {Encoding::Utf16BE, 2, "UTF-16BE byte-order mark"};

    if (const void* nul = std::memchr(head.data(), 0, head.size())) {
        if (const Encoding* utf16 = bomlessUtf16(head))
            return {*utf16, 0, std::string(encodingName(*utf16)) + " without byte-order mark (NUL pattern)"};
        const size_t at = size_t(static_cast<const char*>(nul) - head.data());
        return {Encoding::Binary, 0, "NUL byte at offset " + std::to_string(at)};
    }

    size_t controls = 0;
    for (unsigned char b : head) controls += isStrayControl(b);
    if (controls >= 4 && controls * 20 > head.size())
        return {Encoding::Binary, 0,
                std::to_string(controls) + " control bytes in the first " + std::to_string(head.size())};

    size_t validMulti = 0, invalid = 0;
    auto* p = reinterpret_cast<const unsigned char*>(head.data());
    for (size_t i = 0; i < head.size();) {
        if (p[i] < 0x80) { ++i; continue; }
        const int len = detail::utf8SequenceLength(p + i, head.size() - i);
        if (len > 0) { ++validMulti; i += size_t(len); }
        else if (len < 0 && !isComplete) break;  // sample cut a sequence short
        else { ++invalid; ++i; }
    }
    if (invalid == 0) return {Encoding::Utf8, 0, validMulti ? "valid UTF-8" : "ASCII (read as UTF-8)"};
    if (validMulti > invalid)
        return {Encoding::Utf8, 0, "mostly valid UTF-8 (" + std::to_string(invalid) + " stray bytes read as Windows-1252)"};
    return {Encoding::Windows1252, 0, "not UTF-8; read as Windows-1252"};
}

}  // namespace findings::text
