// Turning libxlsxwriter's error codes into the SDK's errors, with what was being done.
#pragma once

#include <findings/sdk.hpp>

#include <xlsxwriter.h>

#include <string_view>

namespace findings::excel {

/// Throws findings::Error when `err` is not LXW_NO_ERROR. `doing` says what failed, e.g.
/// "writing row 12 of the Findings sheet"; the message adds libxlsxwriter's own text.
void checkLxw(lxw_error err, std::string_view doing);

}  // namespace findings::excel
