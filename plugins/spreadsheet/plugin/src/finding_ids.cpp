#include "finding_ids.hpp"

#include <findings/sdk/ids.hpp>

#include <cctype>
#include <functional>

namespace spreadsheet {

std::string idSlug(std::string_view text) {
    std::string out;
    bool dash = false;
    for (char ch : text) {
        const unsigned char c = static_cast<unsigned char>(ch);
        if (std::isalnum(c) || c == '.' || c == '_' || c == '-') {
            if (dash && !out.empty()) out += '-';
            dash = false;
            out += char(c);
        } else {
            dash = true;
        }
        if (out.size() >= 64) break;
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out;
}

std::string sourceIdForSheet(const std::string& fileSourceId, std::string_view sheetName,
                             size_t sheetIndex, const std::unordered_set<std::string>& taken) {
    std::string slug = idSlug(sheetName);
    for (char& c : slug) c = char(std::tolower(static_cast<unsigned char>(c)));
    std::string id = findings::childId(fileSourceId, slug);
    if (slug.empty() || taken.count(id)) id = findings::childId(fileSourceId, "sheet" + std::to_string(sheetIndex + 1));
    return id;
}

bool HashSet64::insert(uint64_t hash) {
    if (hash == 0) hash = 1;
    if ((count_ + 1) * 2 > slots_.size()) grow();
    const size_t mask = slots_.size() - 1;
    // std::hash of a string is well mixed, so its low bits spread the slots well enough.
    for (size_t i = size_t(hash) & mask;; i = (i + 1) & mask) {
        if (slots_[i] == hash) return false;
        if (slots_[i] == 0) {
            slots_[i] = hash;
            ++count_;
            return true;
        }
    }
}

void HashSet64::grow() {
    std::vector<uint64_t> old(slots_.empty() ? 1024 : slots_.size() * 2, 0);
    old.swap(slots_);
    count_ = 0;
    for (uint64_t hash : old)
        if (hash != 0) insert(hash);
}

bool FindingIds::take(const std::string& id) {
    return used_.insert(uint64_t(std::hash<std::string>{}(id)));
}

std::string FindingIds::next(std::string_view ref, uint64_t row) {
    const std::string slug = idSlug(ref);
    if (!slug.empty()) {
        std::string id = findings::childId(sourceId_, slug);
        if (take(id)) return id;
    }
    std::string id = findings::childId(sourceId_, "row" + std::to_string(row));
    while (!take(id)) id += "b";  // a Ref that happened to read "row19"
    return id;
}

}  // namespace spreadsheet
