// A source document's text as the source view reads it: decoded to UTF-8 for a text file,
// pdftotext's output for a PDF, or why it cannot be shown. Loading a PDF runs a child
// process (a tenth of a second, up to a timeout), so it is done off the UI thread (see
// source_text_loader.hpp) and kept in a small cache (source_text_cache.hpp).
#pragma once

#include <atomic>
#include <string>

namespace findings::studio {

struct SourceText {
    std::string path;
    bool readable = false;  ///< the file exists and its text is in utf8
    bool binary = false;    ///< the file exists but is a PDF without text, zip container or other binary
    bool fromPdf = false;   ///< utf8 is a PDF's extracted text: find findings by their words
    bool cancelled = false; ///< loading was stopped before it finished (never cached)
    std::string utf8;       ///< decoded, BOM removed, line ends as in the file
    std::string problem;    ///< why it is not readable
};

/// True when `path` is a PDF (by its first bytes, not its name): its text is slow to get.
bool isPdfFile(const std::string& path);

/// Reads and decodes `path`; for a PDF runs the extractor. `cancel`, when set while a PDF
/// is being extracted, stops it (the result is then marked cancelled).
SourceText loadSourceText(const std::string& path, const std::atomic<bool>* cancel = nullptr);

/// Largest source file shown as text (bigger files get the Summary view).
inline constexpr size_t kMaxSourceTextBytes = 32u * 1024 * 1024;

}  // namespace findings::studio
