#include <findings/plugin_check/runs.hpp>

#include <findings/sdk/convert.hpp>

#include <chrono>
#include <cstdio>
#include <memory>
#include <stdexcept>

namespace findings::plugin_check {

namespace {

using Clock = std::chrono::steady_clock;

double since(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

using File = std::unique_ptr<std::FILE, int (*)(std::FILE*)>;

File open(const std::string& path) {
    File file(std::fopen(path.c_str(), "rb"), &std::fclose);
    if (!file) throw std::runtime_error("cannot open " + path);
    return file;
}

/// An fnd_input over an open file.
struct FileInput {
    std::FILE* file;
    std::string path;
    fnd_input table{};

    FileInput(std::FILE* f, std::string p) : file(f), path(std::move(p)) {
        table.struct_size = sizeof table;
        table.ctx = this;
        table.path = toC(path);
        table.read = [](void* ctx, void* buffer, size_t size) -> int64_t {
            auto* self = static_cast<FileInput*>(ctx);
            const size_t n = std::fread(buffer, 1, size, self->file);
            return n == 0 && std::ferror(self->file) ? -1 : static_cast<int64_t>(n);
        };
        table.seek = [](void* ctx, int64_t offset, int whence) -> int64_t {
            auto* self = static_cast<FileInput*>(ctx);
            const int how = whence == 0 ? SEEK_SET : whence == 1 ? SEEK_CUR : SEEK_END;
            if (std::fseek(self->file, static_cast<long>(offset), how) != 0) return -1;
            return std::ftell(self->file);
        };
        table.size = [](void* ctx) -> int64_t {
            auto* self = static_cast<FileInput*>(ctx);
            const long here = std::ftell(self->file);
            if (std::fseek(self->file, 0, SEEK_END) != 0) return -1;
            const long size = std::ftell(self->file);
            std::fseek(self->file, here, SEEK_SET);
            return size;
        };
    }
};

/// The input file and the options of one call, as the host hands them to a plugin.
struct CallArguments {
    File file;
    FileInput input;
    COptions options;
    CallArguments(const std::string& path, const Properties& given)
        : file(open(path)), input(file.get(), path), options(given) {}
};

/// A sink that keeps each record, checks it, and notes the thread that emitted it.
struct CheckingSink {
    ImportRun& run;
    MockHost& host;
    check::RecordChecker checker;
    fnd_sink table{};

    CheckingSink(ImportRun& r, MockHost& h) : run(r), host(h) {
        table.struct_size = sizeof table;
        table.ctx = this;
        table.source = [](void* ctx, const fnd_source* s) -> int {
            auto* self = static_cast<CheckingSink*>(ctx);
            if (!self->host.noteThread()) ++self->run.otherThreadSinkCalls;
            self->run.sources.push_back(fromC(*s));
            self->checker.source(self->run.sources.back());
            return 0;
        };
        table.finding = [](void* ctx, const fnd_finding* f) -> int {
            auto* self = static_cast<CheckingSink*>(ctx);
            if (!self->host.noteThread()) ++self->run.otherThreadSinkCalls;
            self->run.findings.push_back(fromC(*f));
            self->checker.finding(self->run.findings.back());
            return 0;
        };
    }
};

}  // namespace

std::string statusWords(fnd_status s) {
    // The SDK's one table of words (plugin.h); a code it does not know keeps its number here,
    // since a harness report is read by the plugin's author.
    const std::string words = fnd_status_words(s);
    return words == "unknown failure" ? "unknown status " + std::to_string(static_cast<int>(s)) : words;
}

IdentifyRun runIdentify(const fnd_importer& importer, const std::string& path,
                        const std::string& pluginDir, const HostServices& services) {
    File file = open(path);
    std::string head(kIdentifyHeadSize, '\0');
    head.resize(std::fread(&head[0], 1, head.size(), file.get()));
    if (std::ferror(file.get())) throw std::runtime_error("cannot read " + path);
    MockHost host(pluginDir, services);
    char reason[256] = {0};
    IdentifyRun run;
    const auto start = Clock::now();
    run.confidence = importer.identify(&importer, host.host(), toC(path), head.data(), head.size(),
                                       fnd_reason_buffer{reason, sizeof reason});
    run.milliseconds = since(start);
    reason[sizeof reason - 1] = '\0';
    run.reason = reason;
    run.otherThreadCalls = host.otherThreadCalls();
    return run;
}

ImportRun runImport(const fnd_importer& importer, const std::string& path,
                    const Properties& options, const std::string& pluginDir,
                    const HostServices& services) {
    const CallArguments call(path, options);
    MockHost host(pluginDir, services);
    ImportRun run;
    CheckingSink sink(run, host);
    const auto start = Clock::now();
    run.status = importer.import(&importer, host.host(), &call.input.table, call.options.get(), &sink.table);
    run.milliseconds = since(start);
    sink.checker.finish();
    run.recordProblems = sink.checker.problems();
    run.recordProblemCount = sink.checker.problemCount();
    run.diagnostics = host.diagnostics();
    run.progressCalls = host.progressCalls();
    run.classifyCalls = host.classifyCalls();
    run.otherThreadHostCalls = host.otherThreadCalls() - run.otherThreadSinkCalls;
    return run;
}

DocumentTextRun runDocumentText(const fnd_importer& importer, const std::string& path,
                                const Properties& options, const std::string& pluginDir,
                                const HostServices& services) {
    DocumentTextRun run;
    const auto* ext = static_cast<const fnd_document_text_ext*>(
        fnd_importer_extension(&importer, FND_EXT_DOCUMENT_TEXT));
    run.offered = ext && FND_HAS_FIELD(ext, fnd_document_text_ext, document_text) && ext->document_text;
    if (!run.offered) return run;
    const CallArguments call(path, options);
    MockHost host(pluginDir, services);
    struct Out {
        DocumentTextRun& run;
        MockHost& host;
        fnd_text_out table{};
    } out{run, host};
    out.table.struct_size = sizeof out.table;
    out.table.ctx = &out;
    out.table.write = [](void* ctx, fnd_str piece) -> int {
        auto* self = static_cast<Out*>(ctx);
        if (!self->host.noteThread()) ++self->run.otherThreadOutCalls;
        if (piece.size) self->run.text.append(piece.data, piece.size);
        return 0;
    };
    const auto start = Clock::now();
    run.status = ext->document_text(&importer, host.host(), &call.input.table, call.options.get(), &out.table);
    run.milliseconds = since(start);
    run.diagnostics = host.diagnostics();
    return run;
}

PreviewRun runPreview(const fnd_importer& importer, const std::string& path, const Properties& options,
                      std::size_t maxRows, const std::string& pluginDir, const HostServices& services) {
    PreviewRun run;
    const auto* ext = static_cast<const fnd_preview_ext*>(fnd_importer_extension(&importer, FND_EXT_PREVIEW));
    run.offered = ext && FND_HAS_FIELD(ext, fnd_preview_ext, preview) && ext->preview;
    if (!run.offered) return run;
    const CallArguments call(path, options);
    MockHost host(pluginDir, services);
    fnd_preview_out out{};
    out.struct_size = sizeof out;
    out.ctx = &run;
    out.table = [](void* ctx, fnd_str sheet, size_t sheetCount, int64_t headerRow) {
        auto* r = static_cast<PreviewRun*>(ctx);
        ++r->tableCalls;
        r->sheet = toString(sheet);
        r->sheetCount = sheetCount;
        r->headerRow = headerRow;
    };
    out.row = [](void* ctx, int64_t row, const fnd_str* cells, size_t count) -> int {
        auto* r = static_cast<PreviewRun*>(ctx);
        std::vector<std::string> texts;
        for (size_t i = 0; cells && i < count; ++i) texts.push_back(toString(cells[i]));
        r->rows.emplace_back(row, std::move(texts));
        return 0;
    };
    out.field = [](void* ctx, fnd_str field, fnd_str label, fnd_str header) {
        static_cast<PreviewRun*>(ctx)->fields.push_back({toString(field), toString(label), toString(header)});
    };
    const auto start = Clock::now();
    run.status = ext->preview(&importer, host.host(), &call.input.table, call.options.get(), maxRows, &out);
    run.milliseconds = since(start);
    run.diagnostics = host.diagnostics();
    return run;
}

}  // namespace findings::plugin_check
