// The Progress sheet: the theme-by-visit matrix for an improvement board. One row per theme,
// one column per source in date order (grouped by authority), each cell "strengths /
// weaknesses" filled by the share of weaknesses on a green-amber-red scale, with totals per
// theme and per visit and, for one authority, each theme's trend between its last two
// visits. Below it the same shares as numbers with Excel's own three-colour scale, for
// sorting and charting. The fills of the first block are computed here rather than left to
// conditional formatting because a colour scale needs numbers and these cells hold text;
// computed fills also look the same in every viewer.
#pragma once

#include "progress_matrix.hpp"
#include "sheet_context.hpp"

namespace findings::excel {

class ProgressSheet {
public:
    /// Name of the sheet, and the defined names of its two blocks.
    static constexpr const char* kName = "Progress";
    static constexpr const char* kMatrixName = "ProgressMatrix";
    static constexpr const char* kShareName = "ProgressShare";

    /// Writes the whole sheet.
    static void write(SheetContext& context, lxw_worksheet* sheet, const ProgressMatrix& matrix);
};

}  // namespace findings::excel
