// The Follow-up sheet: the SDK's follow-up table (findings/sdk/followup.hpp) as a printable
// grid. One block per full report with improvement points, newest first; a row per point; a
// column per later visit up to the next full report, the stance as a coloured cell with the
// surest finding's words as its comment; then the plan items that respond and a coverage
// flag. The table's rules (which links show, how stances combine, which visits are columns)
// are the SDK's; this file only lays them out.
#pragma once

#include "sheet_context.hpp"

#include <findings/sdk/followup.hpp>

#include <vector>

namespace findings::excel {

class FollowupSheet {
public:
    static constexpr const char* kName = "Follow-up";

    /// Writes `table` (built over `sources` and `findings`) to `sheet`. `options` says
    /// whether proposals below the threshold were included, so they are marked.
    static void write(SheetContext& context, lxw_worksheet* sheet,
                      const followup::Table& table, const std::vector<Source>& sources,
                      const std::vector<Finding>& findings, const followup::Options& options);
};

/// A column's heading for a later visit: kind (with the visit's number), date and, for a
/// full report, its overall judgement, one per line.
std::string followupColumnHeading(const Source& source);
/// The words of a stance cell: "Improved", "Not improved", ...; "" for no evidence; with
/// " (proposed)" when every link behind it is a proposal below the threshold.
std::string followupCellText(const followup::Cell& cell);

}  // namespace findings::excel
