#include <findings/core/plugin_registry.hpp>
#include <findings/core/host_services.hpp>

#include <findings/check/descriptor_check.hpp>
#include <findings/sdk/convert.hpp>

#include <Poco/Exception.h>
#include <Poco/File.h>
#include <Poco/Path.h>
#include <Poco/SharedLibrary.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <set>
#include <unistd.h>

namespace findings::core {

std::string LoadedPlugin::id() const { return toString(descriptor->id); }
std::string LoadedPlugin::name() const { return toString(descriptor->name); }
std::string LoadedPlugin::version() const { return toString(descriptor->version); }
std::string LoadedPlugin::vendor() const { return toString(descriptor->vendor); }
std::string LoadedPlugin::description() const { return toString(descriptor->description); }
std::string LoadedPlugin::sdkVersionText() const {
    return std::to_string(FND_VERSION_MAJOR(descriptor->sdk_version)) + "." +
           std::to_string(FND_VERSION_MINOR(descriptor->sdk_version));
}

bool LoadedPlugin::builtIn() const {
    return toView(descriptor->id).substr(0, kBuiltInIdPrefix.size()) == kBuiltInIdPrefix;
}

namespace {
std::vector<std::string> extensionList(const fnd_str* items, size_t count) {
    std::vector<std::string> out;
    for (size_t i = 0; items && i < count; ++i) out.push_back(toString(items[i]));
    return out;
}
bool declares(const fnd_option* const* options, size_t count, std::string_view key) {
    for (size_t i = 0; options && i < count; ++i) {
        if (!options[i]) continue;
        const std::string_view name = toView(options[i]->name);
        if (name == key) return true;
        // "map.*" declares every "map.<something>".
        if (name.size() > 2 && name.substr(name.size() - 2) == ".*" &&
            key.size() > name.size() - 1 && key.substr(0, name.size() - 1) == name.substr(0, name.size() - 1))
            return true;
    }
    return false;
}

}  // namespace

bool ImporterEntry::declaresOption(std::string_view key) const {
    return declares(importer->options, importer->option_count, key);
}
bool ExporterEntry::declaresOption(std::string_view key) const {
    return declares(exporter->options, exporter->option_count, key);
}

std::string ImporterEntry::id() const { return toString(importer->id); }
std::string ImporterEntry::name() const { return toString(importer->name); }
std::vector<std::string> ImporterEntry::extensions() const {
    return extensionList(importer->extensions, importer->extension_count);
}
std::string ExporterEntry::id() const { return toString(exporter->id); }
std::string ExporterEntry::name() const { return toString(exporter->name); }
std::vector<std::string> ExporterEntry::extensions() const {
    return extensionList(exporter->extensions, exporter->extension_count);
}

std::string currentExecutablePath() {
    char buf[4096];
    ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n <= 0) return {};
    return std::string(buf, static_cast<size_t>(n));
}

std::string userDataDir() {
    const char* xdg = std::getenv("XDG_DATA_HOME");
    std::string base;
    if (xdg && *xdg) {
        base = xdg;
    } else {
        const char* home = std::getenv("HOME");
        base = std::string(home && *home ? home : ".") + "/.local/share";
    }
    return base + "/findings-studio";
}

std::vector<std::string> defaultPluginDirs(const std::string& executablePath) {
    std::vector<std::string> dirs;
    if (!executablePath.empty()) {
        Poco::Path exe(executablePath);
        Poco::Path beside(exe.parent());
        beside.popDirectory();  // bin/ -> prefix
        beside.pushDirectory("lib");
        beside.pushDirectory("findings");
        beside.pushDirectory("plugins");
        dirs.push_back(beside.toString());
    }
    if (const char* env = std::getenv("FINDINGS_PLUGIN_PATH")) {
        std::string list = env;
        size_t start = 0;
        while (start <= list.size()) {
            size_t end = list.find(':', start);
            if (end == std::string::npos) end = list.size();
            if (end > start) dirs.push_back(list.substr(start, end - start));
            start = end + 1;
        }
    }
    dirs.push_back(userDataDir() + "/plugins");
    return dirs;
}

std::vector<std::string> pluginSearchDirs(const std::vector<std::string>& explicitDirs,
                                          bool withDefaults, const std::string& executablePath) {
    std::vector<std::string> wanted = explicitDirs;
    if (withDefaults)
        for (auto& d : defaultPluginDirs(executablePath)) wanted.push_back(std::move(d));
    // A folder named twice (--plugin-dir pointing at the default one) is searched once:
    // loading it again would only report every plugin in it as a duplicate of itself.
    std::vector<std::string> dirs;
    std::set<std::string> seen;
    for (const auto& d : wanted) {
        std::error_code ec;
        const std::filesystem::path canonical = std::filesystem::weakly_canonical(d, ec);
        if (seen.insert(ec ? d : canonical.string()).second) dirs.push_back(d);
    }
    return dirs;
}

PluginRegistry::PluginRegistry() : services_(std::make_unique<HostServices>()) {}
PluginRegistry::~PluginRegistry() = default;

std::vector<std::string> PluginRegistry::pluginFilesIn(const std::string& dir) {
    folders_.push_back(dir);
    Poco::File folder(dir);
    try {
        if (!folder.exists() || !folder.isDirectory()) return {};
    } catch (const Poco::Exception&) {
        return {};  // unreadable: treated as absent, like a missing user folder
    }
    std::vector<std::string> names;
    folder.list(names);
    std::sort(names.begin(), names.end());
    const std::string suffix = FND_PLUGIN_SUFFIX;
    std::vector<std::string> files;
    for (const auto& name : names) {
        if (name.size() <= suffix.size() ||
            name.compare(name.size() - suffix.size(), suffix.size(), suffix) != 0)
            continue;
        files.push_back(Poco::Path(dir).append(name).absolute().toString());
    }
    return files;
}

