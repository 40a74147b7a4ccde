// Merged ranges while a sheet streams: remembers the top-left value of each range that spans
// several rows and hands it to the rows below (fill-down), and tells which columns a merged
// header cell spreads across. Holds only the ranges that are open at the current row.
#pragma once

#include "row_cells.hpp"

#include <findings/sheetread/cell_ref.hpp>

#include <string>
#include <vector>

namespace spreadsheet {

class MergeTracker {
public:
    /// Takes the sheet's merged ranges (any order).
    void reset(std::vector<findings::sheetread::CellRange> ranges);

    /// Called with each row in order (row numbers increasing): records the top-left values
    /// of ranges that start on this row and adds to `cells` copies of the values of ranges
    /// that started above and cover this row (where the row has no value of its own).
    void apply(uint32_t row, RowCells& cells);

    /// The range covering (row, column), or nullptr.
    const findings::sheetread::CellRange* rangeAt(uint32_t row, uint32_t column) const;
    /// The last row of any range open at `row` that starts on or above it (for a header
    /// spread over several rows); `row` itself when none.
    uint32_t lastRowOfRangesAt(uint32_t row) const;
    /// The remembered top-left text of the range covering (row, column), or nullptr.
    const std::string* topLeftText(uint32_t row, uint32_t column) const;

private:
    struct Open {
        findings::sheetread::CellRange range;
        findings::sheetread::Cell value;  ///< text points into `text`
        std::string text;
        bool hasValue = false;
    };
    std::vector<findings::sheetread::CellRange> pending_;  ///< sorted by first row, descending
    std::vector<Open> open_;
};

}  // namespace spreadsheet
