// Drop-downs, date checks and conditional fills for a column of editable cells.
#pragma once

#include "styles.hpp"

#include <xlsxwriter.h>

#include <string>
#include <vector>

namespace findings::excel {

/// A drop-down of `choices` on rows firstRow..lastRow of column `col`; other values refused.
void addListValidation(lxw_worksheet* sheet, const char* sheetName, lxw_row_t firstRow,
                       lxw_row_t lastRow, lxw_col_t col, const std::vector<std::string>& choices,
                       const char* title, const char* prompt);

/// A check that cells hold a date between 2000 and 2100 (typed as a date, not text).
void addDateValidation(lxw_worksheet* sheet, const char* sheetName, lxw_row_t firstRow,
                       lxw_row_t lastRow, lxw_col_t col);

/// The Status column: a drop-down of the statuses and a fill for each (Red red, ...).
void addStatusRules(lxw_worksheet* sheet, const char* sheetName, const Styles& styles,
                    lxw_row_t firstRow, lxw_row_t lastRow, lxw_col_t col);

}  // namespace findings::excel
