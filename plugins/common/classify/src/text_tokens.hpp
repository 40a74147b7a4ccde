// Folding and word tokenisation of UTF-8 text: the one pass every match works on, so that
// phrase matching never has to think about case, curly quotes, dashes or hyphens.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace findings::classify::detail {

/// What separates a token from the one before it. Phrases never match across a sentence
/// break; negation scope and clauses end at a clause break.
enum class Break : std::uint8_t { None, Clause, Sentence };

/// One word of the text, folded to lower case.
struct Token {
    std::uint32_t folded = 0;   ///< offset of the folded word in TokenizedText::folded
    std::uint32_t length = 0;   ///< its length in bytes
    std::uint32_t begin = 0;    ///< byte range of the word in the original text
    std::uint32_t end = 0;
    std::uint32_t sentence = 0; ///< 0-based sentence number
    Break breakBefore = Break::None;
    bool capitalised = false;   ///< first letter written in capitals
    bool acronym = false;       ///< written in capitals ("MASH"), possibly plural ("PAs")
    std::uint8_t acronymLength = 0;  ///< length of the acronym without a plural "s"
};

/// A text as folded words. Reused between calls to avoid allocation.
struct TokenizedText {
    std::string folded;
    std::vector<Token> tokens;

    /// The folded word of token `i`.
    std::string_view word(std::size_t i) const {
        return std::string_view(folded).substr(tokens[i].folded, tokens[i].length);
    }
    /// The folded acronym of token `i` without a plural "s" ("pa" for "PAs").
    std::string_view acronymStem(std::size_t i) const {
        return std::string_view(folded).substr(tokens[i].folded, tokens[i].acronymLength);
    }
    /// Number of sentences (one more than the last token's sentence number).
    std::uint32_t sentenceCount() const {
        return tokens.empty() ? 0 : tokens.back().sentence + 1;
    }
};

/// Splits `text` into folded words. ASCII letters are lower-cased; curly apostrophes count
/// as "'", dashes as "-", non-breaking and thin spaces as spaces. A hyphen, slash or
/// apostrophe separates words ("step-up" is "step" "up"); a possessive "'s" is dropped and
/// "n't" becomes a separate word "not". Letters outside ASCII are kept as they are.
void tokenize(std::string_view text, TokenizedText& out);

}  // namespace findings::classify::detail
