// The first rows of one sheet of an .xlsx workbook, for the spreadsheet import preview: the
// same grid of text a CSV preview gives, so the header row and the column mapping can be
// shown and changed for workbooks too. Read with the spreadsheet importers' own streaming
// reader (findings_sheetread), so what is shown is what they see; the import itself stays
// the plugin's.
#pragma once

#include "model/csv_preview.hpp"

#include <string>
#include <vector>

namespace findings::studio {

struct XlsxPreview {
    std::string sheet;              ///< the sheet shown
    size_t visibleWorksheets = 0;   ///< visible sheets that hold cells
    std::vector<CsvRow> rows;       ///< rows 1..n of the sheet (row r at index r-1), cells by column
    bool truncated = false;         ///< the sheet has more rows than were read
};

/// Reads up to `maxRows` rows of the sheet called `sheet`, or of the first visible worksheet
/// when `sheet` is empty or not there. Throws std::runtime_error naming the file when the
/// workbook cannot be read.
XlsxPreview readXlsxPreview(const std::string& path, const std::string& sheet, size_t maxRows = 60);

}  // namespace findings::studio
