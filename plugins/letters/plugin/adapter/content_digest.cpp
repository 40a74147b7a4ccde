#include "content_digest.hpp"

#include <findings/sha256.hpp>

namespace letters_plugin {

std::string inputSha256(const findings::Host& host, std::string_view bytes) {
    std::string hex = host.inputSha256();
    return hex.empty() ? findings::digest::sha256Hex(bytes) : hex;
}


}  // namespace letters_plugin
