// One theme classifier per taxonomy file, built on first use and shared by every import of
// the plugin (imports run in parallel; building one costs far more than a lookup). A taxonomy
// that fails to load is not cached, so a fixed file is picked up by the next import.
#pragma once

#include <findings/classify/classifier.hpp>
#include <findings/sdk.hpp>

#include <map>
#include <memory>
#include <mutex>
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
    std::mutex mutex_;
    std::map<std::string, std::shared_ptr<const findings::classify::Classifier>> byKey_;
};

/// The data folder shipped beside the plugin: <pluginDir>/data.
std::string pluginDataDir(const findings::Host& host);

}  // namespace spreadsheet
