// What the host serves every plugin call beyond diagnostics (fnd_host's 1.1 services) that
// outlives one call: the taxonomy the user chose and the classifier built from it. One per
// plugin registry, so the CLI, the desktop application and each import worker classify with
// the same file (the worker is told the host's choice when it loads the plugins).
#pragma once

#include <findings/classify/classifier_cache.hpp>

#include <memory>
#include <mutex>
#include <string>

namespace findings::core {

class HostServices {
public:
    /// The taxonomy file fnd_host.classify uses when a call names none (its `themes` option):
    /// the host's choice (findTaxonomyFile), or "" for none, when the host offers no classify.
    void setTaxonomyFile(std::string path);
    std::string taxonomyFile() const;

    /// The classifier for a call: `themesOption`'s file when not empty, else the taxonomy
    /// file; null when there is neither. Built once per file and shared by every call (and
    /// thread). Throws classify::TaxonomyLoadError naming the file and the fault.
    std::shared_ptr<const classify::Classifier> classifier(const std::string& themesOption);

private:
    mutable std::mutex mutex_;
    std::string taxonomyFile_;
    classify::ClassifierCache cache_;
};

}  // namespace findings::core
