#include "authority_directory_cache.hpp"

#include <fstream>
#include <map>
#include <mutex>
#include <sstream>
#include <stdexcept>

namespace letters_plugin {

using findings::docparse::AuthorityDirectory;

namespace {

bool readFile(const std::string& path, std::string& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream ss;
    ss << in.rdbuf();
    out = ss.str();
    return true;
}

}  // namespace

std::shared_ptr<const AuthorityDirectory> authorityDirectoryFor(const findings::Host& host) {
    static std::mutex mutex;
    static std::map<std::string, std::shared_ptr<const AuthorityDirectory>> byPath;
    static const auto builtIn = std::shared_ptr<const AuthorityDirectory>(&AuthorityDirectory::builtIn(),
                                                                          [](const AuthorityDirectory*) {});
    std::string path, json;
    for (const std::string& dir : {host.userDataDir(), host.pluginDir().empty() ? std::string() : host.pluginDir() + "/data"}) {
        if (dir.empty()) continue;
        if (readFile(dir + "/" + kAuthoritiesFileName, json)) {
            path = dir + "/" + kAuthoritiesFileName;
            break;
        }
    }
    if (path.empty()) return builtIn;
    std::lock_guard<std::mutex> lock(mutex);
    // Keyed by path and content, so an edited override is read again.
    const std::string key = path + "|" + std::to_string(std::hash<std::string>{}(json));
    if (auto found = byPath.find(key); found != byPath.end()) return found->second;
    try {
        auto loaded = std::make_shared<const AuthorityDirectory>(AuthorityDirectory::fromJson(json));
        byPath.emplace(key, loaded);
        return loaded;
    } catch (const std::invalid_argument& e) {
        throw findings::Error(FND_ERR_IO, "cannot load the list of local authorities " + path + ": " + e.what());
    }
}

}  // namespace letters_plugin
