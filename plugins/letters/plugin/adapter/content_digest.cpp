#include "content_digest.hpp"

#include <Poco/DigestEngine.h>
#include <Poco/SHA2Engine.h>

namespace letters_plugin {

std::string sha256Hex(std::string_view bytes) {
    Poco::SHA2Engine engine(Poco::SHA2Engine::SHA_256);
    engine.update(bytes.data(), bytes.size());
    return Poco::DigestEngine::digestToHex(engine.digest());
}

std::string sourceIdFor(const std::string& sha256) { return "src-" + sha256.substr(0, 12); }

}  // namespace letters_plugin
