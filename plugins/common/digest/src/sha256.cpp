#include <findings/sha256.hpp>

#include <Poco/DigestEngine.h>
#if FINDINGS_HAVE_POCO_CRYPTO
#include <Poco/Crypto/DigestEngine.h>
#else
#include <Poco/SHA2Engine.h>
#endif

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <stdexcept>
#include <vector>

namespace findings::digest {

namespace {

#if FINDINGS_HAVE_POCO_CRYPTO
struct Engine : Poco::Crypto::DigestEngine {
    Engine() : Poco::Crypto::DigestEngine("SHA256") {}
};
#else
struct Engine : Poco::SHA2Engine {
    Engine() : Poco::SHA2Engine(Poco::SHA2Engine::SHA_256) {}
};
#endif

/// Large enough that a big file costs few reads, small enough to stay off the stack.
constexpr std::size_t kChunk = 1 << 20;

}  // namespace

std::string sha256Hex(std::string_view bytes) {
    Engine engine;
    engine.update(bytes.data(), bytes.size());
    return Poco::DigestEngine::digestToHex(engine.digest());
}

std::string sha256Hex(const ChunkReader& read) {
    Engine engine;
    std::vector<char> buffer(kChunk);
    for (std::size_t n; (n = read(buffer.data(), buffer.size())) > 0;)
        engine.update(buffer.data(), n);
    return Poco::DigestEngine::digestToHex(engine.digest());
}

std::string sha256OfFile(const std::string& path) {
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
    if (!file) throw std::runtime_error(std::strerror(errno));
    return sha256Hex([&file](char* buffer, std::size_t size) {
        const std::size_t n = std::fread(buffer, 1, size, file.get());
        if (n == 0 && std::ferror(file.get())) throw std::runtime_error("read error");
        return n;
    });
}

}  // namespace findings::digest
