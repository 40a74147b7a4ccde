// Label metrics (see label_metrics.hpp).
#include "label_metrics.hpp"

#include <algorithm>
#include <set>

namespace findings::classify::testing {
namespace {

double ratio(int a, int b) { return b == 0 ? 0.0 : static_cast<double>(a) / b; }

int polarityIndex(const std::string& name) {
    for (std::size_t i = 0; i < kPolarities.size(); ++i)
        if (name == kPolarities[i]) return static_cast<int>(i);
    return 3;  // anything unknown is counted as neutral
}

}  // namespace

double ThemeCounts::precision() const { return ratio(truePositives, truePositives + falsePositives); }
double ThemeCounts::recall() const { return ratio(truePositives, truePositives + falseNegatives); }
double ThemeCounts::f1() const {
    const double p = precision(), r = recall();
    return p + r == 0.0 ? 0.0 : 2 * p * r / (p + r);
}

ThemeMetrics scoreThemes(const std::vector<std::vector<std::string>>& gold,
                         const std::vector<std::vector<std::string>>& predicted) {
    ThemeMetrics m;
    int topHits = 0;
    for (std::size_t i = 0; i < gold.size() && i < predicted.size(); ++i) {
        const std::set<std::string> g(gold[i].begin(), gold[i].end());
        const std::set<std::string> p(predicted[i].begin(), predicted[i].end());
        for (const auto& t : p) (g.count(t) ? m.perTheme[t].truePositives : m.perTheme[t].falsePositives)++;
        for (const auto& t : g) if (!p.count(t)) m.perTheme[t].falseNegatives++;
        if (!predicted[i].empty() && g.count(predicted[i].front())) ++topHits;
    }
    int goldThemes = 0;
    for (const auto& [id, c] : m.perTheme) {
        m.micro.truePositives += c.truePositives;
        m.micro.falsePositives += c.falsePositives;
        m.micro.falseNegatives += c.falseNegatives;
        if (c.truePositives + c.falseNegatives == 0) continue;  // not in the gold: no recall to average
        ++goldThemes;
        m.macroPrecision += c.precision();
        m.macroRecall += c.recall();
        m.macroF1 += c.f1();
    }
    if (goldThemes > 0) {
        m.macroPrecision /= goldThemes;
        m.macroRecall /= goldThemes;
        m.macroF1 /= goldThemes;
    }
    m.topThemeAccuracy = ratio(topHits, static_cast<int>(gold.size()));
    return m;
}

PolarityMetrics scorePolarity(const std::vector<std::string>& gold, const std::vector<std::string>& predicted) {
    PolarityMetrics m;
    int right = 0;
    const std::size_t n = std::min(gold.size(), predicted.size());
    for (std::size_t i = 0; i < n; ++i) {
        const int g = polarityIndex(gold[i]), p = polarityIndex(predicted[i]);
        ++m.confusion[g][p];
        if (g == p) ++right;
    }
    m.accuracy = ratio(right, static_cast<int>(n));
    return m;
}

}  // namespace findings::classify::testing
