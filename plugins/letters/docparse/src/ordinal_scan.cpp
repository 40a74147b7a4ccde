// Visit ordinals: "fourth monitoring visit", "the first of these visits", "second
// monitoring session", "6th monitoring visit", and which of several this visit is.
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

namespace {

// Words that may stand between an ordinal and the noun it counts: "the fourth Ofsted
// monitoring visit", "the local authority's third monitoring visit", "the second of up to
// eight visits".
bool isFillerWord(const std::string& w) {
    static const char* const fillers[] = {
        "monitoring", "ofsted",  "of",       "these",     "the",        "his",      "her",
        "majesty's",  "majesty’s", "such",   "published", "formal",     "up",       "to",
        "planned",    "scheduled", "quarterly", "two",    "three",      "four",     "five",
        "six",        "seven",    "eight",    "nine",      "ten",        "eleven",   "twelve",
        "local",      "authority's", "ofsted's", "ofsted’s", "full", "final", "inspection", "authority’s", "council's", "council’s", "trust's", "trust’s"};
    for (const char* f : fillers)
        if (w == f) return true;
    return false;
}

bool isVisitNoun(const std::string& w) {
    return w == "visit" || w == "visits" || w == "session" || w == "sessions";
}

// Value of the ordinal at words[i] when a visit noun follows it within the clause, else 0.
int ordinalBeforeVisitNoun(std::string_view text, const std::vector<Word>& words, std::size_t i) {
    int v = ordinalValue(words[i].text);
    if (v == 0) return 0;
    for (std::size_t k = i + 1; k < words.size() && k <= i + 6; ++k) {
        // Sentence punctuation between the ordinal and the noun ends the search.
        for (std::size_t p = words[k - 1].end; p < words[k].begin; ++p)
            if (text[p] == '.' || text[p] == ';' || text[p] == ':' || text[p] == ',') return 0;
        std::string w = lowerAscii(words[k].text);
        if (isVisitNoun(w)) return v;
        // "the fifth and final monitoring visit"
        if (w == "and" && k + 1 < words.size() && lowerAscii(words[k + 1].text) == "final") continue;
        if (!isFillerWord(w)) return 0;
    }
    return 0;
}

// A sentence that counts the visit it is in: "This was the third ...", "It is the second
// ...", "The latest visit was the fourth ..." — as against "The first visit was in May".
bool countsThisVisit(std::string_view sentence) {
    static const char* const openings[] = {"this was ", "this is ", "this visit was ", "this visit is ",
                                           "it was ", "it is ", "this monitoring visit was ",
                                           "this monitoring visit is ",
                                           // an article's own subject: "The monitoring visit took
                                           // place last month and was the third since ..."
                                           "the visit ", "the monitoring visit "};
    std::string_view s = trim(sentence);
    for (const char* o : openings)
        if (startsWithI(s, o)) return true;
    // "The latest monitoring visit was the third", "Its most recent visit, the fourth, ..."
    return containsPhrase(s, "latest") || containsPhrase(s, "most recent");
}

// An ordinal whose noun is left out: it ends the sentence or its clause, or a word such
// as "since" follows it ("the third since the local authority was judged inadequate").
bool understoodNoun(std::string_view sentence, const std::vector<Word>& words, std::size_t i) {
    if (i + 1 == words.size()) return true;
    // "the latest visit, the third, found ...": the ordinal set off by commas.
    if (words[i].end < sentence.size() && sentence[words[i].end] == ',' && i > 0 &&
        lowerAscii(words[i - 1].text) == "the") {
        std::string_view before = trim(sentence.substr(0, words[i - 1].begin));
        if (!before.empty() && before.back() == ',') return true;
    }
    std::string next = lowerAscii(words[i + 1].text);
    return next == "since" || next == "after" || next == "following";
}

}  // namespace

int findVisitOrdinal(std::string_view text) {
    // The first ordinal counting a visit, unless a later sentence says which one this visit
    // is: "The first visit was in May. This was the third."
    int first = 0;
    bool visitsMentioned = false;
    std::string_view rest = text;
    while (!trim(rest).empty()) {
        std::string sentence = firstSentence(rest);
        std::size_t at = rest.find(sentence);
        rest = at == std::string_view::npos ? std::string_view{} : rest.substr(at + sentence.size());
        const std::vector<Word> words = splitWords(sentence);
        const bool self = countsThisVisit(sentence);
        for (const Word& w : words)
            if (isVisitNoun(lowerAscii(w.text))) visitsMentioned = true;
        for (std::size_t i = 0; i < words.size(); ++i) {
            int v = ordinalBeforeVisitNoun(sentence, words, i);
            // "This was the third." or "This visit was the third since ..." when the text is
            // about visits: the noun is understood.
            if (v == 0 && self && visitsMentioned && understoodNoun(sentence, words, i)) v = ordinalValue(words[i].text);
            if (v == 0) continue;
            if (self) return v;
            if (first == 0) first = v;
            break;
        }
    }
    return first;
}

}  // namespace findings::docparse
