#include <findings/core/document_text.hpp>

#include <findings/check/record_check.hpp>
#include <findings/core/call_context.hpp>
#include <findings/core/file_input.hpp>
#include <findings/core/worker_pool.hpp>
#include <findings/format/input_check.hpp>
#include <findings/sdk/convert.hpp>

namespace findings::core {

namespace {

/// Gathers what the importer writes, up to kMaxDocumentTextBytes.
struct TextCollector {
    std::string text;
    bool tooLarge = false;
    fnd_text_out table{};
    TextCollector() {
        table.struct_size = sizeof table;
        table.ctx = this;
        table.write = [](void* ctx, fnd_str piece) -> int {
            auto* self = static_cast<TextCollector*>(ctx);
            if (self->tooLarge) return 1;
            if (piece.size > kMaxDocumentTextBytes - self->text.size()) {
                self->tooLarge = true;
                return 1;  // the plugin stops with FND_ERR_STOPPED
            }
            if (piece.size) self->text.append(piece.data, piece.size);
            return 0;
        };
    }
};

}  // namespace

const fnd_document_text_ext* documentTextExtension(const fnd_importer* importer) {
    const auto* ext = static_cast<const fnd_document_text_ext*>(
        fnd_importer_extension(importer, FND_EXT_DOCUMENT_TEXT));
    if (!ext || !FND_HAS_FIELD(ext, fnd_document_text_ext, document_text) || !ext->document_text)
        return nullptr;
    return ext;
}

DocumentText documentTextHere(const PluginRegistry& registry, const std::string& path,
                              const std::string& importerId, DiagnosticList& diagnostics,
                              const std::atomic<bool>* cancel, const StageFn& stage) {
    DocumentText out;
    try {
        std::string why;
        const ImporterEntry ref = importerFor(registry, path, importerId, diagnostics, stage,
                                              kDefaultMaxInputBytes, why);
        if (!ref.plugin) {
            out.problem = importerId.empty() ? why
                                             : "The importer that read this document (" + importerId +
                                                   ") is not installed.";
            return out;
        }
        out.importerId = ref.id();
        const fnd_document_text_ext* ext = documentTextExtension(ref.importer);
        if (!ext) {
            out.problem = "Its importer (" + ref.name() + ") does not give the document's text.";
            return out;
        }
        if (stage) stage(out.importerId, true);
        FileInput file(path);
        const COptions options({});
        CallContext context(path, diagnostics, ref.plugin->dir, cancel);
        context.serveInput(path, registry.services(), {});
        TextCollector collected;
        const fnd_status status =
            ext->document_text(ref.importer, context.host(), file.input(), options.get(), &collected.table);
        if (collected.tooLarge) {
            out.problem = "The document's text is larger than " +
                          std::to_string(kMaxDocumentTextBytes >> 20) + " MB.";
            return out;
        }
        if (status != FND_OK) {
            out.cancelled = status == FND_ERR_CANCELLED;
            out.problem = context.failure(status, out.importerId);
            return out;
        }
        // The text crosses the boundary like a record: it must be what the ABI promises.
        if (!check::isValidUtf8(collected.text)) {
            out.problem = "The importer " + out.importerId + " gave text that is not valid UTF-8.";
            return out;
        }
        out.text = std::move(collected.text);
        out.ok = true;
    } catch (const std::exception& e) {
        out.problem = inputProblem(path, e.what());
    }
    return out;
}

DocumentText documentText(const PluginRegistry& registry, const std::string& path,
                          const std::string& importerId, DiagnosticList& diagnostics,
                          const std::atomic<bool>* cancel) {
    if (!registry.workers()) return documentTextHere(registry, path, importerId, diagnostics, cancel);
    DocumentText out;
    try {
        // What is no input never reaches a worker: the same check and message as in process.
        checkInputFile(path, kDefaultMaxInputBytes);
    } catch (const std::exception& e) {
        out.problem = inputProblem(path, e.what());
        return out;
    }
    return registry.workers()->documentText(path, importerId, diagnostics, cancel);
}

}  // namespace findings::core
