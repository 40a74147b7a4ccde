// Internal: turns a worksheet part into rows for a SheetHandler, one row in memory at a time.
#pragma once

#include "shared_strings.hpp"
#include "xml_scanner.hpp"

#include <findings/sheetread/xlsx_workbook.hpp>

namespace findings::sheetread::detail {

/// What a sheet is read against: everything workbook-wide.
struct SheetContext {
    const SheetInfo* sheet = nullptr;
    const std::string* file = nullptr;          ///< display name, for errors
    const std::vector<CellStyle>* styles = nullptr;
    const SharedStrings* shared = nullptr;      ///< may be empty, never null
    DateSystem dates = DateSystem::Excel1900;
    const XlsxLimits* limits = nullptr;
};

/// Streams the sheet part in `scanner` to `handler`, starting with `start` (whose
/// mergedRanges the caller may have filled). Throws safezip::XmlError for malformed XML,
/// SheetReadError (LimitExceeded) past maxCellsPerSheet or maxMergedRanges.
SheetSummary streamSheet(const SheetContext& context, XmlScanner& scanner, SheetHandler& handler, SheetStart start);

/// Collects the merged ranges of a sheet part, skipping its rows by byte search.
std::vector<CellRange> scanMergedRanges(const SheetContext& context, XmlScanner& scanner);

}  // namespace findings::sheetread::detail
