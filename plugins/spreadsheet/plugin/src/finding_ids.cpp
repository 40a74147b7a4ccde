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

bool FindingIds::take(const std::string& id) {
    return used_.insert(uint64_t(std::hash<std::string>{}(id))).second;
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
