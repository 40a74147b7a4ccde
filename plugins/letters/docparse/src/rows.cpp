// Cleaning lines into rows and finding list markers.
#include "rows.hpp"

#include <cstdlib>

#include "text_util.hpp"

namespace findings::docparse::detail {

namespace {

// Replaces typographic spaces with ' ', removes zero-width characters, soft hyphens and
// Markdown emphasis, and turns private-use bullet glyphs (Symbol/Wingdings fonts in PDFs)
// into '•'.
std::string cleanText(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\t') { out += "    "; ++i; continue; }
        if (c == '\r' || c == '\f' || c == '\v') { ++i; continue; }
        if (c == '*' && i + 1 < s.size() && s[i + 1] == '*') { i += 2; continue; }
        if (c == 0xC2 && i + 1 < s.size()) {
            unsigned char d = (unsigned char)s[i + 1];
            if (d == 0xA0) { out.push_back(' '); i += 2; continue; }  // NBSP
            if (d == 0xAD) { i += 2; continue; }                       // soft hyphen
        }
        if (c == 0xE2 && i + 2 < s.size() && (unsigned char)s[i + 1] == 0x80) {
            unsigned char d = (unsigned char)s[i + 2];
            if ((d >= 0x80 && d <= 0x8A) || d == 0xAF) { out.push_back(' '); i += 3; continue; }  // en/em/thin spaces
            if (d >= 0x8B && d <= 0x8D) { i += 3; continue; }  // zero-width space/joiners
        }
        if (c == 0xEF && i + 2 < s.size()) {
            unsigned char d1 = (unsigned char)s[i + 1], d2 = (unsigned char)s[i + 2];
            if (d1 == 0xBB && d2 == 0xBF) { i += 3; continue; }  // BOM
            if (d1 >= 0x80 && d1 <= 0x83) {                      // U+F000..U+F0FF: symbol font glyphs
                out += "•";
                i += 3;
                continue;
            }
        }
        out.push_back(char(c));
        ++i;
    }
    return out;
}

// Length of a bullet glyph at the start of s (followed by white space), else 0.
std::size_t bulletLength(std::string_view s) {
    static const std::string_view bullets[] = {"•", "◼", "▪", "■", "●", "○", "◦", "◾", "▫", "□", "➢",
                                               "➤", "►", "▶", "✓", "✔", "·", "–", "—", "-", "*", "»", "o"};
    for (std::string_view b : bullets) {
        if (s.size() > b.size() && s.compare(0, b.size(), b) == 0 && s[b.size()] == ' ') {
            // "o" is a Word bullet only when what follows is a lower-case word.
            if (b == "o" && !(s.size() > 2 && isLower(s[2]))) continue;
            return b.size();
        }
    }
    return 0;
}

// A printed item number "12.", "3)", "(a)", "2.1" at the start of s followed by a space:
// returns the bytes it spans and its value (letters count a=1...).
std::size_t numberLength(std::string_view s, int* value) {
    std::size_t i = 0;
    bool paren = false;
    if (!s.empty() && s[0] == '(') { paren = true; ++i; }
    std::size_t b = i;
    int v = 0;
    while (i < s.size() && isDigit(s[i]) && i - b < 3) v = v * 10 + (s[i++] - '0');
    if (i == b) {
        // (a) or a) style
        if (i < s.size() && isLower(s[i]) && i + 1 < s.size() && s[i + 1] == ')') {
            v = s[i] - 'a' + 1;
            i += 1;
        } else {
            return 0;
        }
    }
    if (i >= s.size()) return 0;
    if (paren) {
        if (s[i] != ')') return 0;
        ++i;
    } else if (s[i] == '.' || s[i] == ')') {
        ++i;
    } else {
        return 0;
    }
    if (i >= s.size() || s[i] != ' ') return 0;
    *value = v;
    return i;
}

}  // namespace

std::vector<Row> makeRows(const Lines& lines) {
    std::vector<Row> rows;
    rows.reserve(lines.size());
    for (const Line& line : lines) {
        Row r;
        r.page = line.page;
        r.number = line.number;
        r.offset = line.offset;
        r.length = line.text.size();
        std::size_t lead = 0;
        int indent = 0;
        while (lead < line.text.size() && (line.text[lead] == ' ' || line.text[lead] == '\t')) {
            indent += line.text[lead] == '\t' ? 4 : 1;
            ++lead;
        }
        r.lead = lead;
        r.indent = indent;
        std::string cleaned = cleanText(std::string_view(line.text).substr(lead));
        // Markdown heading marks: "## Headline findings"
        std::size_t hashes = 0;
        while (hashes < cleaned.size() && cleaned[hashes] == '#') ++hashes;
        if (hashes && hashes < cleaned.size() && cleaned[hashes] == ' ') cleaned.erase(0, hashes + 1);
        std::string_view t = trim(cleaned);
        r.raw.assign(t);
        r.text = collapseSpaces(t);
        r.blank = r.text.empty();
        if (!r.blank) {
            int v = 0;
            if (std::size_t n = bulletLength(r.text)) {
                r.marker = Marker::Bullet;
                r.glyph = r.text.substr(0, n);
                r.body.assign(trim(std::string_view(r.text).substr(n)));
            } else if (std::size_t m = numberLength(r.text, &v)) {
                r.marker = Marker::Number;
                r.list_number = v;
                r.body.assign(trim(std::string_view(r.text).substr(m)));
            } else {
                r.body = r.text;
            }
            // "16." alone on its row (PDF text without layout): the item's text follows.
            std::size_t digits = 0;
            while (digits < r.text.size() && isDigit(r.text[digits])) ++digits;
            if (digits > 0 && digits <= 3 && digits + 1 == r.text.size() && r.text[digits] == '.') {
                r.marker = Marker::Number;
                r.list_number = std::atoi(r.text.c_str());
                r.lone_number = true;
                r.body.clear();
                rows.push_back(std::move(r));
                continue;
            }
            if (r.body.empty()) {  // a lone bullet glyph: keep as text
                r.marker = Marker::None;
                r.body = r.text;
            }
        }
        rows.push_back(std::move(r));
    }
    return rows;
}

}  // namespace findings::docparse::detail
