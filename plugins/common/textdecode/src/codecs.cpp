#include "codecs.hpp"

#include <findings/text/decode.hpp>

#include <cstring>

namespace findings::text::detail {

namespace {

/// Windows-1252 code points for 0x80–0x9F (the rest of the upper half is Latin-1). The five
/// unassigned bytes map to the matching C1 controls, as browsers do, so nothing is lost.
constexpr uint16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

uint32_t cp1252(unsigned char b) { return b >= 0x80 && b < 0xA0 ? kCp1252High[b - 0x80] : b; }

}  // namespace

size_t asciiPrefix(const unsigned char* p, size_t n) {
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        std::memcpy(&w, p + i, 8);
        if (w & 0x8080808080808080ull) break;
    }
    while (i < n && p[i] < 0x80) ++i;
    return i;
}

int utf8SequenceLength(const unsigned char* p, size_t available) {
    const unsigned char b0 = p[0];
    if (b0 < 0x80) return 1;
    int len;
    unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (b0 >= 0xC2 && b0 <= 0xDF) len = 2;
    else if (b0 == 0xE0) { len = 3; lo = 0xA0; }
    else if (b0 >= 0xE1 && b0 <= 0xEC) len = 3;
    else if (b0 == 0xED) { len = 3; hi = 0x9F; }   // excludes surrogates
    else if (b0 >= 0xEE && b0 <= 0xEF) len = 3;
    else if (b0 == 0xF0) { len = 4; lo = 0x90; }   // excludes overlongs
    else if (b0 >= 0xF1 && b0 <= 0xF3) len = 4;
    else if (b0 == 0xF4) { len = 4; hi = 0x8F; }   // ≤ U+10FFFF
    else return 0;
    for (int k = 1; k < len; ++k) {
        if (size_t(k) >= available) return -1;
        const unsigned char b = p[k];
        if (k == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF)) return 0;
    }
    return len;
}

size_t decodeUtf8(const unsigned char* p, size_t n, bool isLast, std::string& out, uint64_t& repaired) {
    size_t i = 0;
    while (i < n) {
        // Copy the longest valid run in one append; that is the whole chunk for clean input.
        size_t runStart = i;
        for (;;) {
            i += asciiPrefix(p + i, n - i);
            if (i >= n) break;
            const int len = utf8SequenceLength(p + i, n - i);
            if (len <= 0) break;
            i += size_t(len);
        }
        out.append(reinterpret_cast<const char*>(p + runStart), i - runStart);
        if (i >= n) break;
        const int len = utf8SequenceLength(p + i, n - i);
        if (len < 0 && !isLast) return i;  // incomplete sequence: wait for the next chunk
        appendUtf8(out, cp1252(p[i]));
        ++repaired;
        ++i;
    }
    return n;
}

void decodeWindows1252(const unsigned char* p, size_t n, std::string& out) {
    out.reserve(out.size() + n + n / 8);
    size_t i = 0;
    while (i < n) {
        const size_t ascii = asciiPrefix(p + i, n - i);
        out.append(reinterpret_cast<const char*>(p + i), ascii);
        i += ascii;
        if (i < n) appendUtf8(out, cp1252(p[i++]));
    }
}

size_t decodeUtf16(const unsigned char* p, size_t n, bool littleEndian, bool isLast, std::string& out,
                   uint32_t& highSurrogate, uint64_t& repaired) {
    size_t i = 0;
    for (; i + 2 <= n; i += 2) {
        const uint32_t unit = littleEndian ? uint32_t(p[i] | (p[i + 1] << 8)) : uint32_t((p[i] << 8) | p[i + 1]);
        if (highSurrogate) {
            if (unit >= 0xDC00 && unit <= 0xDFFF) {
                appendUtf8(out, 0x10000 + ((highSurrogate - 0xD800) << 10) + (unit - 0xDC00));
                highSurrogate = 0;
                continue;
            }
            appendUtf8(out, 0xFFFD);  // high surrogate without its low half
            ++repaired;
            highSurrogate = 0;
        }
        if (unit >= 0xD800 && unit <= 0xDBFF) highSurrogate = unit;
        else if (unit >= 0xDC00 && unit <= 0xDFFF) { appendUtf8(out, 0xFFFD); ++repaired; }
        else if (unit < 0x80) out.push_back(char(unit));
        else appendUtf8(out, unit);
    }
    if (!isLast) return i;
    if (highSurrogate) { appendUtf8(out, 0xFFFD); ++repaired; highSurrogate = 0; }
    if (i < n) { appendUtf8(out, 0xFFFD); ++repaired; }
    return n;
}

}  // namespace findings::text::detail
