// The Sources sheet: one row per source with all its metadata and how many findings,
// strengths and weaknesses came from it. What a reader wants comes first (title, kind,
// authority, dates, judgements, counts) and is what prints; inspectors, areas and people
// follow on screen; the technical block (file path, SHA-256, importer, other properties,
// id) comes last, grey-headed and grouped so it folds away.
#pragma once

#include "sheet_context.hpp"

#include <findings/sdk/progress.hpp>
#include <findings/sdk/records.hpp>

#include <cstddef>
#include <functional>
#include <vector>

namespace findings::excel {

/// Findings counted per source while the findings are written, by the Progress count's rule.
using SourceTally = progress::Cell;

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
