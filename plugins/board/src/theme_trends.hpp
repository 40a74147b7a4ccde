// Which themes improved or worsened between a council's last two visits.
//
// The count is the shared one of sdk/include/findings/sdk/progress.hpp, as in the workbook's
// Progress sheet and the app: each finding once under its polarity, the share of weaknesses
// counting a mixed finding half; a theme improved when that share fell by at least
// progress::kTrendThreshold, worsened when it rose by as much.
#pragma once

#include <findings/sdk/progress.hpp>
#include <findings/sdk/records.hpp>

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace findings::board {

/// One theme's count at one visit: the shared count rule, so the summary, the workbook and
/// the app read a theme's share of weaknesses alike.
using ThemeCount = progress::Cell;

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
