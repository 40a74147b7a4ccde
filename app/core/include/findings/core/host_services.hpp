// What the host serves every plugin call beyond diagnostics (fnd_host's 1.1 services) that
// outlives one call: where the user's taxonomy is and the classifier built from it. One per
// plugin registry, so the CLI, the desktop application and each import worker classify with
// the same file (a worker is told the host's plugin folders when it loads the plugins).
#pragma once

#include <findings/classify/classifier_cache.hpp>

#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace findings::core {

class HostServices {
public:
    /// The plugin folders the taxonomy is looked for in, as findTaxonomyFile() does: the
    /// user's themes.json, else the first folder's data/themes.json. Looked up again at each
    /// call, as the importers' own lookup is, so a user's file added or removed while the
    /// application runs counts from the next import on.
    void setTaxonomyFolders(std::vector<std::string> pluginDirs);
    const std::vector<std::string>& taxonomyFolders() const { return folders_; }
    /// One taxonomy file instead of the lookup (tests, a host that knows its file).
    void setTaxonomyFile(std::string path);
    /// The taxonomy fnd_host.classify uses when a call names none (its `themes` option), or
    /// "" when there is none: the host then offers no classify.
    std::string taxonomyFile() const;

    /// The classifier for a call: `themesOption`'s file when not empty, else the taxonomy
    /// file; null when there is neither. Built once per file and shared by every call (and
    /// thread). Throws classify::TaxonomyLoadError naming the file and the fault.
    std::shared_ptr<const classify::Classifier> classifier(const std::string& themesOption);

private:
    mutable std::mutex mutex_;
    std::vector<std::string> folders_;
    std::string taxonomyFile_;
    classify::ClassifierCache cache_;
};

}  // namespace findings::core
