// findings/sdk/entry.hpp — write a plugin as ordinary C++ classes.
//
//   class MyImporter : public findings::Importer {
//   public:
//       MyImporter() : Importer({"org.example.md", "Markdown findings", "...", {"md"}, {}}) {}
//       findings::Identification identify(const findings::IdentifyCall&) const override;
//       void import(findings::ImportCall& call) override;
//   };
//   static findings::Plugin define() {
//       findings::Plugin p({"org.example", "Example", "1.0.0", "Example Ltd", "..."});
//       p.add<MyImporter>();
//       return p;
//   }
//   FINDINGS_PLUGIN(define)
//
// FINDINGS_PLUGIN generates the one exported C entry point. Every C trampoline generated
// here is noexcept and turns any exception into a diagnostic plus a status code.
#pragma once

#include <findings/plugin.h>
#include <findings/sdk/services.hpp>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>
#include <type_traits>
#include <string>
#include <vector>

namespace findings {

/// A declared option: what a GUI needs to draw a form field for it.
struct OptionSpec {
    std::string name;
    fnd_option_type type = FND_OPT_STRING;
    std::string default_value;
    std::string help;
    std::vector<std::string> choices;

    static OptionSpec string(std::string name, std::string def, std::string help) {
        return {std::move(name), FND_OPT_STRING, std::move(def), std::move(help), {}};
    }
    static OptionSpec boolean(std::string name, bool def, std::string help) {
        return {std::move(name), FND_OPT_BOOL, def ? "true" : "false", std::move(help), {}};
    }
    static OptionSpec integer(std::string name, long long def, std::string help) {
        return {std::move(name), FND_OPT_INT, std::to_string(def), std::move(help), {}};
    }
    static OptionSpec path(std::string name, std::string help) {
        return {std::move(name), FND_OPT_PATH, {}, std::move(help), {}};
    }
    static OptionSpec choice(std::string name, std::vector<std::string> choices,
                             std::string def, std::string help) {
        return {std::move(name), FND_OPT_CHOICE, std::move(def), std::move(help),
                std::move(choices)};
    }
};

/// What an importer or exporter says about itself.
struct ComponentInfo {
    std::string id;          ///< reverse-DNS, unique across all plugins
    std::string name;        ///< for people
    std::string description; ///< one or two sentences
    std::vector<std::string> extensions; ///< lower case, no dot
    std::vector<OptionSpec> options;
};

/// An importer's answer to "is this file yours?".
struct Identification {
    int confidence = FND_IDENTIFY_UNKNOWN; ///< FND_IDENTIFY_UNKNOWN or 0..100
    std::string reason;                    ///< short: "zip container with xl/workbook.xml"

    static Identification unknown() { return {}; }
    static Identification of(int confidence, std::string reason) {
        return {confidence, std::move(reason)};
    }
};

/// The arguments of identify: the path and the bytes already read from the file's start.
struct IdentifyCall {
    Host host;
    std::string_view path;
    std::string_view head;
};

/// The arguments of an import call.
struct ImportCall {
    Host host;
    Input input;
    Options options;
    Sink sink;
};

/// The arguments of a document_text call (the FND_EXT_DOCUMENT_TEXT extension).
struct DocumentTextCall {
    Host host;
    Input input;
    Options options;
    TextOut out;
};

/// The arguments of a preview call (the FND_EXT_PREVIEW extension).
struct PreviewCall {
    Host host;
    Input input;
    Options options;
    size_t maxRows; ///< report at most this many rows
    PreviewOut out;
};

/// The arguments of an export call.
struct ExportCall {
    Host host;
    View view;
    Options options;
    Output output;
};

/// Base of a C++ importer. One instance serves every call, possibly from several threads
/// at once: keep per-call state in locals, not members.
class Importer {
public:
    explicit Importer(ComponentInfo info) : info_(std::move(info)) {}
    virtual ~Importer() = default;
    const ComponentInfo& info() const { return info_; }

