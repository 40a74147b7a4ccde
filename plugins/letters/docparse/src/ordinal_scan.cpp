// Visit ordinals: "fourth monitoring visit", "the first of these visits", "second
// monitoring session", "6th monitoring visit".
#include "findings/docparse/scanners.hpp"
#include "text_util.hpp"

namespace findings::docparse {

using namespace detail;

int ordinalValue(std::string_view word) {
    static const char* const words[] = {"first",      "second",     "third",      "fourth",
                                        "fifth",      "sixth",      "seventh",    "eighth",
                                        "ninth",      "tenth",      "eleventh",   "twelfth",
                                        "thirteenth", "fourteenth", "fifteenth",  "sixteenth",
                                        "seventeenth", "eighteenth", "nineteenth", "twentieth"};
    std::string w = lowerAscii(word);
    for (int i = 0; i < 20; ++i)
        if (w == words[i]) return i + 1;
    if (w.rfind("twenty-", 0) == 0 || w.rfind("twenty ", 0) == 0) {
        int v = ordinalValue(w.substr(7));
        return v > 0 && v < 10 ? 20 + v : 0;
    }
    // 1st 2nd 3rd 4th ... 99th
    std::size_t i = 0;
    int v = 0;
    while (i < w.size() && isDigit(w[i]) && i < 3) v = v * 10 + (w[i++] - '0');
    if (i == 0 || i + 2 != w.size()) return 0;
    std::string suf = w.substr(i);
    if (suf == "st" || suf == "nd" || suf == "rd" || suf == "th") return v;
    return 0;
}

int findVisitOrdinal(std::string_view text) {
    const std::vector<Word> words = splitWords(text);
    for (std::size_t i = 0; i < words.size(); ++i) {
        int v = ordinalValue(words[i].text);
        if (v == 0) continue;
        // "the first of these visits", "the second of the monitoring visits"
        for (std::size_t k = i + 1; k < words.size() && k <= i + 4; ++k) {
            std::string w = lowerAscii(words[k].text);
            // Sentence punctuation between the ordinal and the noun ends the search.
            bool punct = false;
            for (std::size_t p = words[k - 1].end; p < words[k].begin; ++p)
                if (text[p] == '.' || text[p] == ';' || text[p] == ':' || text[p] == ',') punct = true;
            if (punct) break;
            if (w == "visit" || w == "visits" || w == "session" || w == "sessions") return v;
            if (w != "monitoring" && w != "ofsted" && w != "of" && w != "these" && w != "the" &&
                w != "his" && w != "her" && w != "majesty's" && w != "majesty’s" && w != "such" &&
                w != "published" && w != "formal")
                break;
        }
    }
    return 0;
}

}  // namespace findings::docparse
