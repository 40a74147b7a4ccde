// Phrase syntax parsing and word matching (see phrase_pattern.hpp).
#include "phrase_pattern.hpp"

#include <stdexcept>

namespace findings::classify::detail {
namespace {

bool isUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool isLower(unsigned char c) { return c >= 'a' && c <= 'z'; }

/// Characters a phrase may contain besides letters and digits: separators the tokenizer
/// folds away (so "children's home*" and "step-up" mean what they look like).
bool isAllowedPunctuation(unsigned char c) {
    return c == ' ' || c == '-' || c == '\'' || c == ',' || c == '/' || c == '*';
}

void appendChunk(std::string_view chunk, std::vector<PatternWord>& words,
                 std::vector<PatternWord>& joined, bool& hyphenated) {
    bool prefix = false;
    if (!chunk.empty() && chunk.back() == '*') {
        prefix = true;
        chunk.remove_suffix(1);
    }
    if (chunk.find('*') != std::string_view::npos)
        throw std::invalid_argument("'*' may only end a word");
    int upper = 0, lower = 0;
    for (char ch : chunk) {
        const auto c = static_cast<unsigned char>(ch);
        if (isUpper(c)) ++upper;
        else if (isLower(c) || c >= 0x80) ++lower;
    }
    if (upper > 0 && lower > 0)
        throw std::invalid_argument("words must be lower case, or all capitals for an acronym");
    const bool acronym = upper >= 2;
    if (acronym && prefix) throw std::invalid_argument("an acronym cannot end in '*'");

    TokenizedText parsed;
    tokenize(chunk, parsed);
    if (parsed.tokens.empty()) throw std::invalid_argument("a word has no letters or digits");
    if (acronym && parsed.tokens.size() != 1)
        throw std::invalid_argument("an acronym must be a single word");
    if (parsed.tokens.size() > 1) hyphenated = true;

    std::string together;
    for (std::size_t i = 0; i < parsed.tokens.size(); ++i) {
        PatternWord w;
        w.text = std::string(parsed.word(i));
        const bool last = i + 1 == parsed.tokens.size();
        w.kind = acronym ? PatternWord::Kind::Acronym
                         : (prefix && last ? PatternWord::Kind::Prefix : PatternWord::Kind::Exact);
        if (w.kind == PatternWord::Kind::Prefix && w.text.size() < 3)
            throw std::invalid_argument("a word ending in '*' needs at least three letters before it");
        together += w.text;
        words.push_back(w);
    }
    PatternWord j;
    j.text = together;
    j.kind = acronym ? PatternWord::Kind::Acronym
                     : (prefix ? PatternWord::Kind::Prefix : PatternWord::Kind::Exact);
    joined.push_back(j);
}

}  // namespace

std::vector<PhrasePattern> parsePhrase(std::string_view phrase) {
    while (!phrase.empty() && phrase.front() == ' ') phrase.remove_prefix(1);
    while (!phrase.empty() && phrase.back() == ' ') phrase.remove_suffix(1);
    PhrasePattern pattern;
    if (!phrase.empty() && phrase.front() == '~') {
        pattern.generic = true;
        phrase.remove_prefix(1);
    } else if (!phrase.empty() && phrase.front() == '!') {
        // "!children in need of protection": a longer phrase that means something else
        // than the theme phrase inside it; it hides that phrase and is no evidence itself.
        pattern.blocker = true;
        phrase.remove_prefix(1);
    }
    if (phrase.empty()) throw std::invalid_argument("empty phrase");
    for (char ch : phrase) {
        const auto c = static_cast<unsigned char>(ch);
        if (c >= 0x80 || isUpper(c) || isLower(c) || (c >= '0' && c <= '9') ||
            isAllowedPunctuation(c))
            continue;
        throw std::invalid_argument(std::string("unexpected character '") + ch + "'");
    }

    PhrasePattern joined = pattern;
    bool hyphenated = false;
    std::size_t pos = 0;
    while (pos < phrase.size()) {
        const std::size_t space = phrase.find(' ', pos);
        const std::size_t end = space == std::string_view::npos ? phrase.size() : space;
        if (end > pos) appendChunk(phrase.substr(pos, end - pos), pattern.words, joined.words, hyphenated);
        pos = end + 1;
    }
    std::vector<PhrasePattern> out{pattern};
    if (hyphenated) out.push_back(joined);
    return out;
}

bool wordMatches(const PatternWord& w, const TokenizedText& text, std::size_t i) {
    switch (w.kind) {
        case PatternWord::Kind::Acronym:
            return text.tokens[i].acronym && text.acronymStem(i) == w.text;
        case PatternWord::Kind::Prefix:
            return text.word(i).substr(0, w.text.size()) == w.text;
        case PatternWord::Kind::Exact: {
            const std::string_view t = text.word(i);
            if (t.size() < w.text.size() || t.substr(0, w.text.size()) != w.text) {
                // "agency" -> "agencies"
                return w.text.size() >= 2 && w.text.back() == 'y' && t.size() == w.text.size() + 2 &&
                       t.substr(0, w.text.size() - 1) == std::string_view(w.text).substr(0, w.text.size() - 1) &&
                       t.substr(w.text.size() - 1) == "ies";
            }
            const std::string_view rest = t.substr(w.text.size());
            return rest.empty() || rest == "s" || rest == "es";
        }
    }
    return false;
}

}  // namespace findings::classify::detail
