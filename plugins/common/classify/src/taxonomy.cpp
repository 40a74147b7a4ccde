// Loading and checking the theme taxonomy (JSON data file or themes in memory).
#include "findings/classify/classifier.hpp"

#include "phrase_pattern.hpp"

#include <Poco/Exception.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>

namespace findings::classify {
namespace {

/// Ids are stored in findings and compared by other tools, so they are kept simple and
/// stable: lower_snake_case starting with a letter.
bool isSnakeCaseId(const std::string& id) {
    if (id.empty() || id.front() < 'a' || id.front() > 'z') return false;
    for (char c : id)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
    return true;
}

std::string describeTheme(std::size_t index, const std::string& id) {
    return id.empty() ? "themes[" + std::to_string(index) + "]" : "theme '" + id + "'";
}

/// A string member of a theme object; empty when absent; throws when of another type.
std::string stringMember(const Poco::JSON::Object& theme, const std::string& key,
                         std::size_t index) {
    if (!theme.has(key) || theme.isNull(key)) return {};
    const Poco::Dynamic::Var value = theme.get(key);
    if (!value.isString())
        throw std::runtime_error("themes[" + std::to_string(index) + "]: \"" + key + "\" must be a string");
    return value.extract<std::string>();
}

Theme themeFromJson(const Poco::Dynamic::Var& value, std::size_t index) {
    const std::string where = "themes[" + std::to_string(index) + "]";
    if (value.type() != typeid(Poco::JSON::Object::Ptr))
        throw std::runtime_error(where + ": a theme must be an object");
    const auto object = value.extract<Poco::JSON::Object::Ptr>();
    Theme theme;
    theme.id = stringMember(*object, "id", index);
    if (theme.id.empty()) throw std::runtime_error(where + ": missing \"id\"");
    theme.label = stringMember(*object, "label", index);
    const std::string named = describeTheme(index, theme.id);
    if (!object->has("phrases")) throw std::runtime_error(named + ": missing \"phrases\"");
    const auto phrases = object->getArray("phrases");
    if (!phrases) throw std::runtime_error(named + ": \"phrases\" must be an array");
    for (std::size_t k = 0; k < phrases->size(); ++k) {
        const Poco::Dynamic::Var p = phrases->get(static_cast<unsigned>(k));
        if (!p.isString())
            throw std::runtime_error(named + ": phrases[" + std::to_string(k) + "] must be a string");
        theme.phrases.push_back(p.extract<std::string>());
    }
    return theme;
}

}  // namespace

Taxonomy Taxonomy::fromThemes(std::vector<Theme> themes) {
    std::set<std::string> ids;
    for (std::size_t i = 0; i < themes.size(); ++i) {
        Theme& theme = themes[i];
        if (theme.id.empty())
            throw std::runtime_error(describeTheme(i, theme.id) + ": missing \"id\"");
        if (!isSnakeCaseId(theme.id))
            throw std::runtime_error(describeTheme(i, theme.id) + ": id must be lower_snake_case");
        if (!ids.insert(theme.id).second)
            throw std::runtime_error("duplicate theme id '" + theme.id + "'");
        if (theme.label.empty()) theme.label = theme.id;
        if (theme.phrases.empty())
            throw std::runtime_error(describeTheme(i, theme.id) + ": has no phrases");
        for (const std::string& phrase : theme.phrases) {
            try {
                detail::parsePhrase(phrase);
            } catch (const std::invalid_argument& e) {
                throw std::runtime_error(describeTheme(i, theme.id) + ": phrase '" + phrase +
                                         "': " + e.what());
            }
        }
    }
    Taxonomy taxonomy;
    taxonomy.themes_ = std::move(themes);
    return taxonomy;
}

Taxonomy Taxonomy::fromJson(std::string_view json) {
    Poco::Dynamic::Var root;
    try {
        Poco::JSON::Parser parser;
        root = parser.parse(std::string(json));
    } catch (const Poco::Exception& e) {
        throw std::runtime_error("not valid JSON: " + e.displayText());
    }
    if (root.type() != typeid(Poco::JSON::Object::Ptr))
        throw std::runtime_error("the document must be a JSON object");
    const auto object = root.extract<Poco::JSON::Object::Ptr>();
    if (object->has("version")) {
        const Poco::Dynamic::Var version = object->get("version");
        if (!version.isNumeric() || version.convert<int>() != 1)
            throw std::runtime_error("unsupported \"version\" " + version.toString() + " (expected 1)");
    }
    if (!object->has("themes")) throw std::runtime_error("missing \"themes\"");
    const auto array = object->getArray("themes");
    if (!array) throw std::runtime_error("\"themes\" must be an array");

    std::vector<Theme> themes;
    try {
        for (std::size_t i = 0; i < array->size(); ++i)
            themes.push_back(themeFromJson(array->get(static_cast<unsigned>(i)), i));
    } catch (const Poco::Exception& e) {
        throw std::runtime_error("malformed theme: " + e.displayText());
    }
    return fromThemes(std::move(themes));
}

Taxonomy Taxonomy::load(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        const int err = errno;
        throw std::runtime_error("taxonomy file '" + path + "': cannot open: " +
                                 (err ? std::strerror(err) : "unknown error"));
    }
    std::ostringstream content;
    content << in.rdbuf();
    if (in.bad()) throw std::runtime_error("taxonomy file '" + path + "': read error");
    std::string json = content.str();
    if (json.size() >= 3 && json.compare(0, 3, "\xEF\xBB\xBF") == 0) json.erase(0, 3);  // BOM
    try {
        return fromJson(json);
    } catch (const std::runtime_error& e) {
        throw std::runtime_error("taxonomy file '" + path + "': " + e.what());
    }
}

Taxonomy Taxonomy::loadDefault(const std::string& pluginDataDir, const std::string& userOverridePath) {
    if (!userOverridePath.empty()) {
        std::ifstream probe(userOverridePath);
        if (probe) return load(userOverridePath);
    }
    std::string path = pluginDataDir;
    if (!path.empty() && path.back() != '/') path += '/';
    return load(path + kDefaultFileName);
}

const Theme* Taxonomy::find(std::string_view id) const {
    for (const Theme& theme : themes_)
        if (theme.id == id) return &theme;
    return nullptr;
}

}  // namespace findings::classify
