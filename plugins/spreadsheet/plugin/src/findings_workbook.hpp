// Workbooks Findings Studio exported come back losslessly: the hidden "_findings" sheet holds
// every source and finding as exported, the Findings and Actions sheets the manager's edits.
// Recognised by the marker in the hidden sheet's A1 (the custom document property is not
// relied on: LibreOffice and openpyxl may drop it).
#pragma once

#include "diagnostics.hpp"
#include "theme_resolver.hpp"

#include <findings/sdk.hpp>
#include <findings/sheetread/xlsx_workbook.hpp>

namespace spreadsheet {

/// True when the workbook has the hidden data sheet with the marker in A1.
bool isFindingsWorkbook(findings::sheetread::XlsxWorkbook& workbook);

/// Emits the workbook's sources and findings: with the edits from the Findings and Actions
/// sheets applied (each change logged as info "changed", each conflict between the two
/// sheets as a warning "conflict", each unreadable cell as a warning "unreadable-cell"), or,
/// with `original`, exactly as exported. Throws findings::Error when the hidden data is
/// damaged.
void importFindingsWorkbook(findings::sheetread::XlsxWorkbook& workbook, const findings::Sink& sink,
                            const ThemeResolver& themes, Diagnostics& diagnostics, bool original);

}  // namespace spreadsheet
