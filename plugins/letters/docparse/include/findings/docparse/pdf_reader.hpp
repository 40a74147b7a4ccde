// PDF reader (library findings_docparse_pdf, which links poppler-cpp: GPL).
#pragma once

#include <string_view>

#include "findings/docparse/line.hpp"

namespace findings::docparse {

/// Extracts each page's text in physical layout (columns kept apart by spaces, as
/// `pdftotext -layout`) and returns it as lines carrying their 1-based page. poppler's
/// own error messages are silenced. Throws DocparseError: BadPdf, EncryptedPdf,
/// NoTextLayer ("no text layer (scanned PDF?)"), EmptyInput.
Lines readPdfLines(std::string_view bytes);

}  // namespace findings::docparse
