// Splits a tokenized text into clauses at contrast words, so that "Although capacity has
// improved ..., too many young people are not seen" is read as two opposed judgements.
#pragma once

#include "cue_lexicon.hpp"

#include <cstdint>
#include <vector>

namespace findings::classify::detail {

/// How a clause stands to the rest of its sentence.
enum class ClauseRole : std::uint8_t {
    Main,        ///< an ordinary clause
    Concession,  ///< opened by although / despite / while...: conceded, so weighed less
    Contrast,    ///< opened by however / but / yet...: the point the writer lands on
    Condition,   ///< a sentence opened by when / if / where, up to its comma: the
                 ///< circumstances ("When children's circumstances do not change, ..."),
                 ///< not a judgement of the service
};

/// A run of tokens [first, end) within one sentence.
struct Clause {
    std::uint32_t first = 0;
    std::uint32_t end = 0;
    std::uint32_t sentence = 0;
    ClauseRole role = ClauseRole::Main;
};

/// The clauses of `text`, in order, covering every token. `cues` are the polarity-lexicon
/// matches of the text (ordered by first token), of which only the clause words are used.
/// A concession runs to the next comma or the sentence end; a contrast runs to the next
/// clause word or the sentence end; a sentence that opens with "However," is a contrast.
/// A condition opens a sentence and runs to its first comma (without a comma the sentence
/// is an ordinary one: "When they visit they do not see children alone").
std::vector<Clause> splitClauses(const TokenizedText& text, const std::vector<PhraseMatch>& cues,
                                 const CueLexicon& lexicon);

}  // namespace findings::classify::detail
