// Text reader: bytes of a .txt file to lines.
#include "findings/docparse/error.hpp"
#include "findings/docparse/readers.hpp"
#include "findings/docparse/sniff.hpp"
#include "text_decode.hpp"
#include "text_util.hpp"

namespace findings::docparse {

Lines readTextLines(std::string_view bytes) {
    if (bytes.empty()) throw DocparseError(ErrorCode::EmptyInput, "empty file");
    requireContent(bytes, ContentKind::Other, "a text document");
    std::string text = detail::decodeText(bytes);
    if (detail::trim(text).empty())
        throw DocparseError(ErrorCode::EmptyInput, "empty document: the file holds only white space");
    // Text extracted from a PDF (pdftotext) marks page ends with form feeds: keep them as
    // pages so that page numbers and running headers are recognised.
    return splitLines(text, text.find('\f') != std::string::npos ? 1 : 0);
}

}  // namespace findings::docparse
