// The Charts sheet: a stacked bar of strengths and weaknesses per theme, and a line of the
// share of weaknesses at each visit in date order. The numbers the charts plot are written
// beside them on the same sheet, so the charts work whichever other sheets were chosen.
#pragma once

#include "progress_matrix.hpp"
#include "sheet_context.hpp"

namespace findings::excel {

class ChartsSheet {
public:
    /// Name of the sheet.
    static constexpr const char* kName = "Charts";

    /// Writes the chart data and inserts the charts.
    static void write(SheetContext& context, lxw_worksheet* sheet, const ProgressMatrix& matrix);
};

}  // namespace findings::excel
