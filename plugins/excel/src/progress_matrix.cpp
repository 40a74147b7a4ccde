#include "progress_matrix.hpp"

#include "display_text.hpp"

#include <algorithm>
#include <tuple>

namespace findings::excel {
namespace {

/// Label of the row for findings that carry no theme.
constexpr const char* kNoThemeLabel = "No theme";

template <typename Cell>
void count(Cell& cell, bool strength, bool weakness) {
    cell.strengths += strength;
    cell.weaknesses += weakness;
}

Trend trendOf(const std::vector<ProgressCell>& cells) {
    const ProgressCell* last = nullptr;
    const ProgressCell* previous = nullptr;
    for (const auto& c : cells) {
        if (c.empty()) continue;
        previous = last;
        last = &c;
    }
    if (!previous) return Trend::None;
    const double change = last->weaknessShare() - previous->weaknessShare();
    if (change <= -kTrendThreshold) return Trend::Improving;
    if (change >= kTrendThreshold) return Trend::Worsening;
    return Trend::Steady;
}

}  // namespace

double ProgressCell::weaknessShare() const {
    return empty() ? 0.0
                   : static_cast<double>(weaknesses) / static_cast<double>(strengths + weaknesses);
}

std::string ProgressCell::text() const {
    return std::to_string(strengths) + " / " + std::to_string(weaknesses);
}

const char* trendLabel(Trend trend) {
    switch (trend) {
        case Trend::Improving: return "Improving";
        case Trend::Worsening: return "Worsening";
        case Trend::Steady: return "Steady";
        case Trend::None: break;
    }
    return "";
}

ProgressCounter::ProgressCounter(std::size_t sourceCount)
    : sourceCount_(sourceCount), bySource_(sourceCount) {}

void ProgressCounter::add(std::size_t sourceIndex, const std::vector<std::string>& themes,
                          std::string_view polarity) {
    const bool strength = polarity == "strength" || polarity == "mixed";
    const bool weakness = polarity == "weakness" || polarity == "mixed";
    if ((!strength && !weakness) || sourceIndex >= sourceCount_) return;
    count(bySource_[sourceIndex], strength, weakness);
    auto countTheme = [&](const std::string& theme) {
        auto it = byTheme_.find(theme);
        if (it == byTheme_.end())
            it = byTheme_.emplace(theme, std::vector<Count>(sourceCount_)).first;
        count(it->second[sourceIndex], strength, weakness);
    };
    if (themes.empty()) countTheme(std::string());
    for (std::size_t i = 0; i < themes.size(); ++i)
        // A theme listed twice on one finding still counts once.
        if (std::find(themes.begin(), themes.begin() + static_cast<long>(i), themes[i]) ==
            themes.begin() + static_cast<long>(i))
            countTheme(themes[i]);
}

ProgressMatrix ProgressCounter::build(
    const std::vector<SourceInfo>& sources,
    const std::function<std::string(const std::string&)>& themeLabel,
    std::size_t maxColumns) const {
    ProgressMatrix m;
    // Columns: sources with counted findings; the most recent maxColumns of them.
    std::vector<std::size_t> chosen;
    for (std::size_t i = 0; i < sourceCount_ && i < sources.size(); ++i)
        if (!bySource_[i].empty()) chosen.push_back(i);
    auto when = [&](std::size_t i) {
        const std::string& d = sources[i].sortDate;
        return d.empty() ? std::string("~") : d;  // undated sources last
    };
    if (chosen.size() > maxColumns) {
        std::stable_sort(chosen.begin(), chosen.end(),
                         [&](std::size_t a, std::size_t b) { return when(a) < when(b); });
        m.omittedColumns = chosen.size() - maxColumns;
        chosen.erase(chosen.begin(), chosen.begin() + static_cast<long>(m.omittedColumns));
    }
    std::stable_sort(chosen.begin(), chosen.end(), [&](std::size_t a, std::size_t b) {
        const SourceInfo& x = sources[a];
        const SourceInfo& y = sources[b];
        return std::make_tuple(x.authority, when(a), x.ordinal, a) <
               std::make_tuple(y.authority, when(b), y.ordinal, b);
    });
    for (std::size_t i : chosen) {
        const SourceInfo& s = sources[i];
        m.columns.push_back({i, s.authority, s.heading, s.when, bySource_[i]});
        m.total.strengths += bySource_[i].strengths;
        m.total.weaknesses += bySource_[i].weaknesses;
        if (s.authority != m.columns.front().authority) m.multipleAuthorities = true;
    }

    for (const auto& [theme, perSource] : byTheme_) {
        ProgressRow row;
        row.themeId = theme;
        row.label = theme.empty() ? kNoThemeLabel : themeLabel(theme);
        for (const auto& column : m.columns) {
            const Count& n = perSource[column.sourceIndex];
            const ProgressCell c{n.strengths, n.weaknesses};
            row.cells.push_back(c);
            row.total.strengths += c.strengths;
            row.total.weaknesses += c.weaknesses;
        }
        if (row.total.empty()) continue;  // only in omitted columns
        m.rows.push_back(std::move(row));
    }
    std::sort(m.rows.begin(), m.rows.end(), [](const ProgressRow& a, const ProgressRow& b) {
        // Most findings first; "No theme" last; then by label for a stable order.
        const bool aNone = a.themeId.empty(), bNone = b.themeId.empty();
        if (aNone != bNone) return bNone;
        const long long at = a.total.strengths + a.total.weaknesses;
        const long long bt = b.total.strengths + b.total.weaknesses;
        if (at != bt) return at > bt;
        return a.label < b.label;
    });
    m.hasTrends = !m.multipleAuthorities && m.columns.size() >= 2;
    if (m.hasTrends)
        for (auto& row : m.rows) row.trend = trendOf(row.cells);
    return m;
}

}  // namespace findings::excel
