// Polarity scoring (see polarity_scoring.hpp).
#include "polarity_scoring.hpp"

#include <algorithm>
#include <cstdint>
#include <cmath>

namespace findings::classify::detail {
namespace {

// Below this much evidence in total a text is descriptive: neutral.
constexpr double kNeutralBelow = 0.6;
// A paragraph is mixed when its weaker side has at least this share of its stronger side.
constexpr double kMixedBalance = 0.5;
// A conceded clause counts for less, a "however/but" clause for more (DOMAIN.md: the
// clause after however/but usually sets the net polarity).
constexpr double kConcessionWeight = 0.8;
constexpr double kContrastWeight = 1.2;
// "When risks escalate, ..." / "Where children are not seen, ...": the circumstances
// named before the comma count for little.
constexpr double kConditionWeight = 0.3;
// In one sentence that sets a strength against a weakness ("Although X improved, too
// many Y"; "X is timely. However, Y..."), the writer presents both: the lesser side is
// raised to this share of the greater, so the sentence on its own reads as mixed.
constexpr double kOpposedSentenceFloor = 0.6;
// A negated criticism ("no delay", "without drift") is praise, but faint praise.
constexpr double kNegatedWeaknessFactor = 0.7;
// ... but only close to the negator: in "not followed through and some children continue
// to experience inadequate practice" the criticism stands.
constexpr std::uint32_t kNegatedWeaknessReach = 3;
// A weak negator ("less", "fewer") reaches this many tokens.
constexpr std::uint32_t kWeakNegatorReach = 2;
// "in order to achieve sustained improvement": the goal's words are no finding.
constexpr std::uint32_t kAspirationReach = 3;
// "Prior to these changes, there was instability": history counts for less.
constexpr double kPastFactor = 0.4;
// A clause is one judgement: cue words beyond this much evidence reinforce it only
// weakly, so one sentence dense with criticism does not outweigh three of praise.
constexpr double kClauseSaturation = 1.5;
constexpr double kBeyondSaturation = 0.4;

double saturate(double evidence) {
    return evidence <= kClauseSaturation ? evidence
                                         : kClauseSaturation + kBeyondSaturation * (evidence - kClauseSaturation);
}

double roleWeight(ClauseRole role) {
    switch (role) {
        case ClauseRole::Concession: return kConcessionWeight;
        case ClauseRole::Contrast: return kContrastWeight;
        case ClauseRole::Condition: return kConditionWeight;
        case ClauseRole::Main: break;
    }
    return 1.0;
}

/// The open scope of a negator while walking a clause.
struct Negation {
    bool open = false;
    bool weak = false;            // "less": flips, but is no criticism on its own
    bool partial = false;         // "not always": a criticism in its scope is not flipped
    std::uint32_t scopeEnd = 0;   // first token past the scope
    std::uint32_t nearEnd = 0;    // first token past the reach that can flip a criticism
    double negatorWeight = 0.0;
    double flippedStrength = 0.0; // strongest praise it negated ("not effective")
    bool flippedWeakness = false; // it negated a criticism ("no delay")
    const char* phrase = nullptr;
};

class ClauseWalker {
public:
    ClauseWalker(const TokenizedText& text, const CueLexicon& lexicon, ClauseScore& out, bool named)
        : text_(text), lexicon_(lexicon), out_(out), named_(named) {}

