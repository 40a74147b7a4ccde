#include <findings/core/host_services.hpp>
#include <findings/core/theme_labels.hpp>

namespace findings::core {

void HostServices::setTaxonomyFolders(std::vector<std::string> pluginDirs) {
    std::lock_guard<std::mutex> lock(mutex_);
    folders_ = std::move(pluginDirs);
    taxonomyFile_.clear();
}

void HostServices::setTaxonomyFile(std::string path) {
    std::lock_guard<std::mutex> lock(mutex_);
    taxonomyFile_ = std::move(path);
}

std::string HostServices::taxonomyFile() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return taxonomyFile_.empty() ? findTaxonomyFile(folders_) : taxonomyFile_;
}

std::shared_ptr<const classify::Classifier> HostServices::classifier(const std::string& themesOption) {
    if (!themesOption.empty()) return cache_.forFile(themesOption, true);
    const std::string file = taxonomyFile();
    if (file.empty()) return nullptr;
    return cache_.forFile(file, false);
}

}  // namespace findings::core
