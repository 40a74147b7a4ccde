#include <findings/core/theme_labels.hpp>
#include <findings/core/plugin_registry.hpp>

#include <findings/core/json_reader.hpp>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace findings::core {

ThemeLabels ThemeLabels::load(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error(path + ": cannot open the theme taxonomy");
    std::stringstream text;
    text << in.rdbuf();
    ThemeLabels out;
    out.path_ = path;
    try {
        const JsonValue root = parseJson(text.str());  // strict: no duplicate keys
        const JsonValue* themes = root.find("themes");
        if (!themes || !themes->isArray()) throw std::runtime_error("no \"themes\" array");
        for (const JsonValue& t : themes->items) {
            const JsonValue* id = t.find("id");
            if (!id || !id->isString() || id->text.empty()) continue;
            const JsonValue* label = t.find("label");
            out.items_.emplace_back(id->text, label && label->isString() ? label->text : id->text);
        }
    } catch (const std::runtime_error& e) {
        throw std::runtime_error(path + ": not a theme taxonomy: " + e.what());
    }
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
