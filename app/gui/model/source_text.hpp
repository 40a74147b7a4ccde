// A source document's text as the source view shows it: the text its importer reads (the
// document_text extension, core/document_text.hpp), whose lines the findings' locations
// count, or why there is none. Asking runs the importer in a worker process, so it is done
// off the UI thread (source_text_loader.hpp) and kept in a small cache (source_text_cache.hpp).
#pragma once

#include <atomic>
#include <string>

namespace findings::core { class PluginRegistry; }

namespace findings::studio {

struct SourceText {
    std::string path;
    bool readable = false;  ///< utf8 holds the document's text
    bool missing = false;   ///< the file itself cannot be found or read
    bool cancelled = false; ///< loading was stopped before it finished (never cached)
    std::string utf8;       ///< the importer's text: lines separated by LF
    std::string problem;    ///< why it is not readable, a sentence for people
};

/// Asks `importerId` (the importer that read the source; "" to choose as an import would)
/// of `registry` for the text of `path`. `cancel`, when set while the importer runs, stops
/// it (the result is then marked cancelled).
SourceText loadSourceText(const core::PluginRegistry& registry, const std::string& path,
                          const std::string& importerId, const std::atomic<bool>* cancel = nullptr);

}  // namespace findings::studio
