// What every sheet writer needs from the workbook being built.
#pragma once

#include "styles.hpp"

#include <xlsxwriter.h>

#include <string>
#include <vector>

namespace findings::excel {

struct SheetContext {
    lxw_workbook* workbook;
    Styles& styles;
    bool constantMemory;  ///< rows strictly in order; no Excel tables
    std::string title;    ///< the document title, for sheet titles and print headers
};

/// Print setup shared by the visible sheets: A4 landscape, `pagesWide` pages wide, narrow
/// margins, rows `repeatFirst`..`repeatLast` (0-based) repeated on each page (none when
/// repeatLast < repeatFirst), the title and sheet name in the header, page numbers in the
/// footer.
void applyPrintSetup(lxw_worksheet* sheet, const SheetContext& context, const char* sheetName,
                     int repeatFirst, int repeatLast, int pagesWide = 1);

/// A workbook-level name for a range, e.g. FindingsData = Findings!$A$1:$P$21.
void defineRangeName(const SheetContext& context, const char* name, const char* sheetName,
                     int firstRow, int firstCol, int lastRow, int lastCol);

/// Makes rows 0..lastRow (row 0 holding `headers`) a data range people can filter: an Excel
/// table named `tableName` (banded) in normal mode, a filter range in constant-memory mode,
/// where libxlsxwriter cannot write tables; and the defined name `rangeName` for it. A header
/// with no rows below gets no table or filter (Excel refuses empty tables). `headerFormats`,
/// when given, has one format per header (the table rewrites the header cells).
void finishDataRange(const SheetContext& context, lxw_worksheet* sheet, const char* sheetName,
                     const char* tableName, const char* rangeName,
                     const std::vector<const char*>& headers, lxw_row_t lastRow,
                     const std::vector<lxw_format*>& headerFormats = {});

}  // namespace findings::excel