    /// Cheap recognition from the path and the file's first bytes only.
    virtual Identification identify(const IdentifyCall& call) const = 0;
    /// Reads call.input and emits records to call.sink; reports failure by throwing Error.
    virtual void import(ImportCall& call) = 0;

private:
    ComponentInfo info_;
};

/// An importer that can also give the document's text (the FND_EXT_DOCUMENT_TEXT extension):
/// derive from both Importer and this, and the host's source view shows each finding where it
/// stands. Write the text whose lines the findings' locations count (plugin.h,
/// fnd_document_text_ext): the same reading of the input as import's.
class DocumentTextSource {
public:
    virtual ~DocumentTextSource() = default;
    /// Reads call.input and writes its text to call.out; reports failure by throwing Error.
    virtual void documentText(DocumentTextCall& call) = 0;
};

/// A table importer that can also preview what it would read (the FND_EXT_PREVIEW
/// extension): derive from both Importer and this. Report the table, its first rows and the
/// column chosen for each field, reading call.options as import does (plugin.h,
/// fnd_preview_ext).
class PreviewSource {
public:
    virtual ~PreviewSource() = default;
    /// Reads the start of call.input and reports to call.out; reports failure by throwing Error.
    virtual void preview(PreviewCall& call) = 0;
};

/// Base of a C++ exporter. One instance serves every call.
class Exporter {
public:
    explicit Exporter(ComponentInfo info) : info_(std::move(info)) {}
    virtual ~Exporter() = default;
    const ComponentInfo& info() const { return info_; }

    /// Writes call.view to call.output; reports failure by throwing Error. The host discards
    /// the output unless this returns normally.
    virtual void exportFindings(ExportCall& call) = 0;

private:
    ComponentInfo info_;
};

/// What the plugin says about itself.
struct PluginInfo {
    std::string id;
    std::string name;
    std::string version;
    std::string vendor;
    std::string description;
};

namespace detail {

/// Runs `body`, turning every exception into a diagnostic and a status.
template <typename Body>
fnd_status guarded(const fnd_host* host, Body&& body) noexcept {
    try {
        body();
        return FND_OK;
    } catch (const StopRequested&) {
        return FND_ERR_STOPPED;
    } catch (const Error& e) {
        if (e.status() != FND_ERR_CANCELLED) Host(host).error("plugin-error", e.what());
        return e.status();
    } catch (const std::bad_alloc&) {
        Host(host).error("out-of-memory", "the plugin ran out of memory");
        return FND_ERR_LIMIT;
    } catch (const std::exception& e) {
        Host(host).error("plugin-exception", std::string("unexpected error: ") + e.what());
        return FND_ERR_INTERNAL;
    } catch (...) {
        Host(host).error("plugin-exception", "unexpected non-standard exception");
        return FND_ERR_INTERNAL;
    }
}

/// C descriptors built from a ComponentInfo; owns every array the descriptors point to.
struct CComponent {
    std::vector<fnd_str> extensions;
    std::vector<std::vector<fnd_str>> choices;
    std::vector<fnd_option> options;
    std::vector<const fnd_option*> option_ptrs;

