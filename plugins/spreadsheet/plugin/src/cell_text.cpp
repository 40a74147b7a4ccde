#include "cell_text.hpp"

#include <array>
#include <cctype>

namespace spreadsheet {

std::string_view trimmedView(std::string_view text) {
    auto isSpace = [&](size_t i, bool fromEnd) -> size_t {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') return 1;
        // U+00A0 no-break space, C2 A0
        if (!fromEnd && c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0)
            return 2;
        if (fromEnd && c == 0xA0 && i > 0 && static_cast<unsigned char>(text[i - 1]) == 0xC2) return 2;
        return 0;
    };
    size_t a = 0;
    while (a < text.size()) {
        const size_t n = isSpace(a, false);
        if (!n) break;
        a += n;
    }
    size_t b = text.size();
    while (b > a) {
        const size_t n = isSpace(b - 1, true);
        if (!n) break;
        b -= n;
    }
    return text.substr(a, b - a);
}

std::string cleanText(std::string_view text) {
    const std::string_view t = trimmedView(text);
    if (t.find('\r') == std::string_view::npos) return std::string(t);
    std::string out;
    out.reserve(t.size());
    for (size_t i = 0; i < t.size(); ++i) {
        if (t[i] == '\r') {
            out += '\n';
            if (i + 1 < t.size() && t[i + 1] == '\n') ++i;
        } else {
            out += t[i];
        }
    }
    return out;
}

std::string cellText(const findings::sheetread::Cell& cell) {
    using findings::sheetread::CellType;
    if (cell.type == CellType::Empty) return {};
    if (cell.type == CellType::Date) {
        // Midnight times are already dropped by the reader; keep what it gives.
        return std::string(cell.text);
    }
    return cleanText(cell.text);
}

std::string firstSentence(std::string_view text) {
    static const std::array<std::string_view, 12> kAbbreviations = {
        "e.g", "i.e", "etc", "dr", "mr", "mrs", "ms", "cllr", "no", "st", "vs", "approx"};
    const size_t newline = text.find('\n');
    const size_t limit = newline == std::string_view::npos ? text.size() : newline;
    for (size_t i = 0; i + 2 < limit; ++i) {
        const char c = text[i];
        if (c != '.' && c != '!' && c != '?') continue;
        if (text[i + 1] != ' ') continue;
        const unsigned char next = static_cast<unsigned char>(text[i + 2]);
        const bool startsSentence = std::isupper(next) || std::isdigit(next) || next == '"' ||
                                    next == '\'' || next == 0xE2 /* curly quotes */;
        if (!startsSentence) continue;
        if (c == '.') {
            // The word before the full stop, lower-cased, must not be an abbreviation.
            size_t w = i;
            while (w > 0 && (std::isalpha(static_cast<unsigned char>(text[w - 1])) || text[w - 1] == '.')) --w;
            std::string word(text.substr(w, i - w));
            for (char& ch : word) ch = char(std::tolower(static_cast<unsigned char>(ch)));
            bool abbreviation = word.size() == 1;  // an initial: "J. Smith"
            for (auto a : kAbbreviations)
                if (word == a) abbreviation = true;
            if (abbreviation) continue;
        }
        return std::string(trimmedView(text.substr(0, i + 1)));
    }
    return std::string(trimmedView(text.substr(0, limit)));
}

}  // namespace spreadsheet
