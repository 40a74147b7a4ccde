#include "sheet_context.hpp"

#include "display_text.hpp"
#include "xlsx_error.hpp"

#include <findings/excel/roundtrip/data_sheet.hpp>

namespace findings::excel {
namespace {

/// Excel's limit on a header or footer string, less room for the codes around the text.
constexpr std::size_t kHeaderTextBytes = 180;
/// Paper size code for A4 in libxlsxwriter (and Excel).
constexpr uint8_t kPaperA4 = 9;

std::string absoluteCell(int row, int col) {
    const std::string name = cellName(static_cast<std::size_t>(row), static_cast<std::size_t>(col));
    const std::size_t digit = name.find_first_of("0123456789");
    return "$" + name.substr(0, digit) + "$" + name.substr(digit);
}

}  // namespace

void applyPrintSetup(lxw_worksheet* sheet, const SheetContext& context, const char* sheetName,
                     int repeatFirst, int repeatLast, int pagesWide) {
    worksheet_set_landscape(sheet);
    worksheet_set_paper(sheet, kPaperA4);
    worksheet_fit_to_pages(sheet, static_cast<uint16_t>(pagesWide), 0);
    worksheet_set_margins(sheet, 0.4, 0.4, 0.6, 0.6);
    const std::string header =
        "&L&\"-,Bold\"" + headerFooterText(context.title, kHeaderTextBytes) + "&R" + sheetName;
    checkLxw(worksheet_set_header(sheet, header.c_str()),
             std::string("setting the print header of the ") + sheetName + " sheet");
    checkLxw(worksheet_set_footer(sheet, "&LFindings Studio&RPage &P of &N"),
             std::string("setting the print footer of the ") + sheetName + " sheet");
    if (repeatLast >= repeatFirst)
        checkLxw(worksheet_repeat_rows(sheet, static_cast<lxw_row_t>(repeatFirst),
                                       static_cast<lxw_row_t>(repeatLast)),
                 std::string("repeating the header rows of the ") + sheetName + " sheet");
}

void defineRangeName(const SheetContext& context, const char* name, const char* sheetName,
                     int firstRow, int firstCol, int lastRow, int lastCol) {
    const std::string formula = std::string("=") + sheetName + "!" +
                                absoluteCell(firstRow, firstCol) + ":" +
                                absoluteCell(lastRow, lastCol);
    checkLxw(workbook_define_name(context.workbook, name, formula.c_str()),
             std::string("defining the name ") + name);
}

void finishDataRange(const SheetContext& context, lxw_worksheet* sheet, const char* sheetName,
                     const char* tableName, const char* rangeName,
                     const std::vector<const char*>& headers, lxw_row_t lastRow,
                     const std::vector<lxw_format*>& headerFormats) {
    const lxw_col_t lastCol = static_cast<lxw_col_t>(headers.size() - 1);
    if (lastRow >= 1 && context.constantMemory) {
        checkLxw(worksheet_autofilter(sheet, 0, 0, lastRow, lastCol),
                 std::string("adding the filter to the ") + sheetName + " sheet");
    } else if (lastRow >= 1) {
        std::vector<lxw_table_column> specs(headers.size());
        std::vector<lxw_table_column*> pointers;
        for (std::size_t i = 0; i < headers.size(); ++i) {
            specs[i].header = const_cast<char*>(headers[i]);
            specs[i].header_format =
                i < headerFormats.size() ? headerFormats[i] : context.styles.header;
            pointers.push_back(&specs[i]);
        }
        pointers.push_back(nullptr);
        lxw_table_options table{};
        table.name = const_cast<char*>(tableName);
        table.style_type = LXW_TABLE_STYLE_TYPE_MEDIUM;  // Excel's default style, banded
        table.style_type_number = 2;
        table.columns = pointers.data();
        checkLxw(worksheet_add_table(sheet, 0, 0, lastRow, lastCol, &table),
                 std::string("adding the table to the ") + sheetName + " sheet");
    }
    defineRangeName(context, rangeName, sheetName, 0, 0,
                    static_cast<int>(lastRow >= 1 ? lastRow : 1), lastCol);
}

}  // namespace findings::excel
