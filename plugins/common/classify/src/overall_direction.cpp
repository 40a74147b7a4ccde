// The overall direction of a document from its headline findings (DOMAIN.md "Overall
// direction"): direction phrases count most, the text's polarity breaks the tie.
#include "findings/classify/classifier.hpp"

#include "cue_lexicon.hpp"
#include "polarity_scoring.hpp"
#include "text_tokens.hpp"

#include <algorithm>

namespace findings::classify {
namespace {

// A direction phrase ("steady progress") outweighs a general quality word ("timely").
constexpr double kDirectionWeight = 2.0;
constexpr double kPolarityWeight = 0.5;
constexpr double kMixedWeight = 1.0;
// Mixed when the lesser direction has at least this share of the greater.
constexpr double kMixedBalance = 0.5;
// A goal ("committed to improving") reaches this many words.
constexpr std::uint32_t kAspirationReach = 3;
// "not insufficient progress" is rare and faint.
constexpr double kNegatedDeclineFactor = 0.5;

/// Whether a cue of `kind` opens before `m`, within `reach` tokens (0: to the end of the
/// clause), with no clause break in between.
bool precededBy(const detail::TokenizedText& text, const std::vector<detail::PhraseMatch>& matches,
                const detail::CueLexicon& lexicon, const detail::PhraseMatch& m, detail::CueKind kind,
                std::uint32_t reach) {
    for (const detail::PhraseMatch& n : matches) {
        if (n.first >= m.first) break;
        if (lexicon.kind[n.pattern] != kind) continue;
        if (reach > 0 && m.first >= n.end() + reach) continue;
        bool sameClause = true;
        for (std::uint32_t t = n.end(); t <= m.first && sameClause; ++t)
            sameClause = text.tokens[t].breakBefore == detail::Break::None;
        if (sameClause) return true;
    }
    return false;
}

}  // namespace

std::string overallDirection(std::string_view headlineText) {
    detail::TokenizedText text;
    detail::tokenize(headlineText, text);

    std::vector<detail::WordKeys> keys;
    detail::computeWordKeys(text, keys);
    std::vector<detail::PhraseMatch> cues;
    detail::polarityCues().index.findAll(text, keys, cues, true);
    const detail::PolarityScore polarity = detail::scorePolarity(text, cues);

    const detail::CueLexicon& lexicon = detail::directionCues();
    std::vector<detail::PhraseMatch> matches;
    lexicon.index.findAll(text, keys, matches, true);
    double improving = 0.0, declining = 0.0, mixed = 0.0;
    std::uint32_t readUntil = 0;  // as in polarity: overlapping cues, the first one wins
    for (const detail::PhraseMatch& m : matches) {
        if (m.first < readUntil) continue;
        readUntil = m.end();
        const double w = lexicon.weight[m.pattern];
        if (precededBy(text, matches, lexicon, m, detail::CueKind::Aspiration, kAspirationReach)) continue;
        const bool isNegated = precededBy(text, matches, lexicon, m, detail::CueKind::Negator, 0);
        switch (lexicon.kind[m.pattern]) {
            case detail::CueKind::Improving: (isNegated ? declining : improving) += w; break;
            case detail::CueKind::NotImproving:
                if (isNegated) improving += w * kNegatedDeclineFactor;
                else declining += w;
                break;
            case detail::CueKind::MixedDirection: mixed += w; break;
            default: break;
        }
    }

    const double up = kDirectionWeight * improving + kPolarityWeight * polarity.strength;
    const double down = kDirectionWeight * declining + kPolarityWeight * polarity.weakness;
    const double between = kMixedWeight * mixed;
    // Mixed phrases ("some progress", "remains variable") pull both ways at once; a text
    // with no evidence either way (0/0, hence the negated test) is mixed too.
    const double balance = (std::min(up, down) + between) / (std::max(up, down) + between);
    if (!(balance < kMixedBalance)) return "mixed";
    return up > down ? "improving" : "not improving";
}

}  // namespace findings::classify
