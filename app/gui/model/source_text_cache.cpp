#include "model/source_text_cache.hpp"

namespace findings::studio {

std::shared_ptr<const SourceText> SourceTextCache::find(const std::string& path) {
    for (auto it = texts_.begin(); it != texts_.end(); ++it)
        if ((*it)->path == path) {
            texts_.splice(texts_.begin(), texts_, it);
            return texts_.front();
        }
    return nullptr;
}

bool SourceTextCache::contains(const std::string& path) const {
    for (const auto& text : texts_)
        if (text->path == path) return true;
    return false;
}

void SourceTextCache::insert(std::shared_ptr<const SourceText> text) {
    if (!text) return;
    for (auto it = texts_.begin(); it != texts_.end(); ++it)
        if ((*it)->path == text->path) {
            texts_.erase(it);
            break;
        }
    texts_.push_front(std::move(text));
    while (texts_.size() > capacity_) texts_.pop_back();
}

}  // namespace findings::studio
