// `findings plugins [--json]`: what is loaded, from where, and what failed to load and why.
#include "commands.hpp"

#include <findings/format/json_text.hpp>

#include <iostream>

namespace findings::cli {
namespace {

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& s : items) out += (out.empty() ? "" : ",") + s;
    return out;
}

void printJson(const Session& s) {
    findings::JsonText j(2);
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
    j.key("shadowed");
    j.beginArray();
    for (const auto& sh : s.registry.shadowed()) {
        j.beginObject();
        j.field("path", sh.path);
        j.field("id", sh.id);
        j.field("by", sh.by);
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
        // Names, paths and reasons come from plugin files and folders: printed terminal-safe.
        auto say = [](const std::string& line) { std::cout << core::terminalSafe(line) << "\n"; };
        for (const auto& p : s.registry.plugins()) {
            say(p->id() + " " + p->version() + "  (ABI " + p->sdkVersionText() + ")  " + p->name());
            say("    " + p->path);
            for (const auto& r : s.registry.importers())
                if (r.plugin == p.get())
                    say("    importer  " + r.id() + "  [" + joined(r.extensions()) + "]  " + r.name());
            for (const auto& r : s.registry.exporters())
                if (r.plugin == p.get())
                    say("    exporter  " + r.id() + "  [" + joined(r.extensions()) + "]  " + r.name());
        }
        if (s.registry.plugins().empty()) {
            say("No plugins found. Searched:");
            for (const auto& d : s.registry.searchedFolders()) say("    " + d);
        }
        for (const auto& f : s.registry.failures()) say("failed  " + f.path + ": " + f.reason);
        for (const auto& sh : s.registry.shadowed())
            say("shadowed  " + sh.path + ": " + sh.id + " is loaded from " + sh.by);
    }
    return 0;
}

}  // namespace findings::cli
