#include "cell_writer.hpp"

#include "xlsx_error.hpp"

#include <findings/excel/roundtrip/cell_values.hpp>
#include <findings/excel/roundtrip/data_sheet.hpp>

namespace findings::excel {
namespace {

void check(lxw_error err, const char* sheetName, lxw_row_t row, lxw_col_t col) {
    if (err != LXW_NO_ERROR)
        checkLxw(err, std::string("writing cell ") + sheetName + "!" + cellName(row, col));
}

/// True when `text` must go through cellText(): control characters XML cannot carry, CR, or
/// a length that may exceed a cell.
bool needsCleaning(const std::string& text) {
    if (text.size() > kMaxCellChars) return true;
    for (char c : text) {
        const unsigned char u = static_cast<unsigned char>(c);
        if ((u < 0x20 && u != '\n' && u != '\t') || u == 0x7F) return true;
    }
    return false;
}

}  // namespace

void writeText(lxw_worksheet* sheet, const char* sheetName, lxw_row_t row, lxw_col_t col,
               const std::string& text, lxw_format* format) {
    lxw_error err;
    if (text.empty())
        err = format ? worksheet_write_blank(sheet, row, col, format) : LXW_NO_ERROR;
    else if (needsCleaning(text))
        err = worksheet_write_string(sheet, row, col, cellText(text).c_str(), format);
    else
        err = worksheet_write_string(sheet, row, col, text.c_str(), format);
    check(err, sheetName, row, col);
}

void writeNumber(lxw_worksheet* sheet, const char* sheetName, lxw_row_t row, lxw_col_t col,
                 double value, lxw_format* format) {
    check(worksheet_write_number(sheet, row, col, value, format), sheetName, row, col);
}

void writeDue(lxw_worksheet* sheet, const char* sheetName, lxw_row_t row, lxw_col_t col,
              const std::string& due, lxw_format* date, lxw_format* month, lxw_format* text) {
    const DueCell cell = dueCell(due);
    switch (cell.kind) {
        case DueCell::Kind::Blank: writeText(sheet, sheetName, row, col, {}, date); break;
        case DueCell::Kind::Date:
            writeNumber(sheet, sheetName, row, col, excelSerial(cell.date), date);
            break;
        case DueCell::Kind::Month:
            writeNumber(sheet, sheetName, row, col, excelSerial(cell.date), month);
            break;
        case DueCell::Kind::Text: writeText(sheet, sheetName, row, col, cell.text, text); break;
    }
}

void writeDate(lxw_worksheet* sheet, const char* sheetName, lxw_row_t row, lxw_col_t col,
               const std::string& iso, lxw_format* date, lxw_format* month, lxw_format* text) {
    writeDue(sheet, sheetName, row, col, iso, date, month, text);
}

void setRowHeight(lxw_worksheet* sheet, const char* sheetName, lxw_row_t row, double points) {
    const lxw_error err = worksheet_set_row(sheet, row, points, nullptr);
    if (err != LXW_NO_ERROR)
        checkLxw(err, std::string("setting the height of row ") + std::to_string(row + 1) +
                          " of the " + sheetName + " sheet");
}

}  // namespace findings::excel
