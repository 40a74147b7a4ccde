#include <findings/core/export_service.hpp>

#include <findings/core/atomic_file.hpp>
#include <findings/sdk/convert.hpp>

#include <Poco/Path.h>

#include <cstdlib>
#include <memory>

namespace findings::core {

namespace {

std::string lowerExtension(const std::string& path) {
    std::string ext = Poco::Path(path).getExtension();
    for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext;
}

/// The read-only view an exporter receives.
struct SetView {
    const FindingsSet& set;
    const ThemeLabels* themes;
    fnd_view table{};
    std::string labelScratch;

    SetView(const FindingsSet& s, const ThemeLabels* t) : set(s), themes(t) {
        table.struct_size = sizeof table;
        table.ctx = this;
        table.source_count = [](void* ctx) { return static_cast<SetView*>(ctx)->set.sources.size(); };
        table.finding_count = [](void* ctx) {
            return static_cast<SetView*>(ctx)->set.findings.size();
        };
        table.get_source = [](void* ctx, size_t i, fnd_source* out) -> fnd_status {
            auto* self = static_cast<SetView*>(ctx);
            if (!out || i >= self->set.sources.size()) return FND_ERR_INVALID_INPUT;
            // Arrays stay valid until the next get on this thread, as plugin.h promises.
            thread_local std::unique_ptr<CSource> scratch;
            scratch = std::make_unique<CSource>(self->set.sources[i]);
            detail::copyPrefix(*scratch->get(), out);
            return FND_OK;
        };
        table.get_finding = [](void* ctx, size_t i, fnd_finding* out) -> fnd_status {
            auto* self = static_cast<SetView*>(ctx);
            if (!out || i >= self->set.findings.size()) return FND_ERR_INVALID_INPUT;
            thread_local std::unique_ptr<CFinding> scratch;
            scratch = std::make_unique<CFinding>(self->set.findings[i]);
            detail::copyPrefix(*scratch->get(), out);
            return FND_OK;
        };
        table.find_source = [](void* ctx, fnd_str id) -> int64_t {
            return static_cast<SetView*>(ctx)->set.findSource(toView(id));
        };
        table.theme_label = [](void* ctx, fnd_str id) -> fnd_str {
            auto* self = static_cast<SetView*>(ctx);
            if (!self->themes) return id;
            self->labelScratch = self->themes->label(toView(id));
            return toC(self->labelScratch);
        };
    }
};

std::string tempDir() {
    const char* t = std::getenv("TMPDIR");
    return t && *t ? t : "/tmp";
}

}  // namespace

ExporterEntry chooseExporter(const PluginRegistry& registry, const std::string& target,
                           const std::string& exporterId, std::string& error) {
    if (!exporterId.empty()) {
        ExporterEntry ref = registry.findExporter(exporterId);
        if (ref.plugin) return ref;
        // Accept a bare extension too: --to csv.
        std::vector<ExporterEntry> byExt;
        for (const auto& r : registry.exporters())
            for (const auto& e : r.extensions())
                if (e == exporterId) byExt.push_back(r);
        if (byExt.size() == 1) return byExt.front();
        error = "no exporter with id " + exporterId;
        return {nullptr, nullptr};
    }
    if (target == kStandardOutputName) {
        error = "standard output (-o -) has no extension to choose an exporter by; name one with --to ID";
        return {nullptr, nullptr};
    }
    const std::string ext = lowerExtension(target);
    std::vector<ExporterEntry> matches;
    for (const auto& r : registry.exporters())
        for (const auto& e : r.extensions())
            if (e == ext) matches.push_back(r);
    if (matches.size() == 1) return matches.front();
    if (matches.empty()) {
        error = "no exporter writes ." + ext + " files; choose one with --to ID";
    } else {
        error = "several exporters write ." + ext + " files (";
        for (size_t i = 0; i < matches.size(); ++i) error += (i ? ", " : "") + matches[i].id();
        error += "); choose one with --to ID";
    }
    return {nullptr, nullptr};
}

std::string exportFindings(const PluginRegistry& registry, const FindingsSet& set,
                           const std::string& target, const ExportSettings& settings) {
    if (target != kStandardOutputName)
        for (const auto& input : settings.inputs)
            if (sameFile(input, target) || Poco::Path(input).absolute().toString() ==
                                               Poco::Path(target).absolute().toString())
                return "refusing to write over the input file " + input;
    std::string error;
    ExporterEntry ref = chooseExporter(registry, target, settings.exporterId, error);
    if (!ref.plugin) return error;
    try {
        AtomicFile file(target);
        fnd_output output{};
        output.struct_size = sizeof output;
        output.ctx = &file;
        const std::string scratchDir = tempDir();
        output.path = toC(target);
        output.temp_dir = toC(scratchDir);
        output.write = [](void* ctx, const void* data, size_t size) -> int {
            return static_cast<AtomicFile*>(ctx)->write(data, size) ? 0 : 1;
        };
        const COptions options(settings.options);
        SetView view(set, settings.themes);
        CallContext context(target, *settings.diagnostics, ref.plugin->dir, settings.cancel,
                            settings.progress);
        const fnd_status status = ref.exporter->export_findings(ref.exporter, context.host(),
                                                                &view.table, options.get(), &output);
        // Words, never the code: "export failed: safety limit reached (exporter ...)".
        if (status != FND_OK)
            return std::string("export failed: ") + fnd_status_words(status) + " (exporter " +
                   ref.id() + "); no file was written";
        file.commit();
    } catch (const std::exception& e) {
        return e.what();
    }
    return {};
}

}  // namespace findings::core
