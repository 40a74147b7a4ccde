// Format readers: bytes in, lines out. They know nothing of letters; the parser does.
// The PDF reader lives in pdf_reader.hpp (separate library: it links GPL poppler).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "findings/docparse/line.hpp"

namespace findings::docparse {

/// Limits that protect the Word reader from zip bombs.
struct DocxLimits {
    std::size_t max_document_xml = 64u << 20;  ///< inflated bytes of word/document.xml
    std::size_t max_input = 256u << 20;        ///< bytes of the .docx itself
};

/// Decodes text bytes (UTF-8 with or without BOM, UTF-16 LE/BE, Windows-1252) into
/// lines. Throws DocparseError: EmptyInput for no text, NotText for binary content.
Lines readTextLines(std::string_view bytes);

/// Reads the paragraphs, list items and table rows of word/document.xml as a reader sees
/// them (list items start with the bullet "• " or the number word/numbering.xml gives
/// them; table cells are separated by a tab; tracked deletions, field instructions and
/// hidden text are left out). External entities and DTDs are refused. Throws DocparseError: BadDocx, TooLarge, EmptyInput.
/// When `duplicateEntries` is given, it receives the zip entry names the package lists more
/// than once (the first copy is read; see safezip::Archive::duplicateNames()).
Lines readDocxLines(std::string_view bytes, const DocxLimits& limits = {},
                    std::vector<std::string>* duplicateEntries = nullptr);

/// The decoded text the readers' offsets refer to: the lines joined with '\n'.
std::string joinLines(const Lines& lines);

}  // namespace findings::docparse
