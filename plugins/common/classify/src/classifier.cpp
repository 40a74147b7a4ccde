// The Classifier: indexes a taxonomy once, then per text tokenizes once and runs the
// theme and polarity scorers over the same tokens.
#include "findings/classify/classifier.hpp"

#include "cue_lexicon.hpp"
#include "phrase_index.hpp"
#include "polarity_scoring.hpp"
#include "text_tokens.hpp"
#include "theme_scoring.hpp"

namespace findings::classify {

struct Classifier::Impl {
    Taxonomy taxonomy;
    detail::PhraseIndex index;
    std::vector<detail::ThemePhraseInfo> info;  // by pattern id

    explicit Impl(Taxonomy t) : taxonomy(std::move(t)) {
        const auto& themes = taxonomy.themes();
        for (std::uint32_t ti = 0; ti < themes.size(); ++ti) {
            for (std::uint32_t pi = 0; pi < themes[ti].phrases.size(); ++pi) {
                auto variants = detail::parsePhrase(themes[ti].phrases[pi]);  // checked at load
                const float weight = detail::phraseWeight(variants.front());
                for (auto& pattern : variants) {
                    index.add(std::move(pattern));
                    info.push_back({ti, pi, weight});
                }
            }
        }
        index.finish();
        detail::polarityCues();  // build the shared lexicon now, not on the first text
    }

    /// Everything both classify() and explain() need, computed once per text.
    struct Analysis {
        detail::TokenizedText text;
        std::vector<detail::WordKeys> keys;
        std::vector<detail::PhraseMatch> themeMatches;
        std::vector<detail::PhraseMatch> cueMatches;
        std::vector<detail::ThemeScore> themeScores;
        detail::PolarityScore polarity;
    };

    void analyse(std::string_view input, Analysis& a, std::vector<detail::ClauseScore>* clauses) const {
        detail::tokenize(input, a.text);
        detail::computeWordKeys(a.text, a.keys);
        index.findAll(a.text, a.keys, a.themeMatches, true);
        a.themeScores = detail::scoreThemes(a.text, a.themeMatches, info, taxonomy.themes().size());
        detail::polarityCues().index.findAll(a.text, a.keys, a.cueMatches, true);
        a.polarity = detail::scorePolarity(a.text, a.cueMatches, clauses);
    }

    Classification resultOf(const Analysis& a) const {
        Classification c;
        for (std::uint32_t theme : detail::selectThemes(a.themeScores))
            c.themes.push_back(taxonomy.themes()[theme].id);
        c.polarity = a.polarity.polarity;
        c.confidence = a.polarity.confidence;
        return c;
    }
};

Classifier::Classifier(Taxonomy taxonomy) : impl_(std::make_shared<const Impl>(std::move(taxonomy))) {}

Classification Classifier::classify(std::string_view text) const {
    // Plain locals, not thread_local scratch: this library lives inside plugins that the
    // host may unload, and thread_local destructors would pin or outlive them.
    Impl::Analysis analysis;
    impl_->analyse(text, analysis, nullptr);
    return impl_->resultOf(analysis);
}

Explanation Classifier::explain(std::string_view text) const {
    Impl::Analysis analysis;
    std::vector<detail::ClauseScore> clauses;
    impl_->analyse(text, analysis, &clauses);

    Explanation e;
    e.result = impl_->resultOf(analysis);
    const auto& themes = impl_->taxonomy.themes();
    for (const detail::ThemeScore& s : analysis.themeScores) {
        ThemeEvidence evidence;
        evidence.id = themes[s.theme].id;
        evidence.score = s.score;
        for (const detail::PhraseMatch& m : analysis.themeMatches) {
            const auto& p = impl_->info[m.pattern];
            if (p.theme != s.theme || p.weight <= 0.0f) continue;
            const std::string& phrase = themes[p.theme].phrases[p.phrase];
            bool listed = false;
            for (const auto& known : evidence.phrases) listed |= known == phrase;
            if (!listed) evidence.phrases.push_back(phrase);
        }
        e.themes.push_back(std::move(evidence));
    }
    for (const detail::ClauseScore& c : clauses) {
        ClauseEvidence clause;
        const auto& tokens = analysis.text.tokens;
        clause.text = std::string(text.substr(tokens[c.clause.first].begin,
                                              tokens[c.clause.end - 1].end - tokens[c.clause.first].begin));
        clause.role = c.clause.role == detail::ClauseRole::Concession ? "concession"
                      : c.clause.role == detail::ClauseRole::Contrast ? "contrast"
                      : c.clause.role == detail::ClauseRole::Condition ? "condition" : "main";
        clause.polarity = detail::polarityOf(c.strength, c.weakness);
        clause.strength = c.strength;
        clause.weakness = c.weakness;
        clause.cues = c.cues;
        e.clauses.push_back(std::move(clause));
    }
    return e;
}

const Taxonomy& Classifier::taxonomy() const { return impl_->taxonomy; }

}  // namespace findings::classify
