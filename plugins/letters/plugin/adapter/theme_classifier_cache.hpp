// The letter importers' own classifier, for a host that offers no classify service: the
// shared per-taxonomy cache (findings_classify), with the `themes` option and the SDK's errors.
#pragma once

#include <findings/classify/classifier_cache.hpp>
#include <findings/sdk.hpp>

#include <memory>

namespace letters_plugin {

/// The name of the option that points at a taxonomy file replacing the default.
inline constexpr const char* kThemesOption = "themes";

class ThemeClassifierCache {
public:
    /// The classifier for this call: the taxonomy named by the `themes` option, else the
    /// user's override (<userDataDir>/themes.json) when it exists, else the shipped
    /// <pluginDir>/data/themes.json. Throws findings::Error when the taxonomy cannot load.
    std::shared_ptr<const findings::classify::Classifier> get(const findings::Host& host,
                                                              const findings::Options& options);

private:
    findings::classify::ClassifierCache shared_;
};

}  // namespace letters_plugin