void PluginRegistry::loadFolder(const std::string& dir) {
    for (const auto& file : pluginFilesIn(dir)) loadFile(file);
    services_->setTaxonomyFolders(folders_);
}

void PluginRegistry::loadFolders(const std::vector<std::string>& dirs, const PreloadCheck& check) {
    std::vector<std::string> files;
    for (const auto& dir : dirs)
        for (auto& file : pluginFilesIn(dir)) files.push_back(std::move(file));
    services_->setTaxonomyFolders(folders_);
    const std::vector<std::string> verdicts = check(files);
    for (size_t i = 0; i < files.size(); ++i) {
        if (i < verdicts.size() && !verdicts[i].empty())
            failures_.push_back({files[i], verdicts[i]});
        else
            loadFile(files[i]);
    }
}

std::string PluginRegistry::checkDescriptor(const fnd_plugin* d) const {
    return check::descriptorProblem(d);  // the SDK's rule, which the test harness applies too
}

bool PluginRegistry::loadFile(const std::string& rawPath) {
    // Poco searches the library path for bare names; always hand it an absolute path.
    const std::string path = Poco::Path(rawPath).absolute().toString();
    auto fail = [&](const std::string& reason) {
        failures_.push_back({path, reason});
        return false;
    };
    auto library = std::make_shared<Poco::SharedLibrary>();
    try {
        // Local binding keeps one plugin's symbols from resolving another's.
        library->load(path, Poco::SharedLibrary::SHLIB_LOCAL);
    } catch (const Poco::Exception& e) {
        return fail("not a loadable plugin library: " + e.displayText());
    }
    if (!library->hasSymbol(FND_ENTRY_SYMBOL)) {
        for (int major = 0; major <= 9; ++major) {
            if (major == FND_SDK_VERSION_MAJOR) continue;
            const std::string other = "findings_plugin_entry_v" + std::to_string(major);
            if (library->hasSymbol(other))
                return fail("built for SDK " + std::to_string(major) +
                            ".x (exports " + other + "), but this host speaks SDK " +
                            std::to_string(FND_SDK_VERSION_MAJOR) + "." +
                            std::to_string(FND_SDK_VERSION_MINOR));
        }
        return fail(std::string("no entry symbol ") + FND_ENTRY_SYMBOL +
                    ": not a Findings Studio plugin");
    }
    auto entry = reinterpret_cast<fnd_entry_fn>(library->getSymbol(FND_ENTRY_SYMBOL));
    const fnd_plugin* descriptor = entry(FND_SDK_VERSION);
    if (std::string problem = checkDescriptor(descriptor); !problem.empty()) return fail(problem);

    const std::string id = toString(descriptor->id);
    const std::string dir = Poco::Path(path).parent().toString();
    for (const auto& p : plugins_) {
        if (p->id() != id) continue;
        // From an earlier folder of the search order: that copy was meant to win.
        if (Poco::Path(p->path).parent().toString() != dir) {
            shadowed_.push_back({path, id, p->path});
            return false;
        }
        return fail("duplicate plugin id " + id + " (already loaded from " + p->path + ")");
    }
    std::set<std::string> known;
    for (const auto& r : importers()) known.insert(r.id());
    for (const auto& r : exporters()) known.insert(r.id());
    for (size_t i = 0; i < descriptor->importer_count; ++i)
        if (known.count(toString(descriptor->importers[i]->id)))
            return fail("duplicate importer id " + toString(descriptor->importers[i]->id));
    for (size_t i = 0; i < descriptor->exporter_count; ++i)
        if (known.count(toString(descriptor->exporters[i]->id)))
            return fail("duplicate exporter id " + toString(descriptor->exporters[i]->id));

    auto plugin = std::make_unique<LoadedPlugin>();
    plugin->path = path;
    plugin->dir = dir;
    if (!plugin->dir.empty() && plugin->dir.back() == '/') plugin->dir.pop_back();
    plugin->descriptor = descriptor;
    plugin->library = std::move(library);
    plugins_.push_back(std::move(plugin));
    return true;
}

std::vector<ImporterEntry> PluginRegistry::importers() const {
    std::vector<ImporterEntry> out;
    for (const auto& p : plugins_)
        for (size_t i = 0; i < p->descriptor->importer_count; ++i)
            out.push_back({p.get(), p->descriptor->importers[i]});
    return out;
}

std::vector<ExporterEntry> PluginRegistry::exporters() const {
    std::vector<ExporterEntry> out;
    for (const auto& p : plugins_)
        for (size_t i = 0; i < p->descriptor->exporter_count; ++i)
            out.push_back({p.get(), p->descriptor->exporters[i]});
    return out;
}

ImporterEntry PluginRegistry::findImporter(std::string_view id) const {
    for (const auto& r : importers())
        if (r.id() == id) return r;
    return {nullptr, nullptr};
}

ExporterEntry PluginRegistry::findExporter(std::string_view id) const {
    for (const auto& r : exporters())
        if (r.id() == id) return r;
    return {nullptr, nullptr};
}

}  // namespace findings::core
