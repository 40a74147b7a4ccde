// The spreadsheet importers' classifier: the shared per-taxonomy cache (findings_classify),
// with the SDK's errors.
#pragma once

#include <findings/classify/classifier_cache.hpp>
#include <findings/sdk.hpp>

#include <memory>
#include <string>

namespace spreadsheet {

class ClassifierCache {
public:
    /// The classifier for this call: the taxonomy file `themesOption` when not empty, else
    /// <userDataDir>/themes.json when it exists, else the shipped <pluginDir>/data/themes.json.
    /// Throws findings::Error (FND_ERR_BAD_OPTION for a bad `themes` file, else
    /// FND_ERR_INTERNAL) naming the file and the fault.
    std::shared_ptr<const findings::classify::Classifier> get(const findings::Host& host,
                                                              const std::string& themesOption);

private:
    findings::classify::ClassifierCache shared_;
};

/// The data folder shipped beside the plugin: <pluginDir>/data.
std::string pluginDataDir(const findings::Host& host);

}  // namespace spreadsheet
