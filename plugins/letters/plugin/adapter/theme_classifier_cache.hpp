// The letter importers' classifier: the host's (fnd_host.classify, with the taxonomy the user
// chose for the host) when it offers one, else the plugin's own from the shared per-taxonomy
// cache (findings_classify), with the `themes` option and the SDK's errors.
#pragma once

#include <findings/classify/classifier_cache.hpp>
#include <findings/sdk.hpp>

#include <memory>
#include <string_view>

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

/// How one import call classifies paragraphs: through the host when it offers classify, so
/// a letter gets the themes every other importer would give it; under a host without the
/// service (1.0), with the plugin's own classifier from `cache`. Built before the slow steps,
/// so a broken taxonomy fails the import at once (findings::Error).
class CallClassifier {
public:
    CallClassifier(const findings::Host& host, const findings::Options& options,
                   ThemeClassifierCache& cache);
    /// Themes, polarity and confidence of one paragraph. Throws findings::Error.
    findings::classify::Classification classify(std::string_view text) const;
    /// True when the host classifies (for tests and diagnostics).
    bool byHost() const { return !own_; }

private:
    const findings::Host& host_;
    std::shared_ptr<const findings::classify::Classifier> own_;
};

}  // namespace letters_plugin
