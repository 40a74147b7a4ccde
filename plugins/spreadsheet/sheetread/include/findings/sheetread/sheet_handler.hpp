// The callback interface a sheet is streamed through (an .xlsx worksheet, or a CSV file via
// CsvSheetAdapter): one call per row, in file order, and one per row that could not be read,
// so nothing is dropped silently.
#pragma once

#include <findings/sheetread/cell.hpp>
#include <findings/sheetread/cell_ref.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace findings::sheetread {

struct SheetInfo;

/// Inclusive range of columns hidden by the sheet's <cols> definitions.
struct ColumnSpan {
    uint32_t first = 0; ///< 1-based first column
    uint32_t last = 0;  ///< 1-based last column
};

/// Delivered before the first row.
struct SheetStart {
    const SheetInfo* sheet = nullptr;       ///< the sheet being read
    std::optional<CellRange> dimension;     ///< the used range the writer declared, if any
    std::vector<ColumnSpan> hiddenColumns;  ///< columns marked hidden
    /// Merged ranges, when SheetReadOptions::mergesBeforeRows is set (they are stored after
    /// the rows in the file, so this costs a quick extra pass); empty otherwise.
    std::vector<CellRange> mergedRanges;
};

/// One row with its cells in file order (ascending columns in well-formed files). Only
/// cells present in the file are delivered: gaps are missing columns, not Empty cells.
struct Row {
    const SheetInfo* sheet = nullptr; ///< the sheet it belongs to
    uint32_t number = 0;          ///< 1-based row number
    bool hidden = false;          ///< the row is hidden (row hidden="1")
    const Cell* cells = nullptr;  ///< the cells; valid only during the callback
    size_t cellCount = 0;         ///< how many cells `cells` holds
    /// The cell at `column` (1-based), or nullptr when the row has none there.
    const Cell* cellAt(uint32_t column) const;
};

/// A row that could not be read. It is not delivered through onRow() unless rowDelivered.
struct RowProblem {
    const SheetInfo* sheet = nullptr; ///< the sheet it belongs to
    uint32_t row = 0;        ///< 1-based row number (0 when the row number itself was bad)
    std::string message;     ///< the cause, naming the cell: "cell C12: invalid number \"1,2\""
    /// True when the row is delivered anyway, right after this call (a CSV record with a
    /// lesser fault); always false for .xlsx.
    bool rowDelivered = false;
};

/// Delivered after the last row, also when the handler stopped early.
struct SheetEnd {
    const SheetInfo* sheet = nullptr; ///< the sheet that was read
    uint64_t rowsDelivered = 0;   ///< rows passed to onRow()
    uint64_t rowsWithProblems = 0;///< rows passed to onRowProblem()
    uint64_t cells = 0;           ///< cells delivered
    bool stoppedByHandler = false;///< a callback returned false
    /// Every merged range in the sheet (complete only when the handler did not stop early).
    std::vector<CellRange> mergedRanges;
};

/// Receives one sheet. Both pure virtual functions must be implemented: a row that cannot
/// be read is always reported to the caller, never silently skipped.
class SheetHandler {
public:
    virtual ~SheetHandler() = default;
    /// Called once before any row.
    virtual void onSheetStart(const SheetStart& start) { (void)start; }
    /// Called for each readable row in file order. Return false to stop reading the sheet.
    virtual bool onRow(const Row& row) = 0;
    /// Called for each row that could not be read. Return false to stop reading the sheet.
    virtual bool onRowProblem(const RowProblem& problem) = 0;
    /// Called once at the end.
    virtual void onSheetEnd(const SheetEnd& end) { (void)end; }
};

}  // namespace findings::sheetread
