#include <findings/plugin_check/runs.hpp>

#include <findings/sdk/convert.hpp>

#include <chrono>
#include <cstdlib>
#include <memory>

namespace findings::plugin_check {

namespace {

/// The read-only view an exporter receives, over two vectors.
struct RecordsView {
    const std::vector<Source>& sources;
    const std::vector<Finding>& findings;
    fnd_view table{};

    RecordsView(const std::vector<Source>& s, const std::vector<Finding>& f) : sources(s), findings(f) {
        table.struct_size = sizeof table;
        table.ctx = this;
        table.source_count = [](void* ctx) { return static_cast<RecordsView*>(ctx)->sources.size(); };
        table.finding_count = [](void* ctx) { return static_cast<RecordsView*>(ctx)->findings.size(); };
        table.get_source = [](void* ctx, size_t i, fnd_source* out) -> fnd_status {
            auto* self = static_cast<RecordsView*>(ctx);
            if (!out || i >= self->sources.size()) return FND_ERR_INVALID_INPUT;
            // Arrays stay valid until the next get on this thread, as plugin.h promises.
            thread_local std::unique_ptr<CSource> scratch;
            scratch = std::make_unique<CSource>(self->sources[i]);
            detail::copyPrefix(*scratch->get(), out);
            return FND_OK;
        };
        table.get_finding = [](void* ctx, size_t i, fnd_finding* out) -> fnd_status {
            auto* self = static_cast<RecordsView*>(ctx);
            if (!out || i >= self->findings.size()) return FND_ERR_INVALID_INPUT;
            thread_local std::unique_ptr<CFinding> scratch;
            scratch = std::make_unique<CFinding>(self->findings[i]);
            detail::copyPrefix(*scratch->get(), out);
            return FND_OK;
        };
        table.find_source = [](void* ctx, fnd_str id) -> int64_t {
            auto* self = static_cast<RecordsView*>(ctx);
            for (size_t i = 0; i < self->sources.size(); ++i)
                if (self->sources[i].id == toView(id)) return static_cast<int64_t>(i);
            return -1;
        };
        // No taxonomy in a test: a theme's label is its id.
        table.theme_label = [](void*, fnd_str id) -> fnd_str { return id; };
    }
};

/// An fnd_output into memory that notes the thread of each write.
struct MemoryOutput {
    ExportRun& run;
    MockHost& host;
    std::string path, tempDir;
    fnd_output table{};

    MemoryOutput(ExportRun& r, MockHost& h, std::string p) : run(r), host(h), path(std::move(p)) {
        const char* t = std::getenv("TMPDIR");
        tempDir = t && *t ? t : "/tmp";
        table.struct_size = sizeof table;
        table.ctx = this;
        table.path = toC(path);
        table.temp_dir = toC(tempDir);
        table.write = [](void* ctx, const void* data, size_t size) -> int {
            auto* self = static_cast<MemoryOutput*>(ctx);
            if (!self->host.noteThread()) ++self->run.otherThreadOutputCalls;
            self->run.output.append(static_cast<const char*>(data), size);
            return 0;
        };
    }
};

}  // namespace

ExportRun runExport(const fnd_exporter& exporter, const std::vector<Source>& sources,
                    const std::vector<Finding>& findings, const Properties& options,
                    const std::string& targetPath, const std::string& pluginDir) {
    const COptions table(options);
    MockHost host(pluginDir);
    ExportRun run;
    RecordsView view(sources, findings);
    MemoryOutput output(run, host, targetPath);
    const auto start = std::chrono::steady_clock::now();
    run.status = exporter.export_findings(&exporter, host.host(), &view.table, table.get(), &output.table);
    run.milliseconds =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    run.diagnostics = host.diagnostics();
    run.otherThreadHostCalls = host.otherThreadCalls() - run.otherThreadOutputCalls;
    return run;
}

}  // namespace findings::plugin_check
