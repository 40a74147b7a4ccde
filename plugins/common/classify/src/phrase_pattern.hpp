// The phrase syntax of the taxonomy and the cue lexicons, parsed into words that match
// tokens. Documented for taxonomy authors in data/README.md.
#pragma once

#include "text_tokens.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace findings::classify::detail {

/// One word of a phrase and how it matches a token.
struct PatternWord {
    enum class Kind {
        Exact,    ///< the word, or its regular plural (+s, +es, y→ies)
        Prefix,   ///< written "recruit*": any word starting with the stem
        Acronym,  ///< written "MASH": only the word in capitals (or its plural "PAs")
    };
    std::string text;  ///< folded: lower case, without the "*"
    Kind kind = Kind::Exact;
};

/// A parsed phrase: the words to match in order within one sentence.
struct PhrasePattern {
    std::vector<PatternWord> words;
    bool generic = false;  ///< written with a leading "~": weak evidence on its own
    bool blocker = false;  ///< written with a leading "!": no evidence, hides the phrases inside it
};

/// Parses one phrase. A hyphenated word also yields a variant written as one word
/// ("well-being" also matches "wellbeing"), so the result has one or two patterns.
/// Throws std::invalid_argument saying what is wrong with the phrase.
std::vector<PhrasePattern> parsePhrase(std::string_view phrase);

/// Whether pattern word `w` matches token `i` of `text`.
bool wordMatches(const PatternWord& w, const TokenizedText& text, std::size_t i);

}  // namespace findings::classify::detail
