// How one import call classifies text: through the host's classify (fnd_host.classify, SDK
// 1.1) when the host offers it, so every importer of the host gets the same themes for the
// same words with the taxonomy the user chose; under a host without the service (1.0, or no
// taxonomy), with the plugin's own classifier. The one rule both built-in importer plugins
// follow.
#pragma once

#include <findings/classify/classifier.hpp>
#include <findings/sdk.hpp>

#include <memory>
#include <string_view>

namespace findings::classify {

class CallClassifier {
public:
    /// Classifies through `host` when it offers classify, else through `own`, which must then
    /// not be null. Asks the host once at once, so a broken host taxonomy fails the import
    /// before the slow steps (findings::Error, the host having logged the cause). `host`
    /// must outlive this object.
    CallClassifier(const findings::Host& host, std::shared_ptr<const Classifier> own);
    /// Themes, polarity and confidence of one text. Throws findings::Error.
    Classification classify(std::string_view text) const;
    /// True when the host classifies.
    bool byHost() const { return byHost_; }

private:
    const findings::Host& host_;
    std::shared_ptr<const Classifier> own_;
    bool byHost_;
};

}  // namespace findings::classify
