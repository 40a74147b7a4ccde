#include "classifier_cache.hpp"

#include <fstream>
#include <functional>
#include <stdexcept>

namespace spreadsheet {

namespace {

bool fileExists(const std::string& path) { return !path.empty() && std::ifstream(path).good(); }

}  // namespace

std::string pluginDataDir(const findings::Host& host) { return host.pluginDir() + "/data"; }

std::shared_ptr<const findings::classify::Classifier> ClassifierCache::get(
    const findings::Host& host, const std::string& themesOption) {
    using findings::classify::Taxonomy;
    std::string key;
    std::function<Taxonomy()> load;
    if (!themesOption.empty()) {
        key = "option:" + themesOption;
        load = [&] { return Taxonomy::load(themesOption); };
    } else {
        const std::string dataDir = pluginDataDir(host);
        const std::string userDir = host.userDataDir();
        const std::string override =
            userDir.empty() ? std::string() : userDir + "/" + Taxonomy::kDefaultFileName;
        // The key says whether the override exists, so one created later is used next time.
        key = "default:" + dataDir + "|" + (fileExists(override) ? override : std::string());
        load = [=] { return Taxonomy::loadDefault(dataDir, override); };
    }
    std::lock_guard<std::mutex> lock(mutex_);
    if (auto found = byKey_.find(key); found != byKey_.end()) return found->second;
    try {
        auto classifier = std::make_shared<const findings::classify::Classifier>(load());
        byKey_.emplace(key, classifier);
        return classifier;
    } catch (const std::runtime_error& e) {
        if (!themesOption.empty())
            throw findings::Error(FND_ERR_BAD_OPTION, std::string("option themes: ") + e.what());
        throw findings::Error(FND_ERR_INTERNAL,
                              std::string("the theme taxonomy cannot be loaded: ") + e.what());
    }
}

}  // namespace spreadsheet
