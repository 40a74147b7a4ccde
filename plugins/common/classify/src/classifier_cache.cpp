#include <findings/classify/classifier_cache.hpp>

#include <fstream>

namespace findings::classify {

namespace {

bool fileExists(const std::string& path) { return !path.empty() && std::ifstream(path).good(); }

}  // namespace

std::shared_ptr<const Classifier> ClassifierCache::get(const std::string& pluginDataDir,
                                                       const std::string& userDataDir,
                                                       const std::string& optionPath) {
    const bool fromOption = !optionPath.empty();
    std::string key;
    std::function<Taxonomy()> load;
    if (fromOption) {
        key = "option:" + optionPath;
        load = [&] { return Taxonomy::load(optionPath); };
    } else {
        const std::string override =
            userDataDir.empty() ? std::string() : userDataDir + "/" + Taxonomy::kDefaultFileName;
        // The key records whether the override exists, so one created later is used from
        // the next import on.
        key = "default:" + pluginDataDir + "|" + (fileExists(override) ? override : std::string());
        load = [&pluginDataDir, override] { return Taxonomy::loadDefault(pluginDataDir, override); };
    }

    return cached(key, load, fromOption);
}

std::shared_ptr<const Classifier> ClassifierCache::forFile(const std::string& path, bool fromOption) {
    return cached((fromOption ? "option:" : "file:") + path, [&path] { return Taxonomy::load(path); },
                  fromOption);
}

std::shared_ptr<const Classifier> ClassifierCache::cached(const std::string& key,
                                                          const std::function<Taxonomy()>& load,
                                                          bool fromOption) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (auto found = byKey_.find(key); found != byKey_.end()) return found->second;
    try {
        auto classifier = std::make_shared<const Classifier>(load());
        byKey_.emplace(key, classifier);
        return classifier;
    } catch (const std::runtime_error& e) {
        throw TaxonomyLoadError(e.what(), fromOption);
    }
}

}  // namespace findings::classify
