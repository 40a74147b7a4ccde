// Polarity of a text from its cues: negation within a clause, weights by clause role,
// opposed clauses within a sentence, and the balance of the whole paragraph.
#pragma once

#include "clause_splitter.hpp"

#include <string>
#include <vector>

namespace findings::classify::detail {

/// The evidence found in one clause.
struct ClauseScore {
    Clause clause;
    double strength = 0.0;  ///< after the clause-role weight
    double weakness = 0.0;
    std::vector<std::string> cues;  ///< filled only when asked for (explanations)
};

/// The polarity of a whole text.
struct PolarityScore {
    const char* polarity = "neutral";  ///< "strength", "weakness", "mixed", "neutral"
    double confidence = 0.0;
    double strength = 0.0;  ///< summed evidence, after opposed-clause balancing
    double weakness = 0.0;
};

/// Scores `text` given its polarity-lexicon matches (containment already resolved).
/// When `clauses` is not null it receives each clause's evidence with the cues named.
PolarityScore scorePolarity(const TokenizedText& text, const std::vector<PhraseMatch>& cues,
                            std::vector<ClauseScore>* clauses = nullptr);

/// The polarity name of a strength/weakness pair taken alone, as for one clause.
const char* polarityOf(double strength, double weakness);

}  // namespace findings::classify::detail
