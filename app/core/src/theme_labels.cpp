#include <findings/core/theme_labels.hpp>
#include <findings/core/plugin_registry.hpp>

#include <findings/classify/classifier.hpp>

#include <algorithm>
#include <cctype>
#include <fstream>

namespace findings::core {

ThemeLabels ThemeLabels::load(const std::string& path) {
    // One reader of the taxonomy: the classifier's, which every importer and the host's
    // classify service use. So the labels shown come from a file the classifier accepts,
    // and a broken file gets the same message (naming the file) wherever it is read.
    const classify::Taxonomy taxonomy = classify::Taxonomy::load(path);
    ThemeLabels out;
    out.path_ = path;
    out.items_.reserve(taxonomy.themes().size());
    for (const classify::Theme& theme : taxonomy.themes()) out.items_.emplace_back(theme.id, theme.label);
    return out;
}

std::string findTaxonomyFile(const std::vector<std::string>& pluginDirs) {
    std::vector<std::string> candidates{userDataDir() + "/themes.json"};
    for (const auto& dir : pluginDirs) candidates.push_back(dir + "/data/themes.json");
    for (const auto& c : candidates) {
        std::ifstream probe(c);
        if (probe) return c;
    }
    return {};
}

ThemeLabels ThemeLabels::find(const std::vector<std::string>& pluginDirs) {
    const std::string file = findTaxonomyFile(pluginDirs);
    return file.empty() ? ThemeLabels() : load(file);
}

std::string ThemeLabels::label(std::string_view id) const {
    for (const auto& [i, l] : items_)
        if (i == id) return l;
    return std::string(id);
}

std::string ThemeLabels::idFor(std::string_view text) const {
    auto same = [](std::string_view a, std::string_view b) {
        return a.size() == b.size() &&
               std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
                   return std::tolower(static_cast<unsigned char>(x)) ==
                          std::tolower(static_cast<unsigned char>(y));
               });
    };
    for (const auto& [i, l] : items_)
        if (same(i, text) || same(l, text)) return i;
    return {};
}

}  // namespace findings::core
