#include "progress_matrix.hpp"

#include "display_text.hpp"

#include <algorithm>
#include <tuple>

namespace findings::excel {
namespace {

ProgressCell cellOf(std::uint32_t s, std::uint32_t w, std::uint32_t m, std::uint32_t n) {
    ProgressCell c;
    c.strengths = static_cast<int>(s);
    c.weaknesses = static_cast<int>(w);
    c.mixed = static_cast<int>(m);
    c.neutral = static_cast<int>(n);
    return c;
}

Trend trendOf(const std::vector<ProgressCell>& cells) {
    const ProgressCell* last = nullptr;
    const ProgressCell* previous = nullptr;
    for (const auto& c : cells) {
        if (c.judged() == 0) continue;  // nothing judged: no share to compare
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
    if (sourceIndex >= sourceCount_) return;
    bySource_[sourceIndex].count(polarity);
    // The SDK's rule decides which count a polarity goes to; a Count keeps it in 32 bits.
    ProgressCell one;
    one.count(polarity);
    auto countTheme = [&](const std::string& theme) {
        auto it = byTheme_.find(theme);
        if (it == byTheme_.end())
            it = byTheme_.emplace(theme, std::vector<Count>(sourceCount_)).first;
        Count& c = it->second[sourceIndex];
        c.strengths += static_cast<std::uint32_t>(one.strengths);
        c.weaknesses += static_cast<std::uint32_t>(one.weaknesses);
        c.mixed += static_cast<std::uint32_t>(one.mixed);
        c.neutral += static_cast<std::uint32_t>(one.neutral);
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
        m.total.add(bySource_[i]);
        if (s.authority != m.columns.front().authority) m.multipleAuthorities = true;
    }

    for (const auto& [theme, perSource] : byTheme_) {
        ProgressRow row;
        row.themeId = theme;
        row.label = theme.empty() ? std::string(progress::kNoThemeLabel)
                                  : progress::themeRowLabel(themeLabel(theme));
        for (const auto& column : m.columns) {
            const Count& n = perSource[column.sourceIndex];
            const ProgressCell c = cellOf(n.strengths, n.weaknesses, n.mixed, n.neutral);
            row.cells.push_back(c);
            row.total.add(c);
        }
        if (row.total.empty()) continue;  // only in omitted columns
        m.rows.push_back(std::move(row));
    }
    std::sort(m.rows.begin(), m.rows.end(), [](const ProgressRow& a, const ProgressRow& b) {
        // Most findings first; "No theme" last; then by label for a stable order.
        const bool aNone = a.themeId.empty(), bNone = b.themeId.empty();
        if (aNone != bNone) return bNone;
        const long long at = a.total.total();
        const long long bt = b.total.total();
        if (at != bt) return at > bt;
        return a.label < b.label;
    });
    m.hasTrends = !m.multipleAuthorities && m.columns.size() >= 2;
    if (m.hasTrends)
        for (auto& row : m.rows) row.trend = trendOf(row.cells);
    return m;
}

}  // namespace findings::excel
