// Turning text bytes of unknown encoding into UTF-8 (internal): the shared
// findings_textdecode library, with its errors turned into DocparseError.
#pragma once

#include <string>
#include <string_view>

namespace findings::docparse::detail {

/// Decodes UTF-8 (BOM dropped), UTF-16 LE/BE (with BOM, or detected from zero bytes) or
/// Windows-1252 (when the bytes are not valid UTF-8) into UTF-8. Throws
/// DocparseError(NotText) for binary content.
std::string decodeText(std::string_view bytes);

/// True when `bytes` is valid UTF-8.
bool isValidUtf8(std::string_view bytes);

}  // namespace findings::docparse::detail
