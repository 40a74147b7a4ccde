// The hidden data sheet's record rows as sheet XML with inline strings, for normal (not
// constant-memory) mode. There libxlsxwriter would put every JSON chunk in the shared-string
// table: a sorted tree of unique strings, compared and copied once more, that no reader of
// the data sheet needs. Written as inline strings and spliced into the sheet's part when the
// workbook is streamed out (workbook_output.hpp), a normal-mode export takes about 15% less
// time. Constant-memory mode writes inline strings itself and needs none of it.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace findings::excel {

/// Appends one record row (0-based `row`): kind and id as text, the chunk count as a number,
/// then the chunks, in the columns findings/excel/roundtrip/data_sheet.hpp defines.
void appendDataRowXml(std::string& out, std::size_t row, const std::string& kind,
                      const std::string& id, const std::vector<std::string>& chunks);

/// `sheetXml` (a worksheet part libxlsxwriter wrote, holding only rows above the records)
/// with `rowsXml` added at the end of its sheetData and its dimension widened to
/// `lastRow`/`lastColumn` (0-based). Throws std::runtime_error when the part is not such a
/// sheet, so records are never silently dropped.
std::string spliceRows(const std::string& sheetXml, std::string rowsXml, std::size_t firstRecordRow,
                       std::size_t lastRow, std::size_t lastColumn);

}  // namespace findings::excel
