// The identity of an imported file, derived from its bytes alone so that importing the same
// file again gives the same source and finding ids.
#pragma once

#include <string>
#include <string_view>

namespace letters_plugin {

/// Lower-case hex SHA-256 of `bytes`.
std::string sha256Hex(std::string_view bytes);

/// The source id for a file with this SHA-256: "src-" and its first 12 hex digits, the
/// same id the host would give, so ids agree whoever assigns them.
std::string sourceIdFor(const std::string& sha256);

}  // namespace letters_plugin
