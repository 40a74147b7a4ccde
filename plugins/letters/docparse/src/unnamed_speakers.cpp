// Quotations whose speaker is not a named person: a spokesperson, or Ofsted's own letter.
#include "speakers.hpp"

#include "text_util.hpp"

namespace findings::docparse::detail {

// "A council spokesperson said", "An Ofsted spokeswoman told the paper": the speaker a
// quotation is attributed to when no one is named ("council spokesperson").
std::string unnamedSpeaker(std::string_view t, std::size_t verb) {
    std::string_view clause = trim(t.substr(0, verb));
    for (std::string_view article : {"a ", "an ", "the "})
        if (startsWithI(clause, article)) {
            clause.remove_prefix(article.size());
            break;
        }
    const std::vector<Word> words = splitWords(clause);
    if (words.empty() || words.size() > 6 || clause.find(',') != std::string_view::npos) return {};
    // "council spokesperson", "spokeswoman for the council"
    for (std::size_t i = 0; i < words.size() && i < 3; ++i) {
        const std::string w = lowerAscii(words[i].text);
        if (w != "spokesperson" && w != "spokeswoman" && w != "spokesman") continue;
        if (i + 1 == words.size() || lowerAscii(words[i + 1].text) == "for") return collapseSpaces(clause);
    }
    return {};
}

// "“Leaders have an accurate understanding ...,” the letter said.": a quotation from
// Ofsted's letter or report, which speaks for Ofsted. True when the words between the
// closing quotation mark and the verb name the document or its inspectors.
bool quotesOfsted(std::string_view t, std::size_t verb) {
    std::size_t close = std::string_view::npos;
    for (std::size_t p = 0; p < verb; ++p) {
        std::size_t q = 0;
        if (isQuoteAt(t, p, &q) && t[p] != '\'') close = p + q;
    }
    if (close == std::string_view::npos) return false;
    std::string_view between = trim(t.substr(close, verb - close));
    while (!between.empty() && (between.front() == ',' || between.front() == ' ')) between.remove_prefix(1);
    std::string l = lowerAscii(between);
    for (std::string_view who : {"the letter", "the report", "inspectors", "the inspectors", "ofsted",
                                 "the inspection report", "the ofsted report", "the ofsted letter", "the monitoring letter"})
        if (l == who) return true;
    return false;
}

}  // namespace findings::docparse::detail
