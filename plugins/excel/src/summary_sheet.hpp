// The Summary sheet, the workbook's first page: per council, the latest full report and its
// overall judgement, the latest visit, how many of the report's areas for improvement have a
// plan item, and how many actions are open, overdue or Red. Short on purpose: the
// Follow-up and Actions sheets hold the detail.
#pragma once

#include "sheet_context.hpp"

#include <findings/sdk/followup.hpp>

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace findings::excel {

/// The actions one council's findings carry.
struct ActionTally {
    std::size_t open = 0;     ///< an action text or status, and not complete
    std::size_t overdue = 0;  ///< followup::isOverdue()
    std::size_t red = 0;      ///< followup::isRed()
    /// Counts `action` as of `todayIso`; an empty action is not counted.
    void add(const Action& action, const std::string& todayIso);
};

/// One council's line.
struct CouncilSummary {
    std::string authority;
    std::string latestReport;  ///< "Inspection report, 18–29 Jul 2022", or ""
    std::string judgement;     ///< its overall judgement in words, or ""
    std::string latestVisit;   ///< the newest of Ofsted's sources: "Monitoring letter 6, 19 Feb 2025"
    std::size_t points = 0;    ///< areas for improvement of its newest report with some
    std::size_t covered = 0;   ///< of them, those with a plan item
    ActionTally actions;
};

/// The councils of the set, in name order: from the sources (Ofsted's ones), the follow-up
/// table (its newest block per council) and the action tallies by authority as written.
std::vector<CouncilSummary> summariseCouncils(const std::vector<Source>& sources,
                                              const followup::Table& table,
                                              const std::map<std::string, ActionTally>& actions);

class SummarySheet {
public:
    static constexpr const char* kName = "Summary";
    /// Writes the sheet; `sheetNames` are the other sheets the workbook holds, in order.
    static void write(SheetContext& context, lxw_worksheet* sheet,
                      const std::vector<CouncilSummary>& councils, std::size_t sourceCount,
                      std::size_t findingCount, const std::string& todayIso,
                      const std::vector<std::string>& sheetNames);
};

/// Today's date as ISO text (local time), for overdue actions: the SDK's.
using followup::todayIso;

}  // namespace findings::excel
