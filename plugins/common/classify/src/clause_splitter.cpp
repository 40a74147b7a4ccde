// Clause splitting at contrast words (see clause_splitter.hpp).
#include "clause_splitter.hpp"

namespace findings::classify::detail {

std::vector<Clause> splitClauses(const TokenizedText& text, const std::vector<PhraseMatch>& cues,
                                 const CueLexicon& lexicon) {
    std::vector<Clause> clauses;
    const auto count = static_cast<std::uint32_t>(text.tokens.size());
    if (count == 0) return clauses;

    // The clause word starting at each token, if any.
    std::vector<CueKind> opener(count, CueKind::Neutral);
    std::vector<std::uint32_t> openerLength(count, 0);
    for (const PhraseMatch& m : cues) {
        const CueKind kind = lexicon.kind[m.pattern];
        const bool condition = kind == CueKind::Condition &&
                               (m.first == 0 || text.tokens[m.first].breakBefore == Break::Sentence);
        if ((kind == CueKind::Concession || kind == CueKind::Contrast || condition) && openerLength[m.first] == 0) {
            opener[m.first] = kind;
            openerLength[m.first] = m.count;
        }
    }

    Clause current;
    bool inConcession = false;
    auto close = [&](std::uint32_t at) {
        current.end = at;
        if (current.end > current.first) clauses.push_back(current);
        current.first = at;
    };
    for (std::uint32_t t = 0; t < count; ++t) {
        const Token& token = text.tokens[t];
        const bool newSentence = t == 0 || token.breakBefore == Break::Sentence;
        if (newSentence) {
            if (t > 0) close(t);
            current.sentence = token.sentence;
            current.role = ClauseRole::Main;
            inConcession = false;
        } else if ((inConcession || current.role == ClauseRole::Condition) && token.breakBefore == Break::Clause) {
            // "Although X, Y": the comma ends the concession; what follows is the main point.
            close(t);
            current.role = ClauseRole::Main;
            inConcession = false;
        }
        if (openerLength[t] == 0) continue;
        if (t > current.first) close(t);
        current.sentence = token.sentence;
        if (opener[t] == CueKind::Concession) {
            current.role = ClauseRole::Concession;
            inConcession = true;
        } else if (opener[t] == CueKind::Condition) {
            // Only up to a comma in the same sentence; without one it is a main clause.
            std::uint32_t u = t + 1;
            while (u < count && text.tokens[u].breakBefore == Break::None) ++u;
            const bool closedByComma = u < count && text.tokens[u].breakBefore == Break::Clause;
            current.role = closedByComma ? ClauseRole::Condition : ClauseRole::Main;
            inConcession = false;
        } else {
            current.role = ClauseRole::Contrast;
            inConcession = false;
        }
        t += openerLength[t] - 1;  // a multi-word opener ("in spite of") is one step
    }
    close(count);
    return clauses;
}

}  // namespace findings::classify::detail
