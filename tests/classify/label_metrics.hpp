// Precision, recall and F1 of predicted themes, and accuracy and confusion of predicted
// polarity, against gold labels. Shared by classify_tests and classify_bench.
#pragma once

#include <array>
#include <map>
#include <string>
#include <vector>

namespace findings::classify::testing {

/// Counts for one theme.
struct ThemeCounts {
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;
    double precision() const;  ///< 0 when nothing was predicted
    double recall() const;     ///< 0 when nothing was expected
    double f1() const;
};

/// Theme scores over a set of paragraphs (each paragraph's themes as a set).
struct ThemeMetrics {
    std::map<std::string, ThemeCounts> perTheme;  ///< every theme seen in gold or predictions
    ThemeCounts micro;                             ///< counts summed over themes
    double macroPrecision = 0.0;                   ///< mean over themes present in the gold
    double macroRecall = 0.0;
    double macroF1 = 0.0;
    double topThemeAccuracy = 0.0;  ///< share of paragraphs whose first predicted theme is in gold
};

/// Scores `predicted` against `gold`, paragraph by paragraph (same length).
ThemeMetrics scoreThemes(const std::vector<std::vector<std::string>>& gold,
                         const std::vector<std::vector<std::string>>& predicted);

/// The polarity names in confusion-matrix order.
inline const std::array<const char*, 4> kPolarities{"strength", "weakness", "mixed", "neutral"};

/// Polarity accuracy and confusion matrix ([gold][predicted], in kPolarities order).
struct PolarityMetrics {
    double accuracy = 0.0;
    std::array<std::array<int, 4>, 4> confusion{};
};

/// Scores `predicted` polarities against `gold` (same length).
PolarityMetrics scorePolarity(const std::vector<std::string>& gold, const std::vector<std::string>& predicted);

}  // namespace findings::classify::testing
