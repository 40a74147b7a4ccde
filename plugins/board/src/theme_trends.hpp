// Which themes improved or worsened between a council's last two visits.
//
// The count follows the workbook's Progress sheet: per theme, a strength counts one strength,
// a weakness one weakness, a mixed finding one of each, a neutral one nothing; a theme
// improved when its share of weaknesses fell by at least a tenth, worsened when it rose by as
// much. The shared count rule (sdk/include/findings/sdk/progress.hpp) is being written for the
// workbook; when it lands, this file should call it instead of counting itself.
#pragma once

#include <findings/sdk/records.hpp>

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace findings::board {

/// A change in the share of weaknesses at least this large counts as a trend.
inline constexpr double kThemeTrendThreshold = 0.1;

/// Strengths and weaknesses of one theme at one visit.
struct ThemeCount {
    long strengths = 0;
    long weaknesses = 0;
    bool empty() const { return strengths + weaknesses == 0; }
    double weaknessShare() const {
        return empty() ? 0.0 : static_cast<double>(weaknesses) / static_cast<double>(strengths + weaknesses);
    }
};

/// One theme that moved.
struct ThemeChange {
    std::string label;
    ThemeCount before, after;
};

struct ThemeTrends {
    std::size_t fromSource = static_cast<std::size_t>(-1);  ///< the earlier visit (source index)
    std::size_t toSource = static_cast<std::size_t>(-1);    ///< the latest visit
    std::vector<ThemeChange> improving;  ///< biggest fall in weaknesses' share first
    std::vector<ThemeChange> worsening;  ///< biggest rise first
    std::size_t steady = 0;              ///< themes seen at both visits that did not move
    bool compared() const { return toSource != static_cast<std::size_t>(-1) && fromSource != toSource; }
};

/// Compares the findings of `visits` (source indices in date order, the council's inspection
/// sources) at the last two of them that hold counted findings.
ThemeTrends compareLastTwoVisits(const std::vector<Source>& sources,
                                 const std::vector<Finding>& findings,
                                 const std::vector<std::size_t>& visits,
                                 const std::function<std::string(const std::string&)>& themeLabel);

}  // namespace findings::board
