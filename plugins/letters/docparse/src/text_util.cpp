// Small UTF-8 and ASCII helpers shared by the scanners and the parser.
#include "text_util.hpp"

namespace findings::docparse::detail {

std::string lowerAscii(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = toLower(c);
    return out;
}

std::string_view trim(std::string_view s) {
    std::size_t b = 0, e = s.size();
    while (b < e && isAsciiSpace(s[b])) ++b;
    while (e > b && isAsciiSpace(s[e - 1])) --e;
    return s.substr(b, e - b);
}

std::string collapseSpaces(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    bool pendingSpace = false;
    for (char c : s) {
        if (isAsciiSpace(c)) {
            pendingSpace = !out.empty();
            continue;
        }
        if (pendingSpace) out.push_back(' ');
        pendingSpace = false;
        out.push_back(c);
    }
    return out;
}

bool startsWithI(std::string_view s, std::string_view prefix) {
    return matchAt(s, 0, lowerAscii(prefix)) != std::string_view::npos;
}

namespace {
// Length of a curly single quote (’ or ‘) at pos, else 0.
std::size_t curlyApostrophe(std::string_view s, std::size_t pos) {
    if (pos + 2 < s.size() && (unsigned char)s[pos] == 0xE2 && (unsigned char)s[pos + 1] == 0x80 &&
        ((unsigned char)s[pos + 2] == 0x99 || (unsigned char)s[pos + 2] == 0x98))
        return 3;
    return 0;
}
}  // namespace

std::size_t matchAt(std::string_view s, std::size_t pos, std::string_view pattern) {
    std::size_t i = pos;
    for (std::size_t k = 0; k < pattern.size(); ++k) {
        char p = pattern[k];
        if (p == ' ') {
            if (i >= s.size() || !isAsciiSpace(s[i])) return std::string_view::npos;
            while (i < s.size() && isAsciiSpace(s[i])) ++i;
            continue;
        }
        if (i >= s.size()) return std::string_view::npos;
        if (p == '\'') {
            if (s[i] == '\'') { ++i; continue; }
            std::size_t n = curlyApostrophe(s, i);
            if (n == 0) return std::string_view::npos;
            i += n;
            continue;
        }
        if (toLower(s[i]) != p) return std::string_view::npos;
        ++i;
    }
    return i - pos;
}

std::size_t findPhrase(std::string_view s, std::string_view pattern, std::size_t from,
                       std::size_t* length) {
    if (pattern.empty()) return std::string_view::npos;
    const char first = pattern[0];
    for (std::size_t i = from; i < s.size(); ++i) {
        char c = toLower(s[i]);
        if (c != first && !(first == '\'' && (s[i] == '\'' || (unsigned char)s[i] == 0xE2))) continue;
        if (i > 0 && (isAlpha(s[i - 1]) || isDigit(s[i - 1])) && (isAlpha(first) || isDigit(first)))
            continue;  // not at a word start
        std::size_t n = matchAt(s, i, pattern);
        if (n == std::string_view::npos) continue;
        if (length) *length = n;
        return i;
    }
    return std::string_view::npos;
}

std::size_t utf8Length(unsigned char lead) {
    if (lead < 0x80) return 1;
    if ((lead & 0xE0) == 0xC0) return 2;
    if ((lead & 0xF0) == 0xE0) return 3;
    if ((lead & 0xF8) == 0xF0) return 4;
    return 1;
}

bool isQuoteAt(std::string_view s, std::size_t pos, std::size_t* length) {
    if (pos >= s.size()) return false;
    if (s[pos] == '"' || s[pos] == '\'') {
        if (length) *length = 1;
        return true;
    }
    if (pos + 2 < s.size() && (unsigned char)s[pos] == 0xE2 && (unsigned char)s[pos + 1] == 0x80) {
        unsigned char c = (unsigned char)s[pos + 2];
        if (c == 0x98 || c == 0x99 || c == 0x9C || c == 0x9D || c == 0x9E) {
            if (length) *length = 3;
            return true;
        }
    }
    return false;
}

bool isDashAt(std::string_view s, std::size_t pos, std::size_t* length) {
    if (pos >= s.size()) return false;
    if (s[pos] == '-') {
        if (length) *length = 1;
        return true;
    }
    if (pos + 2 < s.size() && (unsigned char)s[pos] == 0xE2) {
        unsigned char b1 = (unsigned char)s[pos + 1], b2 = (unsigned char)s[pos + 2];
        // U+2010..U+2015 hyphens and dashes, U+2212 minus
        if ((b1 == 0x80 && b2 >= 0x90 && b2 <= 0x95) || (b1 == 0x88 && b2 == 0x92)) {
            if (length) *length = 3;
            return true;
        }
    }
    return false;
}

bool endsWithClosingPunctuation(std::string_view s) {
    s = trim(s);
    while (!s.empty()) {
        std::size_t qlen = 0;
        // Step back over closing quotes and brackets to the punctuation they follow.
        if (s.back() == ')' || s.back() == '"' || s.back() == '\'') {
            s.remove_suffix(1);
            continue;
        }
        if (s.size() >= 3 && isQuoteAt(s, s.size() - 3, &qlen) && qlen == 3) {
            s.remove_suffix(3);
            continue;
        }
        break;
    }
    if (s.empty()) return false;
    char c = s.back();
    return c == '.' || c == '!' || c == '?' || c == ':' || c == ';';
}

bool startsLower(std::string_view s) {
    s = trim(s);
    return !s.empty() && isLower(s[0]);
}

bool startsUpper(std::string_view s) {
    s = trim(s);
    std::size_t i = 0;
    while (i < s.size()) {
        std::size_t q = 0;
        if (isQuoteAt(s, i, &q)) { i += q; continue; }
        if (s[i] == '(' || s[i] == '[') { ++i; continue; }
        break;
    }
    return i < s.size() && isUpper(s[i]);
}

std::vector<Word> splitWords(std::string_view s) {
    std::vector<Word> words;
    std::size_t i = 0;
    const std::size_t n = s.size();
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        bool wordChar = isAlpha(char(c)) || isDigit(char(c)) || (c >= 0xC3 && c < 0xE0);  // Latin-1 letters
        if (!wordChar) {
            i += (c >= 0x80) ? utf8Length(c) : 1;
            continue;
        }
        std::size_t b = i;
        while (i < n) {
            unsigned char d = (unsigned char)s[i];
            if (isAlpha(char(d)) || isDigit(char(d))) { ++i; continue; }
            if (d >= 0xC3 && d < 0xE0) { i += 2; continue; }  // accented Latin letter
            std::size_t q = 0;
            bool apostrophe = d == '\'' || (isQuoteAt(s, i, &q) && q == 3 && (unsigned char)s[i + 2] == 0x99);
            if ((apostrophe || d == '-') && i + (apostrophe && d != '\'' ? 3 : 1) < n) {
                std::size_t next = i + (apostrophe && d != '\'' ? 3 : 1);
                if (isAlpha(s[next]) || isDigit(s[next])) { i = next; continue; }
            }
            break;
        }
        words.push_back(Word{s.substr(b, i - b), b, i});
    }
    return words;
}

}  // namespace findings::docparse::detail
