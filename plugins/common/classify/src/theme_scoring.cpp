// Theme scoring and selection (see theme_scoring.hpp).
#include "theme_scoring.hpp"

#include <algorithm>
#include <cstdint>

namespace findings::classify::detail {
namespace {

// One specific word is worth 1; a two-word phrase is more specific, three words more so.
constexpr float kTwoWordWeight = 1.6f;
constexpr float kLongPhraseWeight = 2.0f;
// An acronym ("MASH", "UASC", "CAMHS") is a term of art, more telling than a plain word.
constexpr float kAcronymWeight = 1.3f;
// A generic phrase ("~partners", "~health") is weak evidence on its own.
constexpr float kGenericFactor = 0.4f;
// Inspectors state the topic of a paragraph in its first sentence.
constexpr double kFirstSentenceFactor = 1.5;
// Several phrases of one theme in one sentence ("their health needs ... including their
// emotional well-being") are one point made: after the first, each adds this share.
constexpr double kSameSentenceFactor = 0.6;
// Each repeat of the same phrase adds this share of its weight, up to kMaxRepeats repeats.
constexpr double kRepeatFactor = 0.5;
constexpr int kMaxRepeats = 3;

// Selection: a theme other than the strongest needs this share of the strongest score,
// and this much evidence in absolute terms (more than one generic hit). An expert gives a
// paragraph one or two themes, rarely three: a theme named in one passing sentence
// ("...are stepped down to early help", "...with partners") is not what it is about.
constexpr double kRelativeFloor = 0.45;
constexpr double kSecondaryMinimum = 1.2;
// A theme named once, or only within one sentence other than the topic sentence, is a
// passing mention unless it is nearly as strong as the strongest.
constexpr double kPassingRelativeFloor = 0.7;
// A third theme needs more still.
constexpr double kThirdRelativeFloor = 0.65;
constexpr std::size_t kMaxThemes = 3;

}  // namespace

float phraseWeight(const PhrasePattern& pattern) {
    float w = 1.0f;
    if (pattern.words.size() == 2) w = kTwoWordWeight;
    else if (pattern.words.size() >= 3) w = kLongPhraseWeight;
    else if (pattern.words.front().kind == PatternWord::Kind::Acronym) w = kAcronymWeight;
    if (pattern.generic) w *= kGenericFactor;
    if (pattern.blocker) w = 0.0f;
    return w;
}

std::vector<ThemeScore> scoreThemes(const TokenizedText& text, const std::vector<PhraseMatch>& matches,
                                    const std::vector<ThemePhraseInfo>& info, std::size_t themeCount) {
    std::vector<ThemeScore> scores(themeCount);
    for (std::uint32_t t = 0; t < themeCount; ++t) scores[t].theme = t;

    // Occurrences so far of each (theme, phrase), to discount repeats.
    struct Seen { std::uint32_t theme, phrase; int count; };
    std::vector<Seen> seen;
    seen.reserve(matches.size());
    // Tokens already counted for each theme: two phrases of one theme over the same words
    // ("supervision" and "supervis*") are one piece of evidence, not two.
    std::vector<std::uint32_t> coveredUntil(themeCount, 0);
    std::vector<std::uint32_t> lastSentence(themeCount, UINT32_MAX);
    for (const PhraseMatch& m : matches) {
        const ThemePhraseInfo& p = info[m.pattern];
        if (p.weight <= 0.0f) continue;  // a blocking phrase: it only hides what it contains
        if (m.first < coveredUntil[p.theme]) continue;
        coveredUntil[p.theme] = m.end();
        auto it = std::find_if(seen.begin(), seen.end(),
                               [&](const Seen& s) { return s.theme == p.theme && s.phrase == p.phrase; });
        ThemeScore& score = scores[p.theme];
        const std::uint32_t sentence = text.tokens[m.first].sentence;
        const bool sameSentence = sentence == lastSentence[p.theme];
        if (!sameSentence) {
            lastSentence[p.theme] = sentence;
            ++score.sentences;  // matches come in text order: a new sentence is a new one
        }
        score.inFirstSentence |= sentence == 0;
        ++score.occurrences;
        if (it == seen.end()) {
            seen.push_back({p.theme, p.phrase, 1});
            double factor = sentence == 0 ? kFirstSentenceFactor : 1.0;
            if (sameSentence) factor *= kSameSentenceFactor;
            if (score.distinctPhrases == 0) score.firstToken = m.first;
            score.score += p.weight * factor;
            ++score.distinctPhrases;
        } else if (it->count <= kMaxRepeats) {
            ++it->count;
            score.score += p.weight * kRepeatFactor;
        }
    }
    scores.erase(std::remove_if(scores.begin(), scores.end(),
                                [](const ThemeScore& s) { return s.distinctPhrases == 0; }),
                 scores.end());
    std::sort(scores.begin(), scores.end(), [](const ThemeScore& a, const ThemeScore& b) {
        if (a.score != b.score) return a.score > b.score;
        return a.firstToken < b.firstToken;
    });
    return scores;
}

std::vector<std::uint32_t> selectThemes(const std::vector<ThemeScore>& scored) {
    std::vector<std::uint32_t> chosen;
    if (scored.empty()) return chosen;
    const double top = scored.front().score;
    chosen.push_back(scored.front().theme);
    for (std::size_t i = 1; i < scored.size() && chosen.size() < kMaxThemes; ++i) {
        const ThemeScore& s = scored[i];
        if (s.score < kRelativeFloor * top || s.score < kSecondaryMinimum) break;
        const bool passing = s.occurrences < 2 || (s.sentences < 2 && !s.inFirstSentence);
        if (passing && s.score < kPassingRelativeFloor * top) continue;
        if (chosen.size() == 2 && s.score < kThirdRelativeFloor * top) break;
        chosen.push_back(s.theme);
    }
    return chosen;
}

}  // namespace findings::classify::detail
