// Delivering the finished workbook: its bytes go from the scratch file to the host's output,
// with the data sheet made "very hidden" on the way (see zip_rewrite.hpp).
#pragma once

#include <findings/sdk.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace findings::excel {

/// workbook.xml with the sheet named `sheetName` changed from state="hidden" to
/// state="veryHidden"; unchanged when there is no such hidden sheet.
std::string markSheetVeryHidden(const std::string& workbookXml, std::string_view sheetName);

/// Streams the xlsx file at `path` to `output`, making the `veryHiddenSheets` very hidden
/// when the archive allows it (otherwise they stay hidden, and an info diagnostic says so).
/// Throws findings::Error(FND_ERR_IO) naming the file when it cannot be read or written.
void streamWorkbook(const std::string& path, const Output& output, const Host& host,
                    const std::vector<std::string>& veryHiddenSheets);

}  // namespace findings::excel
