// People's names: telling a name word from a title or role word, and splitting written
// lists of inspectors ("Alison Smale and Janet Fraser", "..., Lisa Williams (AI) and ...").
#include "findings/docparse/scanners.hpp"
#include "text_util.hpp"

namespace findings::docparse {

using namespace detail;

namespace {

// Capitalised words that are never part of a person's name in these documents.
bool isStopWord(const std::string& l) {
    static const char* const stop[] = {
        "the", "his", "her", "majesty's", "majesty’s", "majestys", "inspector", "inspectors", "hmi",
        "ofsted", "council", "county", "cabinet", "member", "members", "director", "directors",
        "children", "children's", "children’s", "services", "service", "young", "people", "and",
        "for", "of", "chief", "executive", "leader", "lead", "councillor", "cllr", "head", "manager",
        "officer", "corporate", "interim", "assistant", "deputy", "chair", "chairman", "chairwoman",
        "spokesman", "spokeswoman", "spokesperson", "mayor", "minister", "secretary", "mp", "dcs",
        "wellbeing", "education", "social", "care", "health", "safeguarding", "board", "commissioner",
        "government", "department", "inspection", "report", "letter", "said", "says", "dear",
        "yours", "sincerely", "team", "senior", "strategic", "portfolio", "holder", "adult",
        "family", "families", "partnership", "trust", "local", "authority", "mr", "mrs", "ms", "miss",
        "dr", "professor", "sir", "dame", "lord", "lady", "reverend", "a", "an", "in", "on", "at",
        "by", "with", "from", "to", "this", "that", "these", "those", "we", "our", "it", "he", "she",
        "they", "there", "however", "although", "while", "but", "also", "now", "today", "news",
        "additional", "team", "lead", "england", "uk", "britain", "government", "police",
        // "Last Tuesday, the director ..." is a time, not a person.
        "last", "next", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    for (const char* w : stop)
        if (l == w) return true;
    return monthFromName(l) != 0 && l.size() > 3;
}

}  // namespace

bool isNameWord(std::string_view word) {
    if (word.empty() || !isUpper(word[0])) return false;
    // All capitals ("GOVERNMENT", "HMI", "MASH") are acronyms or shouting, not names.
    bool hasLower = false;
    for (char c : word) hasLower |= isLower(c);
    if (!hasLower) return false;
    if (isStopWord(lowerAscii(word))) return false;
    return true;
}

std::vector<std::string> splitNameList(std::string_view text) {
    std::vector<std::string> names;
    // Remove parenthesised qualifiers such as "(AI)" or "(HMI)" and trailing full stops.
    std::string cleaned;
    int depth = 0;
    for (char c : text) {
        if (c == '(') { ++depth; continue; }
        if (c == ')') { if (depth) --depth; continue; }
        if (!depth) cleaned.push_back(c);
    }
    // Split on commas, semicolons, " and " and "&".
    std::vector<std::string> parts;
    std::string current;
    const std::vector<Word> words = splitWords(cleaned);
    std::size_t prevEnd = 0;
    auto flush = [&]() {
        std::string t = collapseSpaces(current);
        if (!t.empty()) parts.push_back(t);
        current.clear();
    };
    for (const Word& w : words) {
        std::string_view gap = std::string_view(cleaned).substr(prevEnd, w.begin - prevEnd);
        if (gap.find(',') != std::string_view::npos || gap.find(';') != std::string_view::npos ||
            gap.find('&') != std::string_view::npos)
            flush();
        std::string lw = lowerAscii(w.text);
        if (lw == "and") {
            flush();
        } else {
            current += ' ';
            current += std::string(w.text);
        }
        prevEnd = w.end;
    }
    flush();
    for (const std::string& p : parts) {
        // Keep the longest run of name words in each part: drops "His Majesty's Inspector".
        const std::vector<Word> pw = splitWords(p);
        std::string name;
        for (const Word& w : pw) {
            if (isNameWord(w.text) || (!name.empty() && (w.text == "de" || w.text == "van" || w.text == "von"))) {
                if (!name.empty()) name += ' ';
                name += std::string(w.text);
            } else if (!name.empty()) {
                break;
            }
        }
        // A name has a first name and a surname.
        if (name.find(' ') != std::string::npos) names.push_back(name);
    }
    return names;
}

}  // namespace findings::docparse
