// Theme evidence: from phrase matches to ranked themes. Specific phrases count more than
// generic ones, repeats count less than new phrases, and the opening sentence (where
// inspectors put the topic) counts more than the rest.
#pragma once

#include "phrase_index.hpp"

#include <cstdint>
#include <vector>

namespace findings::classify::detail {

/// What an indexed taxonomy pattern stands for.
struct ThemePhraseInfo {
    std::uint32_t theme = 0;   ///< index into Taxonomy::themes()
    std::uint32_t phrase = 0;  ///< index into that theme's phrases
    float weight = 1.0f;       ///< evidence of one occurrence; 0 for a blocking phrase ("!...")
};

/// A theme's total evidence in one text.
struct ThemeScore {
    std::uint32_t theme = 0;
    double score = 0.0;
    std::uint32_t firstToken = 0;   ///< where its evidence starts, for ordering ties
    std::uint32_t distinctPhrases = 0;
    std::uint32_t occurrences = 0;     ///< phrase occurrences counted, repeats included
    std::uint32_t sentences = 0;       ///< distinct sentences with evidence
    bool inFirstSentence = false;      ///< evidence in the topic sentence
};

/// The weight of one occurrence of a parsed phrase (all variants of a phrase share it).
float phraseWeight(const PhrasePattern& pattern);

/// Every theme with evidence in the text, strongest first.
std::vector<ThemeScore> scoreThemes(const TokenizedText& text, const std::vector<PhraseMatch>& matches,
                                    const std::vector<ThemePhraseInfo>& info, std::size_t themeCount);

/// The themes to report from `scored` (strongest first): the strongest, and the others
/// that the paragraph is also about: close enough to the strongest, and supported by more
/// than one passing sentence (evidence in two sentences, or in the topic sentence); at
/// most three.
std::vector<std::uint32_t> selectThemes(const std::vector<ThemeScore>& scored);

}  // namespace findings::classify::detail
