// A cheap "is this one of ours?" from a path and the first bytes of a file, for the
// importer's identify entry point (no full read, no parse).
#pragma once

#include <string>
#include <string_view>

#include "findings/docparse/document.hpp"

namespace findings::docparse {

/// The outcome of identify().
struct Identification {
    int confidence = -1;  ///< 0..100, or -1 for "unknown" (no opinion)
    DocumentKind kind = DocumentKind::Other;  ///< best guess when confidence > 0
    std::string reason;   ///< one short line saying why
};

/// Which container a file is, judged from its head bytes.
enum class InputFormat { Text, Docx, Pdf, Unknown };

/// The container format of a file from its head bytes (magic numbers), falling back to
/// the extension of `path`.
InputFormat detectFormat(std::string_view path, std::string_view head);

/// Judges from `path` and `head` (the first bytes of the file, any length) whether this
/// is a letter, report, article or press release. Spreadsheets, CSV and arbitrary text get
/// low confidence or unknown.
Identification identify(std::string_view path, std::string_view head);

}  // namespace findings::docparse
