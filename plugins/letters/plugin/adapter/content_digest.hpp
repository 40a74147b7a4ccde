// The identity of an imported file, derived from its bytes alone so that importing the same
// file again gives the same source and finding ids.
#pragma once

#include <findings/sdk.hpp>

#include <string>
#include <string_view>

namespace letters_plugin {

/// Lower-case hex SHA-256 of the input: the host's (fnd_host.input_sha256, hashed once per
/// file) when it offers it, else of `bytes`, the whole input as read, with the project's one
/// SHA-256 (findings_digest).
std::string inputSha256(const findings::Host& host, std::string_view bytes);

}  // namespace letters_plugin
