// `findings plugins [--json]`: what is loaded, from where, and what failed to load and why.
#include "commands.hpp"

#include <findings/core/json_text.hpp>

#include <iostream>

namespace findings::cli {
namespace {

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& s : items) out += (out.empty() ? "" : ",") + s;
    return out;
}

void printJson(const Session& s) {
    core::JsonText j(2);
    j.beginObject();
    j.key("plugins");
    j.beginArray();
    for (const auto& p : s.registry.plugins()) {
        j.beginObject();
        j.field("id", p->id());
        j.field("name", p->name());
        j.field("version", p->version());
        j.field("vendor", p->vendor());
        j.field("abi", p->sdkVersionText());
        j.field("path", p->path);
        j.key("importers");
        j.beginArray();
        for (const auto& r : s.registry.importers())
            if (r.plugin == p.get()) {
                j.beginObject();
                j.field("id", r.id());
                j.field("name", r.name());
                j.key("extensions");
                j.beginArray();
                for (const auto& e : r.extensions()) j.value(e);
                j.endArray();
                j.endObject();
            }
        j.endArray();
        j.key("exporters");
        j.beginArray();
        for (const auto& r : s.registry.exporters())
            if (r.plugin == p.get()) {
                j.beginObject();
                j.field("id", r.id());
                j.field("name", r.name());
                j.key("extensions");
                j.beginArray();
                for (const auto& e : r.extensions()) j.value(e);
                j.endArray();
                j.endObject();
            }
        j.endArray();
        j.endObject();
    }
    j.endArray();
    j.key("failures");
    j.beginArray();
    for (const auto& f : s.registry.failures()) {
        j.beginObject();
        j.field("path", f.path);
        j.field("reason", f.reason);
        j.endObject();
    }
    j.endArray();
    j.key("searched");
    j.beginArray();
    for (const auto& d : s.registry.searchedFolders()) j.value(d);
    j.endArray();
    j.endObject();
    std::cout << j.take() << '\n';
}

}  // namespace

int runPlugins(Session& s) {
    if (s.args.json) {
        printJson(s);
    } else {
        for (const auto& p : s.registry.plugins()) {
            std::cout << p->id() << " " << p->version() << "  (ABI " << p->sdkVersionText()
                      << ")  " << p->name() << "\n    " << p->path << "\n";
            for (const auto& r : s.registry.importers())
                if (r.plugin == p.get())
                    std::cout << "    importer  " << r.id() << "  [" << joined(r.extensions())
                              << "]  " << r.name() << "\n";
            for (const auto& r : s.registry.exporters())
                if (r.plugin == p.get())
                    std::cout << "    exporter  " << r.id() << "  [" << joined(r.extensions())
                              << "]  " << r.name() << "\n";
        }
        if (s.registry.plugins().empty()) {
            std::cout << "No plugins found. Searched:\n";
            for (const auto& d : s.registry.searchedFolders()) std::cout << "    " << d << "\n";
        }
        for (const auto& f : s.registry.failures())
            std::cout << "failed  " << f.path << ": " << f.reason << "\n";
    }
    return 0;
}

}  // namespace findings::cli
