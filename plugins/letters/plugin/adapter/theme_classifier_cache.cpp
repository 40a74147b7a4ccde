#include "theme_classifier_cache.hpp"

#include "error_mapping.hpp"

#include <fstream>
#include <functional>
#include <stdexcept>

namespace letters_plugin {

namespace {

bool fileExists(const std::string& path) { return !path.empty() && std::ifstream(path).good(); }

}  // namespace

std::shared_ptr<const findings::classify::Classifier> ThemeClassifierCache::get(
    const findings::Host& host, const findings::Options& options) {
    using findings::classify::Taxonomy;
    const std::string optionPath = options.get(kThemesOption);
    const bool fromOption = !optionPath.empty();

    std::string key;
    std::function<Taxonomy()> load;
    if (fromOption) {
        key = "option:" + optionPath;
        load = [&] { return Taxonomy::load(optionPath); };
    } else {
        const std::string dataDir = host.pluginDir() + "/data";
        const std::string userDir = host.userDataDir();
        const std::string override =
            userDir.empty() ? std::string() : userDir + "/" + Taxonomy::kDefaultFileName;
        // The key records whether the override exists, so one created later is used from
        // the next import on.
        key = "default:" + dataDir + "|" + (fileExists(override) ? override : std::string());
        load = [=] { return Taxonomy::loadDefault(dataDir, override); };
    }

    std::lock_guard<std::mutex> lock(mutex_);
    auto found = byFile_.find(key);
    if (found != byFile_.end()) return found->second;
    try {
        auto classifier = std::make_shared<const findings::classify::Classifier>(load());
        byFile_.emplace(key, classifier);
        return classifier;
    } catch (const std::runtime_error& e) {
        throw toTaxonomyError(e.what(), fromOption);
    }
}

}  // namespace letters_plugin
