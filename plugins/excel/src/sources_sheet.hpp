// The Sources sheet: one row per source with all its metadata — kind, authority, dates,
// visit, inspectors, areas covered, previous judgement, overall direction, file and SHA-256 —
// and how many findings, strengths and weaknesses came from it.
#pragma once

#include "sheet_context.hpp"

#include <findings/sdk/records.hpp>

#include <cstddef>
#include <functional>
#include <vector>

namespace findings::excel {

/// Findings counted per source while the findings are written.
struct SourceTally {
    long long findings = 0;
    long long strengths = 0;   ///< strengths and mixed findings
    long long weaknesses = 0;  ///< weaknesses and mixed findings
};

class SourcesSheet {
public:
    /// Name of the sheet and of its table and defined name.
    static constexpr const char* kName = "Sources";
    static constexpr const char* kTableName = "tblSources";
    static constexpr const char* kRangeName = "SourcesData";

    /// Writes the whole sheet: `sourceAt(i)` gives the set's source i (read again rather than
    /// kept, see source_catalog.hpp); `tallies` has one entry per source, in order.
    static void write(SheetContext& context, lxw_worksheet* sheet, std::size_t sourceCount,
                      const std::function<Source(std::size_t)>& sourceAt,
                      const std::vector<SourceTally>& tallies);
};

}  // namespace findings::excel
