#include "theme_trends.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>

namespace findings::board {

namespace {

using Counts = std::map<std::string, ThemeCount>;  // theme id -> count

// Judging findings only (a neutral one moves no share), each once: a restatement is counted
// where it was first said.
bool counted(const Finding& f) {
    return kindOf(f) != "plan_item" && !progress::restatesAnother(f) &&
           (f.polarity == "strength" || f.polarity == "weakness" || f.polarity == "mixed");
}

void add(Counts& counts, const Finding& f) {
    for (const std::string& theme : f.themes) counts[theme].count(f.polarity);
}

}  // namespace

ThemeTrends compareLastTwoVisits(const std::vector<Source>& sources,
                                 const std::vector<Finding>& findings,
                                 const std::vector<std::size_t>& visits,
                                 const std::function<std::string(const std::string&)>& themeLabel) {
    std::unordered_map<std::string, std::size_t> visitOf;  // source id -> position in visits
    for (std::size_t v = 0; v < visits.size(); ++v) visitOf.emplace(sources[visits[v]].id, v);
    std::vector<Counts> counts(visits.size());
    std::vector<bool> hasFindings(visits.size(), false);
    for (const Finding& f : findings) {
        auto it = visitOf.find(f.source);
        if (it == visitOf.end() || !counted(f)) continue;
        add(counts[it->second], f);
        hasFindings[it->second] = hasFindings[it->second] || !f.themes.empty();
    }
    ThemeTrends trends;
    std::vector<std::size_t> withFindings;
    for (std::size_t v = 0; v < visits.size(); ++v)
        if (hasFindings[v]) withFindings.push_back(v);
    if (withFindings.size() < 2) return trends;
    const std::size_t from = withFindings[withFindings.size() - 2], to = withFindings.back();
    trends.fromSource = visits[from];
    trends.toSource = visits[to];
    std::vector<std::pair<double, ThemeChange>> moved;
    for (const auto& [theme, after] : counts[to]) {
        auto before = counts[from].find(theme);
        if (before == counts[from].end() || before->second.empty() || after.empty()) continue;
        const double change = after.weaknessShare() - before->second.weaknessShare();
        ThemeChange c{themeLabel(theme), before->second, after};
        if (std::abs(change) >= progress::kTrendThreshold)
            moved.emplace_back(change, std::move(c));
        else
            ++trends.steady;
    }
    std::stable_sort(moved.begin(), moved.end(), [](const auto& a, const auto& b) {
        return std::abs(a.first) > std::abs(b.first);
    });
    for (auto& [change, c] : moved)
        (change < 0 ? trends.improving : trends.worsening).push_back(std::move(c));
    return trends;
}

}  // namespace findings::board
