// Writing single cells with error checks that cost nothing on success: the message naming
// the sheet and cell is built only when libxlsxwriter refuses a write.
#pragma once

#include <xlsxwriter.h>

#include <string>

namespace findings::excel {

/// Writes `text` (made safe for a cell by cellText() when it needs to be) or, when empty,
/// a blank cell that keeps `format` (so borders and unlocked state show).
void writeText(lxw_worksheet* sheet, const char* sheetName, lxw_row_t row, lxw_col_t col,
               const std::string& text, lxw_format* format);
/// Writes a number.
void writeNumber(lxw_worksheet* sheet, const char* sheetName, lxw_row_t row, lxw_col_t col,
                 double value, lxw_format* format);
/// Writes an action's due value as a date cell ("YYYY-MM-DD" with `date`, "YYYY-MM" with
/// `month`), as text when it is not an ISO date, or as a formatted blank.
void writeDue(lxw_worksheet* sheet, const char* sheetName, lxw_row_t row, lxw_col_t col,
              const std::string& due, lxw_format* date, lxw_format* month, lxw_format* text);
/// Writes a date value of a source (ISO full or month-only) as a date cell, else as text.
void writeDate(lxw_worksheet* sheet, const char* sheetName, lxw_row_t row, lxw_col_t col,
               const std::string& iso, lxw_format* date, lxw_format* month, lxw_format* text);
/// Sets a row's height (points); call before writing the row's cells (constant-memory mode).
void setRowHeight(lxw_worksheet* sheet, const char* sheetName, lxw_row_t row, double points);

}  // namespace findings::excel
