#include "classifier_cache.hpp"

namespace spreadsheet {

std::string pluginDataDir(const findings::Host& host) { return host.pluginDir() + "/data"; }

std::shared_ptr<const findings::classify::Classifier> ClassifierCache::get(
    const findings::Host& host, const std::string& themesOption) {
    try {
        return shared_.get(pluginDataDir(host), host.userDataDir(), themesOption);
    } catch (const findings::classify::TaxonomyLoadError& e) {
        if (e.fromOption())
            throw findings::Error(FND_ERR_BAD_OPTION, std::string("option themes: ") + e.what());
        throw findings::Error(FND_ERR_INTERNAL,
                              std::string("the theme taxonomy cannot be loaded: ") + e.what());
    }
}

}  // namespace spreadsheet
