// Word lists the polarity and direction logic look for, each cue with a kind and a weight,
// indexed for one-pass matching. The lists themselves live in polarity_cues.cpp and
// direction_cues.cpp.
#pragma once

#include "phrase_index.hpp"

#include <cstdint>
#include <vector>

namespace findings::classify::detail {

/// What a cue means.
enum class CueKind : std::uint8_t {
    Strength,      ///< inspectors' praise: "timely", "well supported"
    Weakness,      ///< inspectors' criticism: "too many", "inconsistent", "drift"
    Developing,    ///< progress without impact yet: "beginning to", "too early to see";
                   ///< counted as (lighter) weakness
    Negator,       ///< "not", "no", "without", "not yet": flips what follows in its clause
    WeakNegator,   ///< "less": flips only the next word or two, is no criticism by itself
    PartialNegator,///< "not always": denies praise like "not", but a criticism after it
                   ///< stands ("does not always challenge drift" is no praise)
    Concession,    ///< "although", "despite", "while": opens a subordinate clause
    Contrast,      ///< "however", "but", "yet": opens a clause that outweighs the last
    Neutral,       ///< a longer phrase that hides a misleading cue ("improvement plan")
    Aspiration,    ///< "in order to", "to ensure": the next words are a goal, not a finding
    Past,          ///< "prior to", "previously": the rest of the clause is history, and
                   ///< counts for less
    Improving,     ///< direction: "steady progress", "continues to improve"
    NotImproving,  ///< direction: "insufficient progress", "little progress"
    MixedDirection,///< direction: "some progress", "remains inconsistent"
    Condition,     ///< "when", "if", "where" opening a sentence: "When risks escalate, ..."
                   ///< sets the scene up to its comma; it judges little
    Unjudged,      ///< "too early to evaluate": the clause withholds judgement, so its
                   ///< developing cues ("only recently", "started to") are no shortfall
};

/// One entry of a cue table.
struct CueEntry {
    const char* phrase;  ///< in the taxonomy's phrase syntax
    CueKind kind;
    float weight;
};

/// An indexed cue table: pattern id -> kind, weight and the phrase as written.
struct CueLexicon {
    PhraseIndex index;
    std::vector<CueKind> kind;
    std::vector<float> weight;
    std::vector<const char*> phrase;

    /// Indexes `count` entries; a malformed phrase is a programming error and throws.
    CueLexicon(const CueEntry* entries, std::size_t count);
};

/// The polarity cues: strength, weakness, developing, negators, contrast words, blockers.
const CueLexicon& polarityCues();

/// The overall-direction cues (improving / not improving / mixed) and the negators and
/// blockers they need.
const CueLexicon& directionCues();

}  // namespace findings::classify::detail
