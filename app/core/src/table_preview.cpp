#include <findings/core/table_preview.hpp>

#include <findings/check/record_check.hpp>
#include <findings/core/call_context.hpp>
#include <findings/core/file_input.hpp>
#include <findings/core/worker_pool.hpp>
#include <findings/format/input_check.hpp>
#include <findings/sdk/convert.hpp>

#include <algorithm>

namespace findings::core {

namespace {

/// Gathers what the importer reports, checking each string as a record's strings are checked.
struct PreviewCollector {
    TablePreview& preview;
    size_t maxRows;
    std::string badText; ///< the first string that is not UTF-8: where
    fnd_preview_out table{};

    PreviewCollector(TablePreview& p, size_t max) : preview(p), maxRows(max) {
        table.struct_size = sizeof table;
        table.ctx = this;
        table.table = [](void* ctx, fnd_str sheet, size_t sheetCount, int64_t headerRow) {
            auto* self = static_cast<PreviewCollector*>(ctx);
            self->preview.sheet = self->text(sheet, "the sheet name");
            self->preview.sheetCount = sheetCount;
            self->preview.headerRow = headerRow > 0 ? headerRow : kNone;
        };
        table.row = [](void* ctx, int64_t row, const fnd_str* cells, size_t count) -> int {
            auto* self = static_cast<PreviewCollector*>(ctx);
            if (self->preview.rows.size() >= self->maxRows) return 1;
            TablePreview::Row r;
            r.number = row;
            for (size_t i = 0; cells && i < std::min(count, kMaxPreviewCells); ++i)
                r.cells.push_back(self->text(cells[i], "a cell of row " + std::to_string(row)));
            self->preview.rows.push_back(std::move(r));
            return self->preview.rows.size() >= self->maxRows ? 1 : 0;
        };
        table.field = [](void* ctx, fnd_str field, fnd_str label, fnd_str header) {
            auto* self = static_cast<PreviewCollector*>(ctx);
            self->preview.fields.push_back({self->text(field, "a field name"), self->text(label, "a field label"),
                                            self->text(header, "a column heading")});
        };
    }

    std::string text(fnd_str s, const std::string& what) {
        std::string value = toString(s);
        if (!check::isValidUtf8(value)) {
            if (badText.empty()) badText = what;
            return {};
        }
        return value;
    }
};

}  // namespace

const fnd_preview_ext* previewExtension(const fnd_importer* importer) {
    const auto* ext = static_cast<const fnd_preview_ext*>(fnd_importer_extension(importer, FND_EXT_PREVIEW));
    if (!ext || !FND_HAS_FIELD(ext, fnd_preview_ext, preview) || !ext->preview) return nullptr;
    return ext;
}

TablePreview previewTableHere(const PluginRegistry& registry, const std::string& path,
                              const std::string& importerId, const Properties& options, size_t maxRows,
                              DiagnosticList& diagnostics, const StageFn& stage) {
    TablePreview out;
    try {
        std::string why;
        const ImporterEntry ref =
            importerFor(registry, path, importerId, diagnostics, stage, kDefaultMaxInputBytes, why);
        if (!ref.plugin) {
            out.problem = why;
            return out;
        }
        out.importerId = ref.id();
        const fnd_preview_ext* ext = previewExtension(ref.importer);
        if (!ext) {
            out.problem = "Its importer (" + ref.name() + ") gives no preview.";
            return out;
        }
        out.offered = true;
        if (stage) stage(out.importerId, true);
        FileInput file(path);
        const COptions table(options);
        CallContext context(path, diagnostics, ref.plugin->dir);
        context.serveInput(path, registry.services(), options);
        PreviewCollector collected(out, maxRows);
        const fnd_status status = ext->preview(ref.importer, context.host(), file.input(), table.get(), maxRows,
                                               &collected.table);
        if (status != FND_OK) {
            out.problem = context.failure(status, out.importerId);
            return out;
        }
        if (!collected.badText.empty()) {
            out.problem = "The importer " + out.importerId + " gave " + collected.badText + " that is not valid UTF-8.";
            return out;
        }
        out.ok = true;
    } catch (const std::exception& e) {
        out.problem = inputProblem(path, e.what());
    }
    return out;
}

TablePreview previewTable(const PluginRegistry& registry, const std::string& path, const std::string& importerId,
                          const Properties& options, size_t maxRows, DiagnosticList& diagnostics) {
    if (!registry.workers()) return previewTableHere(registry, path, importerId, options, maxRows, diagnostics);
    TablePreview out;
    try {
        checkInputFile(path, kDefaultMaxInputBytes);
    } catch (const std::exception& e) {
        out.problem = inputProblem(path, e.what());
        return out;
    }
    return registry.workers()->previewTable(path, importerId, options, maxRows, diagnostics);
}

}  // namespace findings::core
