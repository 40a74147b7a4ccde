// Text decoding: UTF-8, UTF-16 and Windows-1252 to UTF-8, and telling binary from text.
#include "text_decode.hpp"

#include <cstdint>

#include "findings/docparse/error.hpp"

namespace findings::docparse::detail {

namespace {

void appendUtf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out.push_back(char(cp));
    } else if (cp < 0x800) {
        out.push_back(char(0xC0 | (cp >> 6)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(char(0xE0 | (cp >> 12)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(char(0xF0 | (cp >> 18)));
        out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    }
}

std::string decodeUtf16(std::string_view b, bool littleEndian) {
    std::string out;
    out.reserve(b.size());
    for (std::size_t i = 0; i + 1 < b.size(); i += 2) {
        std::uint32_t u = littleEndian ? (std::uint8_t(b[i]) | (std::uint8_t(b[i + 1]) << 8))
                                       : ((std::uint8_t(b[i]) << 8) | std::uint8_t(b[i + 1]));
        if (u >= 0xD800 && u <= 0xDBFF && i + 3 < b.size()) {
            std::uint32_t lo = littleEndian ? (std::uint8_t(b[i + 2]) | (std::uint8_t(b[i + 3]) << 8))
                                            : ((std::uint8_t(b[i + 2]) << 8) | std::uint8_t(b[i + 3]));
            if (lo >= 0xDC00 && lo <= 0xDFFF) {
                appendUtf8(out, 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00));
                i += 2;
                continue;
            }
        }
        if (u >= 0xD800 && u <= 0xDFFF) u = 0xFFFD;
        appendUtf8(out, u);
    }
    return out;
}

std::string decodeCp1252(std::string_view b) {
    // 0x80..0x9F differ from Latin-1; 0 marks the five undefined positions.
    static const std::uint16_t high[32] = {
        0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};
    std::string out;
    out.reserve(b.size() + b.size() / 8);
    for (unsigned char c : b) {
        if (c < 0x80) out.push_back(char(c));
        else if (c < 0xA0) appendUtf8(out, high[c - 0x80] ? high[c - 0x80] : 0xFFFD);
        else appendUtf8(out, c);
    }
    return out;
}

// Share of control bytes other than tab, CR, LF and FF: binary files have many.
bool looksBinary(std::string_view b) {
    std::size_t n = b.size() < 8192 ? b.size() : 8192, bad = 0;
    for (std::size_t i = 0; i < n; ++i) {
        unsigned char c = (unsigned char)b[i];
        if (c == 0) return true;
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') ++bad;
    }
    return n > 0 && bad * 100 > n * 2;
}

}  // namespace

bool isValidUtf8(std::string_view b) {
    std::size_t i = 0;
    while (i < b.size()) {
        unsigned char c = (unsigned char)b[i];
        if (c < 0x80) { ++i; continue; }
        std::size_t n = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
        if (n == 0 || c == 0xC0 || c == 0xC1 || i + n > b.size()) return false;
        for (std::size_t k = 1; k < n; ++k)
            if (((unsigned char)b[i + k] & 0xC0) != 0x80) return false;
        i += n;
    }
    return true;
}

std::string decodeText(std::string_view b) {
    if (b.size() >= 3 && (unsigned char)b[0] == 0xEF && (unsigned char)b[1] == 0xBB && (unsigned char)b[2] == 0xBF)
        b.remove_prefix(3);
    else if (b.size() >= 2 && (unsigned char)b[0] == 0xFF && (unsigned char)b[1] == 0xFE)
        return decodeUtf16(b.substr(2), true);
    else if (b.size() >= 2 && (unsigned char)b[0] == 0xFE && (unsigned char)b[1] == 0xFF)
        return decodeUtf16(b.substr(2), false);
    else if (b.size() >= 4) {
        // UTF-16 without BOM: ASCII text leaves every other byte zero.
        std::size_t n = b.size() < 4096 ? b.size() & ~std::size_t(1) : 4096, zeroEven = 0, zeroOdd = 0;
        for (std::size_t i = 0; i < n; i += 2) {
            zeroEven += b[i] == 0;
            zeroOdd += b[i + 1] == 0;
        }
        if (zeroOdd * 10 > n / 2 * 7 && zeroEven * 10 < n / 2) return decodeUtf16(b, true);
        if (zeroEven * 10 > n / 2 * 7 && zeroOdd * 10 < n / 2) return decodeUtf16(b, false);
    }
    if (looksBinary(b))
        throw DocparseError(ErrorCode::NotText, "binary content, not a text document");
    if (isValidUtf8(b)) return std::string(b);
    return decodeCp1252(b);
}

}  // namespace findings::docparse::detail
