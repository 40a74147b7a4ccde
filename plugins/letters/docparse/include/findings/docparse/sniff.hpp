// What a file really is, from its bytes, whatever its name says: the one check every
// letter reader makes before reading, so that an HTML page saved as .pdf or a Word file
// saved as .txt is named for what it is ("is an HTML document, not a PDF").
#pragma once

#include <string_view>

namespace findings::docparse {

/// The kinds of content the readers tell apart.
enum class ContentKind {
    Empty,
    Pdf,
    WordDocx,     ///< a zip holding word/ parts
    Workbook,     ///< a zip holding xl/ parts (Excel .xlsx)
    Slides,       ///< a zip holding ppt/ parts (PowerPoint .pptx)
    Zip,          ///< another zip archive
    OleCompound,  ///< a pre-2007 Word .doc or Excel .xls (OLE compound file)
    Rtf,
    Html,
    Image,        ///< PNG, JPEG, GIF
    Other,        ///< anything else: plain text or unknown binary, for the reader to judge
};

/// The content kind of a file from its bytes (the head is enough for all but zips, whose
/// part names may lie further in).
ContentKind sniffContent(std::string_view bytes);

/// The content with its article, as a message names it: "an HTML document", "a PDF".
const char* describeContent(ContentKind kind);

/// Throws DocparseError(WrongFormat) "is <what it is>, not <expected>" when `bytes` are a
/// kind of content other than `expected` that the sniffer recognises. Content it cannot
/// name (`Other`) is left to the reader. `expectedName` is how the message names the
/// expected kind ("a PDF", "a Word .docx document", "a text document").
void requireContent(std::string_view bytes, ContentKind expected, const char* expectedName);

}  // namespace findings::docparse
