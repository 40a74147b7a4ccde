// A row's cells as the table logic sees them: the sheet's own cells plus, where a vertically
// merged range covers a cell, a copy of the range's top-left value (a finding merged over
// three action rows is the finding of each of them). Sorted by column.
#pragma once

#include <findings/sheetread/cell.hpp>

#include <cstdint>
#include <vector>

namespace spreadsheet {

/// The cells of the row being handled, by ascending column. Views are valid only while the
/// row is handled.
class RowCells {
public:
    void clear() { cells_.clear(); }
    void add(const findings::sheetread::Cell& cell) { cells_.push_back(cell); }
    /// Sorts by column (merged copies are appended after the row's own cells).
    void sort();
    /// Sorts, and keeps one cell per column, preferring one with a value (a merged copy
    /// replaces the blank cell it covers).
    void normalize();
    /// The cell at `column`, or nullptr.
    const findings::sheetread::Cell* at(uint32_t column) const;
    /// True when no cell has a value (styled blanks do not count).
    bool blank() const;
    /// How many cells have a value.
    size_t valueCount() const;
    const std::vector<findings::sheetread::Cell>& cells() const { return cells_; }

private:
    std::vector<findings::sheetread::Cell> cells_;
};

/// True when the cell holds a value with visible text.
bool hasValue(const findings::sheetread::Cell& cell);

}  // namespace spreadsheet
