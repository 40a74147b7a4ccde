#include <findings/plugin_check/plugin_library.hpp>

#include <findings/check/descriptor_check.hpp>
#include <findings/sdk/convert.hpp>

#include <dlfcn.h>

namespace findings::plugin_check {

PluginLibrary::PluginLibrary(const std::string& path) : path_(path) {
    // A bare name would be searched on the library path: name the file itself.
    const std::string file = path.find('/') == std::string::npos ? "./" + path : path;
    // Local and immediate binding: a missing symbol is a load error here, not a crash later.
    handle_ = ::dlopen(file.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle_) {
        const char* why = ::dlerror();
        throw LoadError("not a loadable plugin library: " + std::string(why ? why : path));
    }
    auto entry = reinterpret_cast<fnd_entry_fn>(::dlsym(handle_, FND_ENTRY_SYMBOL));
    if (!entry) {
        ::dlclose(handle_);
        throw LoadError(std::string("no entry symbol ") + FND_ENTRY_SYMBOL +
                        ": not a Findings Studio plugin of SDK " +
                        std::to_string(FND_SDK_VERSION_MAJOR) + ".x");
    }
    descriptor_ = entry(FND_SDK_VERSION);
    const std::string problem = check::descriptorProblem(descriptor_);
    if (!problem.empty()) {
        ::dlclose(handle_);
        throw LoadError(problem);
    }
}

PluginLibrary::~PluginLibrary() {
    if (handle_) ::dlclose(handle_);
}

std::string PluginLibrary::folder() const {
    const size_t slash = path_.rfind('/');
    return slash == std::string::npos ? "." : path_.substr(0, slash);
}

const fnd_importer* PluginLibrary::importer(const std::string& id) const {
    for (size_t i = 0; i < descriptor_->importer_count; ++i)
        if (toView(descriptor_->importers[i]->id) == id) return descriptor_->importers[i];
    return nullptr;
}

const fnd_exporter* PluginLibrary::exporter(const std::string& id) const {
    for (size_t i = 0; i < descriptor_->exporter_count; ++i)
        if (toView(descriptor_->exporters[i]->id) == id) return descriptor_->exporters[i];
    return nullptr;
}

}  // namespace findings::plugin_check
