#include <findings/core/theme_labels.hpp>
#include <findings/core/plugin_registry.hpp>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

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
        Poco::JSON::Parser parser;
        auto root = parser.parse(text.str()).extract<Poco::JSON::Object::Ptr>();
        auto themes = root->getArray("themes");
        if (!themes) throw std::runtime_error("no \"themes\" array");
        for (size_t i = 0; i < themes->size(); ++i) {
            auto t = themes->getObject(static_cast<unsigned>(i));
            if (!t) continue;
            std::string id = t->optValue<std::string>("id", "");
            if (id.empty()) continue;
            out.items_.emplace_back(id, t->optValue<std::string>("label", id));
        }
    } catch (const Poco::Exception& e) {
        throw std::runtime_error(path + ": not a theme taxonomy: " + e.displayText());
    } catch (const std::runtime_error& e) {
        throw std::runtime_error(path + ": not a theme taxonomy: " + e.what());
    }
    return out;
}

ThemeLabels ThemeLabels::find(const std::vector<std::string>& pluginDirs) {
    std::vector<std::string> candidates{userDataDir() + "/themes.json"};
    for (const auto& dir : pluginDirs) candidates.push_back(dir + "/data/themes.json");
    for (const auto& c : candidates) {
        std::ifstream probe(c);
        if (probe) return load(c);
    }
    return {};
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
