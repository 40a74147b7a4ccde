// Cutting record text into cell-sized pieces.
#include <findings/excel/roundtrip/record_json.hpp>

#include <stdexcept>

namespace findings::excel {
namespace {

bool isContinuationByte(unsigned char c) { return (c & 0xC0) == 0x80; }

/// Characters that must not open a cell: a spreadsheet may take them for a formula ('=',
/// '+', '-', '@') or trim them (whitespace).
bool badFirstByte(char c) {
    switch (c) {
        case '=':
        case '+':
        case '-':
        case '@':
        case ' ':
        case '\t':
        case '\r':
        case '\n': return true;
        default: return false;
    }
}

/// How far back from the longest allowed cut we look for a cut that avoids a bad first byte.
constexpr std::size_t kCutSearch = 8;

}  // namespace

std::vector<std::string> splitIntoChunks(std::string_view text, std::size_t maxBytes) {
    if (maxBytes < 16) throw std::invalid_argument("splitIntoChunks: maxBytes below 16");
    std::vector<std::string> out;
    std::size_t at = 0;
    while (text.size() - at > maxBytes) {
        std::size_t cut = at + maxBytes;
        // Step back to a character boundary (at most 3 continuation bytes in UTF-8).
        while (cut > at && isContinuationByte(static_cast<unsigned char>(text[cut]))) --cut;
        // Prefer a boundary whose next piece starts harmlessly; JSON text rarely needs more
        // than a step or two, and if every nearby cut is bad we keep the first one.
        std::size_t candidate = cut;
        for (std::size_t back = 0; back < kCutSearch && candidate > at + 1; ++back) {
            if (!badFirstByte(text[candidate])) break;
            --candidate;
            while (candidate > at &&
                   isContinuationByte(static_cast<unsigned char>(text[candidate])))
                --candidate;
        }
        if (candidate > at && !badFirstByte(text[candidate])) cut = candidate;
        out.emplace_back(text.substr(at, cut - at));
        at = cut;
    }
    out.emplace_back(text.substr(at));
    return out;
}

}  // namespace findings::excel
