#include <findings/core/profiles.hpp>

#include <findings/core/atomic_file.hpp>
#include <findings/format/json_text.hpp>
#include <findings/core/plugin_registry.hpp>

#include <findings/format/json_reader.hpp>

#include <Poco/File.h>

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace findings::core {

std::string profilesDir() { return userDataDir() + "/profiles"; }

ImportProfile loadProfile(const std::string& nameOrFile) {
    std::string path = nameOrFile;
    if (!Poco::File(path).exists()) path = profilesDir() + "/" + nameOrFile + ".json";
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error("no import profile '" + nameOrFile + "' (neither a file nor " +
                                 path + ")");
    std::stringstream text;
    text << in.rdbuf();
    ImportProfile p;
    try {
        // The strict reader: a key given twice is an error, not a silent last-one-wins.
        const JsonValue root = parseJson(text.str());
        auto member = [&](const char* key, const std::string& fallback) {
            const JsonValue* v = root.find(key);
            if (!v || v->isNull()) return fallback;
            if (!v->isString()) throw std::runtime_error(std::string("\"") + key + "\" should be text");
            return v->text;
        };
        if (!root.isObject() || member("profile", "") != "findings-import-profile")
            throw std::runtime_error("not an import profile (no \"profile\": "
                                     "\"findings-import-profile\")");
        p.name = member("name", nameOrFile);
        p.importer = member("importer", "");
        if (const JsonValue* options = root.find("options"); options && options->isObject())
            for (size_t i = 0; i < options->keys.size(); ++i) {
                const JsonValue& v = options->values[i];
                // Options are text; numbers and booleans are taken as written.
                if (v.isObject() || v.isArray() || v.isNull())
                    throw std::runtime_error("option \"" + options->keys[i] + "\" should be text");
                p.options.emplace_back(options->keys[i],
                                       v.type == JsonValue::Type::Bool ? (v.boolean ? "true" : "false") : v.text);
            }
    } catch (const std::runtime_error& e) {
        throw std::runtime_error(path + ": " + e.what());
    }
    return p;
}

std::string saveProfile(const ImportProfile& profile, const std::string& path) {
    std::string target = path;
    if (target.empty()) {
        Poco::File(profilesDir()).createDirectories();
        target = profilesDir() + "/" + profile.name + ".json";
    }
    JsonText j(2);
    j.beginObject();
    j.field("profile", std::string("findings-import-profile"));
    j.field("version", std::int64_t{1});
    j.field("name", profile.name);
    if (!profile.importer.empty()) j.field("importer", profile.importer);
    j.key("options");
    j.beginObject();
    for (const auto& [k, v] : profile.options) j.field(k, v);
    j.endObject();
    j.endObject();
    std::string text = j.take() + "\n";
    AtomicFile file(target);
    file.write(text.data(), text.size());
    file.commit();
    return target;
}

}  // namespace findings::core
