// First sentence of a paragraph, for finding summaries.
#include "findings/docparse/scanners.hpp"
#include "text_util.hpp"

namespace findings::docparse {

using namespace detail;

namespace {

// Abbreviations after which a full stop does not end a sentence.
bool isAbbreviation(std::string_view word) {
    static const char* const abbreviations[] = {
        "e.g", "i.e", "eg", "ie", "etc", "dr", "mr", "mrs", "ms", "st", "no", "nos", "vs", "cf",
        "approx", "incl", "prof", "cllr", "rev", "fig", "para", "paras", "vol", "al", "co", "ltd",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"};
    std::string l = lowerAscii(word);
    for (const char* a : abbreviations)
        if (l == a) return true;
    // Single capital letters are initials ("J. Smith").
    return word.size() == 1 && isUpper(word[0]);
}

}  // namespace

std::string firstSentence(std::string_view text) {
    text = trim(text);
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c != '.' && c != '!' && c != '?') continue;
        // Absorb closing quotes and brackets after the mark.
        std::size_t j = i + 1;
        for (;;) {
            std::size_t q = 0;
            if (j < text.size() && (text[j] == ')' || text[j] == ']')) { ++j; continue; }
            if (isQuoteAt(text, j, &q)) { j += q; continue; }
            break;
        }
        if (j >= text.size()) return std::string(text);
        if (!isAsciiSpace(text[j])) continue;  // "1.5", "e.g.x", "www.gov.uk"
        std::size_t k = j;
        while (k < text.size() && isAsciiSpace(text[k])) ++k;
        if (k >= text.size()) return std::string(text.substr(0, j));
        if (c == '.') {
            // The word before the full stop: an abbreviation or initial does not end a sentence.
            std::size_t w = i;
            while (w > 0 && (isAlpha(text[w - 1]) || text[w - 1] == '.')) --w;
            if (isAbbreviation(text.substr(w, i - w))) continue;
            // A lower-case continuation means the stop was not a sentence end.
            if (isLower(text[k])) continue;
        }
        return std::string(text.substr(0, j));
    }
    return std::string(text);
}

}  // namespace findings::docparse