    void visit(const PhraseMatch& m) {
        const CueKind kind = lexicon_.kind[m.pattern];
        const double weight = lexicon_.weight[m.pattern] * (past_ ? kPastFactor : 1.0);
        if (negation_.open && m.first >= negation_.scopeEnd) resolve();
        if (m.first < aspirationEnd_ && kind != CueKind::Negator) return;
        switch (kind) {
            case CueKind::Negator:
            case CueKind::WeakNegator:
            case CueKind::PartialNegator:
                resolve();
                open(m, kind == CueKind::WeakNegator, weight);
                negation_.partial = kind == CueKind::PartialNegator;
                return;
            case CueKind::Aspiration:
                aspirationEnd_ = m.end() + kAspirationReach;
                return;
            case CueKind::Past:
                past_ = true;
                return;
            case CueKind::Unjudged:
                unjudged_ = true;
                return;
            case CueKind::Strength:
                if (negation_.open) {
                    negation_.flippedStrength = std::max(negation_.flippedStrength, weight);
                    name("→", m);
                } else {
                    strength_ += weight;
                    lastStrengthEnd_ = m.end();
                    lastStrength_ = weight;
                    name("", m);
                }
                return;
            case CueKind::Weakness:
                // "a strong disconnect", "clear gaps": praise words right before a
                // criticism intensify it; they praise nothing.
                if (m.first == lastStrengthEnd_ && lastStrength_ > 0.0) {
                    strength_ -= lastStrength_;
                    lastStrength_ = 0.0;
                }
                if (negation_.open && !negation_.partial && m.first < negation_.nearEnd) {
                    negation_.flippedWeakness = true;
                    strength_ += weight * kNegatedWeaknessFactor;
                    name("→", m);
                } else {
                    weakness_ += weight;
                    name("", m);
                }
                return;
            case CueKind::Developing:  // "not at an early enough stage" is still a shortfall
                developing_ += weight;
                name("", m);
                return;
            default:
                return;
        }
    }

    void finish(double roleFactor) {
        resolve();
        // "It has only recently started, and it is too early to evaluate": the newness is
        // why no judgement is made, not a shortfall.
        if (!unjudged_) weakness_ += developing_;
        out_.strength = saturate(strength_) * roleFactor;
        out_.weakness = saturate(weakness_) * roleFactor;
    }

private:
    void open(const PhraseMatch& m, bool weak, double weight) {
        negation_ = Negation{};
        negation_.open = true;
        negation_.weak = weak;
        negation_.negatorWeight = weight;
        negation_.phrase = lexicon_.phrase[m.pattern];
        // A negator reaches to the end of its clause or the next comma; "less" reaches
        // only the next words ("less consistent").
        std::uint32_t end = m.end();
        const std::uint32_t limit = weak ? std::min(out_.clause.end, m.end() + kWeakNegatorReach)
                                         : out_.clause.end;
        while (end < limit && text_.tokens[end].breakBefore == Break::None) ++end;
        negation_.scopeEnd = end;
        negation_.nearEnd = std::min(end, m.end() + kNegatedWeaknessReach);
    }

    void resolve() {
        if (!negation_.open) return;
        negation_.open = false;
        if (negation_.flippedWeakness) return;  // "no delay": already counted as praise
        if (negation_.weak) {
            weakness_ += negation_.flippedStrength;  // "less consistent"
            return;
        }
        // "not" in an inspector's sentence is a criticism ("are not seen"), at least as
        // strong as the praise it denies ("not sufficiently effective").
        weakness_ += std::max(negation_.negatorWeight, negation_.flippedStrength);
        if (named_) out_.cues.push_back(negation_.phrase);
    }

    void name(const char* prefix, const PhraseMatch& m) {
        if (!named_) return;
        std::string cue;
        if (*prefix && negation_.phrase) cue = std::string(negation_.phrase) + prefix;
        cue += lexicon_.phrase[m.pattern];
        out_.cues.push_back(std::move(cue));
    }

