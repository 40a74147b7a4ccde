#include <findings/check/descriptor_check.hpp>

#include <findings/sdk/convert.hpp>

#include <cstddef>
#include <cstdlib>
#include <set>

namespace findings::check {

std::string descriptorProblem(const fnd_plugin* d) {
    if (!d) return "the entry point returned no descriptor (the plugin refused this host)";
    if (d->struct_size < offsetof(fnd_plugin, exporter_count) + sizeof d->exporter_count)
        return "the plugin descriptor is too small (" + std::to_string(d->struct_size) +
               " bytes): not built with this SDK";
    const uint32_t major = FND_VERSION_MAJOR(d->sdk_version);
    if (major != FND_SDK_VERSION_MAJOR)
        return "built for SDK " + std::to_string(major) + "." +
               std::to_string(FND_VERSION_MINOR(d->sdk_version)) + ", but this host speaks SDK " +
               std::to_string(FND_SDK_VERSION_MAJOR) + "." +
               std::to_string(FND_SDK_VERSION_MINOR);
    if (toView(d->id).empty()) return "the plugin has no id";
    for (size_t i = 0; i < d->importer_count; ++i) {
        const fnd_importer* im = d->importers ? d->importers[i] : nullptr;
        if (!im || im->struct_size < offsetof(fnd_importer, user) || toView(im->id).empty() ||
            !im->identify || !im->import)
            return "importer " + std::to_string(i) + " is incomplete (no id or functions)";
    }
    for (size_t i = 0; i < d->exporter_count; ++i) {
        const fnd_exporter* ex = d->exporters ? d->exporters[i] : nullptr;
        if (!ex || ex->struct_size < offsetof(fnd_exporter, user) || toView(ex->id).empty() ||
            !ex->export_findings)
            return "exporter " + std::to_string(i) + " is incomplete (no id or function)";
    }
    return {};
}

namespace {
bool wholeNumber(const std::string& text) {
    if (text.empty()) return false;
    char* end = nullptr;
    std::strtoll(text.c_str(), &end, 10);
    return *end == '\0';
}
}  // namespace

std::vector<std::string> optionProblems(const std::string& owner, const fnd_option* const* options,
                                        std::size_t count) {
    std::vector<std::string> out;
    if (count && !options) return {owner + " declares " + std::to_string(count) + " options but no list of them"};
    std::set<std::string> names;
    for (std::size_t i = 0; i < count; ++i) {
        const fnd_option* o = options[i];
        const std::string at = owner + " option #" + std::to_string(i + 1);
        if (!o || o->struct_size < offsetof(fnd_option, choice_count) + sizeof o->choice_count) {
            out.push_back(at + " is missing or too small to read");
            continue;
        }
        const std::string name = toString(o->name);
        const std::string said = name.empty() ? at : owner + " option \"" + name + "\"";
        if (name.empty()) out.push_back(at + " has no name");
        else if (!names.insert(name).second) out.push_back(said + " is declared twice");
        if (name.find_first_of(" =\t\n") != std::string::npos)
            out.push_back(said + " has a space or '=' in its name, so --option " + name + "=... cannot set it");
        if (toView(o->help).empty()) out.push_back(said + " has no help text (a form shows it beside the field)");
        const std::string fallback = toString(o->default_value);
        switch (o->type) {
        case FND_OPT_STRING:
        case FND_OPT_PATH:
            break;
        case FND_OPT_BOOL:
            if (!fallback.empty() && fallback != "true" && fallback != "false")
                out.push_back(said + " is a boolean whose default \"" + fallback + "\" is not true or false");
            break;
        case FND_OPT_INT:
            if (!fallback.empty() && !wholeNumber(fallback))
                out.push_back(said + " is an integer whose default \"" + fallback + "\" is not a whole number");
            break;
        case FND_OPT_CHOICE: {
            if (!o->choices || o->choice_count == 0) {
                out.push_back(said + " is a choice with no choices");
                break;
            }
            bool found = fallback.empty();
            for (std::size_t c = 0; c < o->choice_count; ++c) found = found || toString(o->choices[c]) == fallback;
            if (!found) out.push_back(said + " has the default \"" + fallback + "\", which is not one of its choices");
            break;
        }
        default:
            out.push_back(said + " has the unknown type " + std::to_string(static_cast<int>(o->type)));
        }
    }
    return out;
}

}  // namespace findings::check
