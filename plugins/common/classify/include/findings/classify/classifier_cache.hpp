// One classifier per taxonomy file, built on first use and shared by every import of a
// plugin. Imports run in parallel and building a classifier costs far more than a lookup,
// so the first caller builds it under a lock and the rest reuse it. A taxonomy that fails
// to load is not cached, so a fixed file is picked up by the next import.
#pragma once

#include <findings/classify/classifier.hpp>

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>

namespace findings::classify {

/// A taxonomy that could not be loaded. The message names the file and the fault;
/// fromOption() says whether it was the file a plugin option named (the user's typing,
/// a bad option) rather than the shipped or overriding taxonomy.
class TaxonomyLoadError : public std::runtime_error {
public:
    TaxonomyLoadError(const std::string& message, bool fromOption)
        : std::runtime_error(message), fromOption_(fromOption) {}
    bool fromOption() const { return fromOption_; }

private:
    bool fromOption_;
};

class ClassifierCache {
public:
    /// The classifier to use: the taxonomy file `optionPath` when not empty; else the
    /// user's `<userDataDir>/themes.json` when it exists (it replaces the shipped one
    /// entirely); else the shipped `<pluginDataDir>/themes.json`. Thread-safe. Throws
    /// TaxonomyLoadError.
    std::shared_ptr<const Classifier> get(const std::string& pluginDataDir,
                                          const std::string& userDataDir,
                                          const std::string& optionPath);

    /// The classifier for the one taxonomy file `path`, as a host that has already chosen
    /// the file uses it (fnd_host.classify). Thread-safe. Throws TaxonomyLoadError, with
    /// `fromOption` passed through.
    std::shared_ptr<const Classifier> forFile(const std::string& path, bool fromOption);

private:
    std::shared_ptr<const Classifier> cached(const std::string& key,
                                             const std::function<Taxonomy()>& load,
                                             bool fromOption);
    std::mutex mutex_;
    /// Keyed by the file(s) the taxonomy came from.
    std::map<std::string, std::shared_ptr<const Classifier>> byKey_;
};

}  // namespace findings::classify
