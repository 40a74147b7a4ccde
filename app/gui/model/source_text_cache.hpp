// The texts of the last few source documents the source view showed, so moving between
// findings of a handful of reports (letters and PDFs side by side) reads and extracts each
// once. Least recently used goes first; texts are shared, so one being shown stays valid
// after it is evicted. UI thread only.
#pragma once

#include "model/source_text.hpp"

#include <list>
#include <memory>
#include <string>

namespace findings::studio {

class SourceTextCache {
public:
    /// A few reports: each PDF's text is a few hundred KB.
    static constexpr size_t kDefaultCapacity = 6;
    explicit SourceTextCache(size_t capacity = kDefaultCapacity) : capacity_(capacity ? capacity : 1) {}

    /// The text of `path` if cached (and now the most recently used), else null.
    std::shared_ptr<const SourceText> find(const std::string& path);
    /// Adds (or replaces) a text, evicting the least recently used beyond the capacity.
    void insert(std::shared_ptr<const SourceText> text);
    /// Whether the text of `path` is cached (without making it the most recently used).
    bool contains(const std::string& path) const;
    size_t size() const { return texts_.size(); }
    size_t capacity() const { return capacity_; }

private:
    size_t capacity_;
    std::list<std::shared_ptr<const SourceText>> texts_; ///< most recently used first
};

}  // namespace findings::studio
