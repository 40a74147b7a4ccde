// Word .docx reader: word/document.xml (read safely by docx_part) to lines, with list
// markers from word/numbering.xml. What counts as text is decided in docx_body.
#include "docx_body.hpp"
#include "docx_numbering.hpp"
#include "docx_part.hpp"
#include "findings/docparse/error.hpp"
#include "findings/docparse/readers.hpp"
#include "findings/docparse/sniff.hpp"
#include "text_util.hpp"

namespace findings::docparse {

Lines readDocxLines(std::string_view bytes, const DocxLimits& limits, std::vector<std::string>* duplicateEntries) {
    if (bytes.empty()) throw DocparseError(ErrorCode::EmptyInput, "empty file");
    if (bytes.size() > limits.max_input)
        throw DocparseError(ErrorCode::TooLarge, "Word document too large (" + std::to_string(bytes.size() >> 20) + " MiB)");
    // A zip without word/ parts in view may be a truncated .docx: the zip reader says so.
    if (sniffContent(bytes) != ContentKind::Zip) requireContent(bytes, ContentKind::WordDocx, "a Word .docx document");
    if (bytes.size() < 4 || bytes.substr(0, 2) != "PK")
        throw DocparseError(ErrorCode::BadDocx, "not a Word .docx document (no zip signature)");
    detail::ListNumbering numbering = detail::ListNumbering::read(bytes, limits);
    detail::DocxBodyHandler handler(numbering);
    detail::parseDocxPart(bytes, "word/document.xml", limits, handler, duplicateEntries);
    std::string text;
    for (std::size_t i = 0; i < handler.lines.size(); ++i) {
        if (i) text += '\n';
        text += handler.lines[i];
    }
    if (detail::trim(text).empty()) throw DocparseError(ErrorCode::EmptyInput, "empty Word document: no text");
    return splitLines(text);
}

}  // namespace findings::docparse
