// The theme-by-visit matrix behind the Progress and Charts sheets: for each theme and each
// source (a visit's letter, a report, an article), how many findings were strengths,
// weaknesses, mixed and neutral. The count rule and the cell's text are the SDK's
// (findings/sdk/progress.hpp), the desktop app's too: each finding counts once, a mixed one
// as mixed. A finding with several themes counts in each of its rows, but once in its
// column's total, so totals are numbers of findings.
#pragma once

#include "source_catalog.hpp"

#include <findings/sdk/progress.hpp>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace findings::excel {

/// At most this many sources become columns (the most recent); more would not be readable.
inline constexpr std::size_t kMaxProgressColumns = 200;

/// One cell's counts, weakness share and text ("3 / 5  (+1 mixed)").
using ProgressCell = progress::Cell;

/// One source as a column, in date order.
struct ProgressColumn {
    std::size_t sourceIndex = 0;
    std::string authority;  ///< the source's local authority
    std::string heading;    ///< "Visit 3", "Focused visit", ...
    std::string when;       ///< "May 2024"
    ProgressCell total;     ///< findings of this source
};

/// Whether a theme's share of weaknesses fell or rose between its last two visits.
enum class Trend { None, Improving, Worsening, Steady };

/// One theme as a row.
struct ProgressRow {
    std::string themeId;  ///< "" for findings without a theme
    std::string label;
    std::vector<ProgressCell> cells;  ///< one per column
    ProgressCell total;
    Trend trend = Trend::None;
};

struct ProgressMatrix {
    std::vector<ProgressColumn> columns;
    std::vector<ProgressRow> rows;  ///< most findings first
    ProgressCell total;             ///< all counted findings
    bool multipleAuthorities = false;
    bool hasTrends = false;          ///< one authority and at least two columns
    std::size_t omittedColumns = 0;  ///< older sources left out beyond kMaxProgressColumns
};

/// A change in share of at least this much between two visits counts as a trend.
using progress::kTrendThreshold;

/// Counts findings one at a time, then builds the matrix.
class ProgressCounter {
public:
    explicit ProgressCounter(std::size_t sourceCount);
    /// Counts a finding of the source at `sourceIndex` (ignored when out of range).
    void add(std::size_t sourceIndex, const std::vector<std::string>& themes,
             std::string_view polarity);
    /// The matrix; `themeLabel` names theme ids.
    ProgressMatrix build(const std::vector<SourceInfo>& sources,
                         const std::function<std::string(const std::string&)>& themeLabel,
                         std::size_t maxColumns = kMaxProgressColumns) const;

private:
    /// Counts kept per theme and source: 16 bytes a cell, since a large set has tens of
    /// thousands of sources times a few dozen themes.
    struct Count {
        std::uint32_t strengths = 0;
        std::uint32_t weaknesses = 0;
        std::uint32_t mixed = 0;
        std::uint32_t neutral = 0;
    };
    std::size_t sourceCount_;
    std::unordered_map<std::string, std::vector<Count>> byTheme_;
    std::vector<ProgressCell> bySource_;
};

/// "Improving", "Worsening", "Steady" or "".
const char* trendLabel(Trend trend);

}  // namespace findings::excel
