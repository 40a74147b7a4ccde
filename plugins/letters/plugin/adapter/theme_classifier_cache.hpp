// One classifier per taxonomy file, built on first use and shared by every import of a
// plugin instance. Imports run in parallel, so the first caller builds it under a lock
// and the rest reuse it; a taxonomy that fails to load is not cached, so a fixed file is
// picked up by the next import.
#pragma once

#include <findings/classify/classifier.hpp>
#include <findings/sdk.hpp>

#include <map>
#include <memory>
#include <mutex>
#include <string>

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
    std::mutex mutex_;
    /// Keyed by the file(s) the taxonomy came from.
    std::map<std::string, std::shared_ptr<const findings::classify::Classifier>> byFile_;
};

}  // namespace letters_plugin