    explicit CComponent(const ComponentInfo& info) {
        for (const auto& e : info.extensions) extensions.push_back(toC(e));
        for (const auto& o : info.options) {
            std::vector<fnd_str> c;
            for (const auto& ch : o.choices) c.push_back(toC(ch));
            choices.push_back(std::move(c));
        }
        for (size_t i = 0; i < info.options.size(); ++i) {
            const OptionSpec& o = info.options[i];
            fnd_option c{};
            c.struct_size = sizeof c;
            c.name = toC(o.name);
            c.type = o.type;
            c.default_value = toC(o.default_value);
            c.help = toC(o.help);
            c.choices = choices[i].data();
            c.choice_count = choices[i].size();
            options.push_back(c);
        }
        for (const auto& o : options) option_ptrs.push_back(&o);
    }
};

inline int identifyTrampoline(const fnd_importer* self, const fnd_host* host, fnd_str path,
                              const void* head, size_t head_size,
                              fnd_reason_buffer reason) noexcept {
    int confidence = FND_IDENTIFY_UNKNOWN;
    fnd_status status = guarded(host, [&] {
        auto* importer = static_cast<Importer*>(self->user);
        IdentifyCall call{Host(host), toView(path),
                          std::string_view(static_cast<const char*>(head), head_size)};
        Identification id = importer->identify(call);
        confidence = id.confidence;
        if (reason.data && reason.capacity) {
            size_t n = std::min(id.reason.size(), reason.capacity - 1);
            std::memcpy(reason.data, id.reason.data(), n);
            reason.data[n] = '\0';
        }
    });
    return status == FND_OK ? confidence : FND_IDENTIFY_UNKNOWN;
}

inline fnd_status importTrampoline(const fnd_importer* self, const fnd_host* host,
                                   const fnd_input* input, const fnd_options* options,
                                   const fnd_sink* sink) noexcept {
    return guarded(host, [&] {
        ImportCall call{Host(host), Input(input), Options(options), Sink(sink)};
        static_cast<Importer*>(self->user)->import(call);
    });
}

inline fnd_status documentTextTrampoline(const fnd_importer* self, const fnd_host* host,
                                         const fnd_input* input, const fnd_options* options,
                                         const fnd_text_out* out) noexcept {
    return guarded(host, [&] {
        DocumentTextCall call{Host(host), Input(input), Options(options), TextOut(out)};
        dynamic_cast<DocumentTextSource&>(*static_cast<Importer*>(self->user)).documentText(call);
    });
}

inline fnd_status previewTrampoline(const fnd_importer* self, const fnd_host* host, const fnd_input* input,
                                    const fnd_options* options, size_t max_rows,
                                    const fnd_preview_out* out) noexcept {
    return guarded(host, [&] {
        PreviewCall call{Host(host), Input(input), Options(options), max_rows, PreviewOut(out)};
        dynamic_cast<PreviewSource&>(*static_cast<Importer*>(self->user)).preview(call);
    });
}

/// fnd_importer.get_extension: the extensions a C++ importer offers are the interfaces it
/// derives from.
inline const void* importerExtension(const fnd_importer* self, const char* id) noexcept {
    static const fnd_document_text_ext documentText{sizeof(fnd_document_text_ext), &documentTextTrampoline};
    static const fnd_preview_ext preview{sizeof(fnd_preview_ext), &previewTrampoline};
    if (!id || !self) return nullptr;
    const std::string_view name(id);
    auto* importer = static_cast<Importer*>(self->user);
    if (name == FND_EXT_DOCUMENT_TEXT && dynamic_cast<DocumentTextSource*>(importer)) return &documentText;
    if (name == FND_EXT_PREVIEW && dynamic_cast<PreviewSource*>(importer)) return &preview;
    return nullptr;
}

/// fnd_exporter.get_extension: no exporter extension is defined yet.
inline const void* exporterExtension(const fnd_exporter*, const char*) noexcept { return nullptr; }

inline fnd_status exportTrampoline(const fnd_exporter* self, const fnd_host* host,
                                   const fnd_view* view, const fnd_options* options,
                                   const fnd_output* output) noexcept {
    return guarded(host, [&] {
        ExportCall call{Host(host), View(view), Options(options), Output(output)};
        static_cast<Exporter*>(self->user)->exportFindings(call);
    });
}

}  // namespace detail

/// A plugin: its description and the importers and exporters it offers. Built once, the
/// first time the host calls the entry point, and kept for the life of the library.
class Plugin {
public:
    explicit Plugin(PluginInfo info) : info_(std::move(info)) {}

    /// Adds an importer of type T (constructed with `args`).
    template <typename T, typename... Args>
    Plugin& add(Args&&... args) {
        using Base = std::conditional_t<std::is_base_of_v<Importer, T>, Importer, Exporter>;
        static_assert(std::is_base_of_v<Importer, T> || std::is_base_of_v<Exporter, T>,
                      "add<T>() takes an Importer or an Exporter");
        auto object = std::make_shared<T>(std::forward<Args>(args)...);
        if constexpr (std::is_same_v<Base, Importer>)
            importers_.push_back(object);
        else
            exporters_.push_back(object);
        return *this;
    }

