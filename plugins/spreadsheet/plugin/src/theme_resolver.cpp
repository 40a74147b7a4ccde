#include "theme_resolver.hpp"

#include "column_vocabulary.hpp"

#include <algorithm>

namespace spreadsheet {

namespace {

/// The label up to its first ':' or ',' ("Workforce: recruitment, ..." -> "Workforce").
std::string shortLabel(const std::string& label) {
    const size_t cut = label.find_first_of(":,");
    return cut == std::string::npos ? label : label.substr(0, cut);
}

std::vector<std::string> splitParts(std::string_view cell, std::string_view separators) {
    std::vector<std::string> parts;
    size_t start = 0;
    while (start <= cell.size()) {
        size_t end = cell.find_first_of(separators, start);
        if (end == std::string_view::npos) end = cell.size();
        std::string_view part = cell.substr(start, end - start);
        const size_t a = part.find_first_not_of(" \t\r\n");
        if (a != std::string_view::npos) {
            const size_t b = part.find_last_not_of(" \t\r\n");
            parts.emplace_back(part.substr(a, b - a + 1));
        }
        start = end + 1;
    }
    return parts;
}

void addUnique(std::vector<std::string>& ids, const std::string& id) {
    if (!id.empty() && std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
}

}  // namespace

ThemeResolver::ThemeResolver(const findings::classify::Taxonomy& taxonomy,
                             const findings::classify::CallClassifier& classifier)
    : classifier_(classifier) {
    for (const auto& theme : taxonomy.themes()) {
        byName_.emplace(foldName(theme.id), theme.id);
        if (!theme.label.empty()) {
            byName_.emplace(foldName(theme.label), theme.id);
            byName_.emplace(foldName(shortLabel(theme.label)), theme.id);
        }
    }
}

std::string ThemeResolver::idForLabel(std::string_view label) const {
    auto it = byName_.find(foldName(label));
    return it == byName_.end() ? std::string() : it->second;
}

const ResolvedThemes& ThemeResolver::resolveCell(std::string_view cell) const {
    constexpr size_t kMaxRemembered = 4096;
    const std::string key(cell);
    if (auto it = seen_.find(key); it != seen_.end()) return it->second;
    if (seen_.size() >= kMaxRemembered) seen_.clear();
    ResolvedThemes& out = seen_[key];
    // The whole cell may itself be a label containing a separator ("Front door, MASH, ...").
    if (std::string id = idForLabel(cell); !id.empty()) {
        out.ids.push_back(id);
        return out;
    }
    for (const std::string& part : splitParts(cell, ";\n/,")) {
        if (std::string id = idForLabel(part); !id.empty()) {
            addUnique(out.ids, id);
            continue;
        }
        const auto classified = classifier_.classify(part);
        if (!classified.themes.empty())
            addUnique(out.ids, classified.themes.front());
        else
            out.unknown.push_back(part);
    }
    return out;
}

}  // namespace spreadsheet
