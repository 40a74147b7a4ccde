#include "theme_classifier_cache.hpp"

#include "error_mapping.hpp"

namespace letters_plugin {

std::shared_ptr<const findings::classify::Classifier> ThemeClassifierCache::get(
    const findings::Host& host, const findings::Options& options) {
    try {
        return shared_.get(host.pluginDir() + "/data", host.userDataDir(), options.get(kThemesOption));
    } catch (const findings::classify::TaxonomyLoadError& e) {
        throw toTaxonomyError(e.what(), e.fromOption());
    }
}

}  // namespace letters_plugin
