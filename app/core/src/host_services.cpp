#include <findings/core/host_services.hpp>

namespace findings::core {

void HostServices::setTaxonomyFile(std::string path) {
    std::lock_guard<std::mutex> lock(mutex_);
    taxonomyFile_ = std::move(path);
}

std::string HostServices::taxonomyFile() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return taxonomyFile_;
}

std::shared_ptr<const classify::Classifier> HostServices::classifier(const std::string& themesOption) {
    if (!themesOption.empty()) return cache_.forFile(themesOption, true);
    const std::string file = taxonomyFile();
    if (file.empty()) return nullptr;
    return cache_.forFile(file, false);
}

}  // namespace findings::core
