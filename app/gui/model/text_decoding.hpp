// Turning a file's bytes into UTF-8 for display: UTF-8 (with or without BOM), UTF-16 with a
// BOM, and Windows-1252 for anything else (what a council's older letters are saved in).
#pragma once

#include <string>
#include <string_view>

namespace findings::studio {

/// True when `bytes` is well-formed UTF-8.
bool isValidUtf8(std::string_view bytes);

/// The text as UTF-8, with any byte-order mark removed.
std::string decodeToUtf8(std::string_view bytes);

/// True when the bytes look like a binary document (PDF, zip container, NUL bytes) rather
/// than text.
bool looksBinary(std::string_view head);

}  // namespace findings::studio
