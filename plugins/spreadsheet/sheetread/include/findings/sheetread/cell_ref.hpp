// A1-style cell references and ranges, 1-based as people and Excel count.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace findings::sheetread {

/// Largest row and column an .xlsx sheet can have (1,048,576 rows; column XFD).
constexpr uint32_t kMaxRow = 1048576;
constexpr uint32_t kMaxColumn = 16384;

/// A cell position; both 1-based.
struct CellRef {
    uint32_t row = 0;
    uint32_t column = 0;
};

/// A rectangle of cells, inclusive on both ends ("B2:D4"; a single cell has first == last).
struct CellRange {
    CellRef first;
    CellRef last;
    /// True when (row, column) lies inside the range.
    bool contains(uint32_t row, uint32_t column) const {
        return row >= first.row && row <= last.row && column >= first.column && column <= last.column;
    }
};

/// Parses "B12" (also "$B$12"); nullopt when malformed or beyond kMaxRow/kMaxColumn.
std::optional<CellRef> parseCellRef(std::string_view text);
/// Parses "B2:D4" or a single "B2"; nullopt when malformed.
std::optional<CellRange> parseCellRange(std::string_view text);
/// Column letters to number: "A" → 1, "XFD" → 16384; 0 when malformed.
uint32_t columnNumber(std::string_view letters);
/// Column number to letters: 1 → "A", 28 → "AB".
std::string columnLetters(uint32_t column);
/// "B12" from a CellRef.
std::string formatCellRef(const CellRef& ref);

}  // namespace findings::sheetread
