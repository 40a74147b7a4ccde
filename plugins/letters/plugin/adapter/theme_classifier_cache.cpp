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

CallClassifier::CallClassifier(const findings::Host& host, const findings::Options& options,
                               ThemeClassifierCache& cache)
    : host_(host) {
    if (host.offersClassify())
        host.classify("");  // loads the host's taxonomy now: a broken one fails here
    else
        own_ = cache.get(host, options);
}

findings::classify::Classification CallClassifier::classify(std::string_view text) const {
    if (own_) return own_->classify(text);
    findings::TextClassification byHost = host_.classify(text);
    return {std::move(byHost.themes), std::move(byHost.polarity), byHost.confidence};
}

}  // namespace letters_plugin
