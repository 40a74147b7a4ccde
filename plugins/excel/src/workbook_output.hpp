// Delivering the finished workbook: its bytes go from the scratch file to the host's output,
// with the data sheet made "very hidden" on the way (see zip_rewrite.hpp) and, in normal mode,
// its record rows spliced into its part (see data_rows_xml.hpp).
#pragma once

#include "data_sheet_writer.hpp"

#include <findings/sdk.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace findings::excel {

/// workbook.xml with the sheet named `sheetName` changed from state="hidden" to
/// state="veryHidden"; unchanged when there is no such hidden sheet.
std::string markSheetVeryHidden(const std::string& workbookXml, std::string_view sheetName);

/// Streams the xlsx file at `path` to `output`, making the `veryHiddenSheets` very hidden
/// when the archive allows it (otherwise they stay hidden, and an info diagnostic says so)
/// and adding the `dataRows` to their parts (consumed; when that is impossible nothing is
/// written and Error(FND_ERR_INTERNAL) says so: the records are never dropped).
/// Throws findings::Error(FND_ERR_IO) naming the file when it cannot be read or written.
void streamWorkbook(const std::string& path, const Output& output, const Host& host,
                    const std::vector<std::string>& veryHiddenSheets,
                    std::vector<DataPartRows> dataRows = {});

}  // namespace findings::excel