    const TokenizedText& text_;
    const CueLexicon& lexicon_;
    ClauseScore& out_;
    bool named_;
    Negation negation_;
    std::uint32_t aspirationEnd_ = 0;
    bool past_ = false;
    bool unjudged_ = false;
    std::uint32_t lastStrengthEnd_ = UINT32_MAX;
    double lastStrength_ = 0.0;
    double strength_ = 0.0;
    double weakness_ = 0.0;
    double developing_ = 0.0;
};

double confidenceOf(const char* polarity, double strength, double weakness) {
    const double total = strength + weakness;
    const double hi = std::max(strength, weakness);
    const double lo = std::min(strength, weakness);
    if (total < kNeutralBelow) return 0.6 - 0.5 * (total / kNeutralBelow);
    const double evidence = 1.0 - std::exp(-total / 1.5);  // more cues, surer
    const double balance = hi > 0 ? lo / hi : 0.0;
    if (polarity[0] == 'm')  // mixed: surer the more even the balance
        return evidence * (0.5 + 0.5 * (balance - kMixedBalance) / (1.0 - kMixedBalance));
    return evidence * (0.5 + 0.5 * (kMixedBalance - balance) / kMixedBalance);
}

}  // namespace

const char* polarityOf(double strength, double weakness) {
    const double total = strength + weakness;
    if (total < kNeutralBelow) return "neutral";
    const double hi = std::max(strength, weakness);
    const double lo = std::min(strength, weakness);
    if (lo >= kMixedBalance * hi) return "mixed";
    return strength > weakness ? "strength" : "weakness";
}

PolarityScore scorePolarity(const TokenizedText& text, const std::vector<PhraseMatch>& cues,
                            std::vector<ClauseScore>* clausesOut) {
    const CueLexicon& lexicon = polarityCues();
    const std::vector<Clause> clauses = splitClauses(text, cues, lexicon);
    std::vector<ClauseScore> local;
    std::vector<ClauseScore>& scores = clausesOut ? *clausesOut : local;
    scores.clear();
    scores.reserve(clauses.size());

    std::size_t next = 0;  // cues are ordered by first token, as are clauses
    std::uint32_t readUntil = 0;  // tokens up to here belong to a cue already read
    for (const Clause& clause : clauses) {
        scores.push_back(ClauseScore{clause, 0.0, 0.0, {}});
        ClauseWalker walker(text, lexicon, scores.back(), clausesOut != nullptr);
        while (next < cues.size() && cues[next].first < clause.end) {
            const PhraseMatch& m = cues[next++];
            // Words are read once: "enables" is not also the plural of "enable", and in
            // "little progress has been made" the cue that starts first, "little progress",
            // is the reading (the modifier comes before what it modifies).
            if (m.first < clause.first || m.first < readUntil) continue;
            walker.visit(m);
            readUntil = m.end();
        }
        walker.finish(roleWeight(clause.role));
    }

    // Sum by contrast unit, balancing units that oppose their own clauses. A unit is a
    // sentence; a sentence that opens with "However," / "But" / "Despite this," joins the
    // last unit that judged anything: the writer sets the two against each other just as
    // within one sentence, even with a descriptive sentence between them.
    struct Unit {
        double s = 0.0, w = 0.0;
        bool praises = false, criticises = false;
        std::size_t clauses = 0;
    };
    std::vector<Unit> units;
    std::size_t lastJudged = SIZE_MAX;  // index in units
    for (std::size_t i = 0; i < scores.size(); ++i) {
        const ClauseScore& c = scores[i];
        const bool sentenceStart = i == 0 || text.tokens[c.clause.first].breakBefore == Break::Sentence;
        if (sentenceStart) {
            const bool contrastOpener = c.clause.role == ClauseRole::Contrast;
            if (contrastOpener && lastJudged != SIZE_MAX) {
                // Fold the units after the last judged one (descriptive sentences) into it.
                for (std::size_t u = lastJudged + 1; u < units.size(); ++u) {
                    units[lastJudged].s += units[u].s;
                    units[lastJudged].w += units[u].w;
                    units[lastJudged].clauses += units[u].clauses;
                }
                units.resize(lastJudged + 1);
            } else {
                units.emplace_back();
            }
        }
        Unit& unit = units.back();
        unit.s += c.strength;
        unit.w += c.weakness;
        ++unit.clauses;
        unit.praises |= c.strength > c.weakness && c.strength >= 0.5;
        unit.criticises |= c.weakness > c.strength && c.weakness >= 0.5;
        if (unit.s + unit.w >= kNeutralBelow) lastJudged = units.size() - 1;
    }
    PolarityScore result;
    for (Unit& unit : units) {
        if (unit.clauses > 1 && unit.praises && unit.criticises) {
            if (unit.s < unit.w) unit.s = std::max(unit.s, kOpposedSentenceFloor * unit.w);
            else unit.w = std::max(unit.w, kOpposedSentenceFloor * unit.s);
        }
        result.strength += unit.s;
        result.weakness += unit.w;
    }
    result.polarity = polarityOf(result.strength, result.weakness);
    result.confidence = std::clamp(confidenceOf(result.polarity, result.strength, result.weakness), 0.0, 1.0);
    return result;
}

}  // namespace findings::classify::detail
