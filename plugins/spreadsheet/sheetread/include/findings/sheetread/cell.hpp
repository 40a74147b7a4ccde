// One cell as the readers deliver it: where it is, its typed value, and the style facts an
// importer needs (is the number a date; what solid colour fills the cell).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace findings::sheetread {

struct SheetInfo;

/// The type of a cell's value.
enum class CellType {
    Empty,   ///< no value (a styled blank, or a formula never calculated)
    String,  ///< text: shared, inline, or a formula's string result
    Number,  ///< a number not formatted as a date
    Boolean, ///< TRUE or FALSE
    Error,   ///< an error value such as "#N/A" or "#DIV/0!"
    Date,    ///< a number formatted as a date or time, or a cell of type "d"
};

/// Style facts of one cellXfs entry, resolved once per workbook.
struct CellStyle {
    uint32_t index = 0;            ///< position in styles.xml cellXfs (the cell's s attribute)
    uint32_t numFmtId = 0;         ///< number format id (0 = General)
    std::string formatCode;        ///< the custom format code, or empty for built-in ids
    bool isDate = false;           ///< the number format shows dates or times
    /// Fill colour as 0xRRGGBB when the cell has a solid pattern fill whose colour could be
    /// resolved (rgb, theme with tint, or indexed palette); nullopt otherwise.
    std::optional<uint32_t> fillRgb;
    std::optional<uint32_t> fontRgb; ///< font colour as 0xRRGGBB when set explicitly
    bool bold = false;             ///< the font is bold (header rows often are)
};

/// A cell delivered with its row. Views point into the reader's buffers and are valid only
/// during the callback that delivers the row; copy what you keep.
struct Cell {
    const SheetInfo* sheet = nullptr; ///< the sheet it belongs to (never null)
    uint32_t row = 0;                 ///< 1-based row
    uint32_t column = 0;              ///< 1-based column (A = 1)
    CellType type = CellType::Empty;
    /// The value as text: the string; the number in shortest round-trip form ("0.1", "42");
    /// "TRUE"/"FALSE"; the error code; for dates ISO 8601 ("2025-03-31",
    /// "2025-03-31T14:30:00", or "14:30:00" for a pure time). Empty for Empty cells.
    std::string_view text;
    /// Number and Date: the value (the raw serial for dates); Boolean: 1 or 0; otherwise 0.
    double number = 0;
    const CellStyle* style = nullptr; ///< the cell's style (never null; index 0 by default)
    bool hasFormula = false;          ///< the cell holds a formula (its cached value is above)
    std::string_view formula;         ///< the formula text, empty for shared-formula followers
};

/// Name of a CellType for messages and tests: "empty", "string", "number", "boolean",
/// "error", "date".
const char* cellTypeName(CellType type);

}  // namespace findings::sheetread
