#include <findings/core/profiles.hpp>

#include <findings/core/atomic_file.hpp>
#include <findings/core/json_text.hpp>
#include <findings/core/plugin_registry.hpp>

#include <Poco/File.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/ParseHandler.h>
#include <Poco/JSON/Parser.h>

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
        Poco::JSON::Parser parser(new Poco::JSON::ParseHandler(true));
        auto root = parser.parse(text.str()).extract<Poco::JSON::Object::Ptr>();
        if (root->optValue<std::string>("profile", "") != "findings-import-profile")
            throw std::runtime_error("not an import profile (no \"profile\": "
                                     "\"findings-import-profile\")");
        p.name = root->optValue<std::string>("name", nameOrFile);
        p.importer = root->optValue<std::string>("importer", "");
        if (auto options = root->getObject("options"))
            for (const auto& key : options->getNames())
                p.options.emplace_back(key, options->get(key).convert<std::string>());
    } catch (const Poco::Exception& e) {
        throw std::runtime_error(path + ": " + e.displayText());
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
