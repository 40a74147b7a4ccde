// A document's text as its importer reads it (the FND_EXT_DOCUMENT_TEXT extension): what the
// desktop app's source view shows, with each finding on the lines its importer counted. The
// importer asked is the one that imported the source; for a source that names none, the one
// an import would choose. When the registry has worker processes the call runs in one, like
// an import, so a plugin that crashes or hangs on the file cannot take the caller down.
#pragma once

#include <findings/core/diagnostics.hpp>
#include <findings/core/import_service.hpp>
#include <findings/core/plugin_registry.hpp>

#include <atomic>
#include <cstddef>
#include <string>

namespace findings::core {

/// The most text a document gives: more is refused (a letter is tens of kilobytes; a 300-page
/// report a megabyte).
inline constexpr size_t kMaxDocumentTextBytes = 64u * 1024 * 1024;

/// The outcome of asking for a document's text.
struct DocumentText {
    bool ok = false;
    std::string text;       ///< UTF-8, lines separated by LF, when ok
    std::string importerId; ///< the importer asked ("" when none could be)
    /// Why there is no text, a sentence for people: the importer does not offer it, is not
    /// installed, failed on the file (its own words), crashed, or was cancelled.
    std::string problem;
    bool cancelled = false; ///< the caller cancelled it
};

/// The importer's document_text table, or null when it offers none (a 1.0 importer, one
/// without get_extension, or one that does not know the extension).
const fnd_document_text_ext* documentTextExtension(const fnd_importer* importer);

/// The text of `path` from importer `importerId` (or, when empty, the importer an import
/// would choose), in a worker when the registry has them. Diagnostics the importer reports
/// go to `diagnostics`; `cancel`, when set, stops the call.
DocumentText documentText(const PluginRegistry& registry, const std::string& path,
                          const std::string& importerId, DiagnosticList& diagnostics,
                          const std::atomic<bool>* cancel = nullptr);

/// documentText in this process, whatever the registry's workers (what a worker runs).
DocumentText documentTextHere(const PluginRegistry& registry, const std::string& path,
                              const std::string& importerId, DiagnosticList& diagnostics,
                              const std::atomic<bool>* cancel = nullptr, const StageFn& stage = {});

}  // namespace findings::core