    /// The C descriptor; builds it on first use. Valid while this Plugin lives.
    const fnd_plugin* descriptor() {
        if (built_) return &plugin_;
        for (auto& i : importers_) {
            components_.push_back(std::make_unique<detail::CComponent>(i->info()));
            const detail::CComponent& c = *components_.back();
            fnd_importer d{};
            d.struct_size = sizeof d;
            d.id = toC(i->info().id);
            d.name = toC(i->info().name);
            d.description = toC(i->info().description);
            d.extensions = c.extensions.data();
            d.extension_count = c.extensions.size();
            d.options = c.option_ptrs.data();
            d.option_count = c.option_ptrs.size();
            d.identify = &detail::identifyTrampoline;
            d.import = &detail::importTrampoline;
            d.user = i.get();
            d.get_extension = &detail::importerExtension;
            importer_structs_.push_back(std::make_unique<fnd_importer>(d));
        }
        for (auto& e : exporters_) {
            components_.push_back(std::make_unique<detail::CComponent>(e->info()));
            const detail::CComponent& c = *components_.back();
            fnd_exporter d{};
            d.struct_size = sizeof d;
            d.id = toC(e->info().id);
            d.name = toC(e->info().name);
            d.description = toC(e->info().description);
            d.extensions = c.extensions.data();
            d.extension_count = c.extensions.size();
            d.options = c.option_ptrs.data();
            d.option_count = c.option_ptrs.size();
            d.export_findings = &detail::exportTrampoline;
            d.user = e.get();
            d.get_extension = &detail::exporterExtension;
            exporter_structs_.push_back(std::make_unique<fnd_exporter>(d));
        }
        for (auto& p : importer_structs_) importer_ptrs_.push_back(p.get());
        for (auto& p : exporter_structs_) exporter_ptrs_.push_back(p.get());
        plugin_ = fnd_plugin{};
        plugin_.struct_size = sizeof plugin_;
        plugin_.sdk_version = FND_SDK_VERSION;
        plugin_.id = toC(info_.id);
        plugin_.name = toC(info_.name);
        plugin_.version = toC(info_.version);
        plugin_.vendor = toC(info_.vendor);
        plugin_.description = toC(info_.description);
        plugin_.importers = importer_ptrs_.data();
        plugin_.importer_count = importer_ptrs_.size();
        plugin_.exporters = exporter_ptrs_.data();
        plugin_.exporter_count = exporter_ptrs_.size();
        built_ = true;
        return &plugin_;
    }

    const PluginInfo& info() const { return info_; }

private:
    PluginInfo info_;
    std::vector<std::shared_ptr<Importer>> importers_;
    std::vector<std::shared_ptr<Exporter>> exporters_;
    std::vector<std::unique_ptr<detail::CComponent>> components_;
    std::vector<std::unique_ptr<fnd_importer>> importer_structs_;
    std::vector<std::unique_ptr<fnd_exporter>> exporter_structs_;
    std::vector<const fnd_importer*> importer_ptrs_;
    std::vector<const fnd_exporter*> exporter_ptrs_;
    fnd_plugin plugin_{};
    bool built_ = false;
};

namespace detail {

/// Builds the plugin once (thread-safe static) and returns its descriptor; a definition that
/// throws makes the entry return NULL, which the host reports as a refused plugin.
template <typename DefineFn>
const fnd_plugin* entryFor(DefineFn define) noexcept {
    try {
        static Plugin plugin = define();
        return plugin.descriptor();
    } catch (const std::exception& e) {
        std::fprintf(stderr, "findings plugin: definition failed: %s\n", e.what());
        return nullptr;
    } catch (...) {
        std::fprintf(stderr, "findings plugin: definition failed\n");
        return nullptr;
    }
}

}  // namespace detail
}  // namespace findings

/// Exports the plugin's entry point (named for the major version of the header it is built
/// with: FND_PLUGIN_ENTRY). `DEFINE` is a function returning a findings::Plugin.
#define FINDINGS_PLUGIN(DEFINE)                                  \
    FND_PLUGIN_ENTRY(host_version) noexcept {                    \
        (void)host_version;                                      \
        return ::findings::detail::entryFor(&DEFINE);            \
    }
