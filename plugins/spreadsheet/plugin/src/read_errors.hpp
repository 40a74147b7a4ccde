// The readers' exceptions as the SDK's errors: the reader's message (which names the file,
// the part and the cause) with the status that fits: a zip bomb or a cap is a limit, a
// password-protected or legacy .xls file unsupported, a missing sheet a bad option.
#pragma once

#include <findings/sdk.hpp>

#include <functional>

namespace spreadsheet {

/// Runs `body`, turning safezip::ZipError, sheetread::SheetReadError and
/// text::TextDecodeError into findings::Error. Other exceptions pass through.
void translateReadErrors(const std::function<void()>& body);

}  // namespace spreadsheet
