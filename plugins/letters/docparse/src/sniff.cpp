// Telling file contents apart by their magic bytes and first markup.
#include "findings/docparse/sniff.hpp"

#include <string>

#include "findings/docparse/error.hpp"
#include "text_util.hpp"

namespace findings::docparse {

using namespace detail;

namespace {

bool startsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// HTML: the first markup, after a BOM, white space and an XML declaration or comments,
// opens a document type or an html, head or body element.
bool looksHtml(std::string_view bytes) {
    std::string_view s = bytes.substr(0, 4096);
    if (startsWith(s, "\xEF\xBB\xBF")) s.remove_prefix(3);
    const std::string l = lowerAscii(s);
    std::size_t p = 0;
    while (p < l.size() && isAsciiSpace(l[p])) ++p;
    if (p >= l.size() || l[p] != '<') return false;
    for (std::string_view open : {"<!doctype html", "<html", "<head", "<body"}) {
        const std::size_t at = l.find(open, p);
        if (at == std::string::npos) continue;
        // Only markup (declarations, comments) may come before it.
        const std::string_view before = std::string_view(l).substr(p, at - p);
        if (before.empty() || before.find("?>") != std::string_view::npos || before.find("-->") != std::string_view::npos)
            return true;
    }
    return false;
}

}  // namespace

ContentKind sniffContent(std::string_view bytes) {
    if (bytes.empty()) return ContentKind::Empty;
    // A PDF may carry a few bytes of junk before its header; readers accept it in the first KB.
    if (bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos) return ContentKind::Pdf;
    if (startsWith(bytes, std::string_view("PK\x03\x04", 4))) {
        if (bytes.find("word/") != std::string_view::npos) return ContentKind::WordDocx;
        if (bytes.find("xl/") != std::string_view::npos) return ContentKind::Workbook;
        if (bytes.find("ppt/") != std::string_view::npos) return ContentKind::Slides;
        return ContentKind::Zip;
    }
    if (startsWith(bytes, std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))) return ContentKind::OleCompound;
    if (startsWith(bytes, "{\\rtf")) return ContentKind::Rtf;
    if (startsWith(bytes, "\x89PNG") || startsWith(bytes, "\xFF\xD8\xFF") || startsWith(bytes, "GIF8"))
        return ContentKind::Image;
    if (looksHtml(bytes)) return ContentKind::Html;
    return ContentKind::Other;
}

const char* describeContent(ContentKind kind) {
    switch (kind) {
        case ContentKind::Empty: return "empty";
        case ContentKind::Pdf: return "a PDF";
        case ContentKind::WordDocx: return "a Word .docx document";
        case ContentKind::Workbook: return "an Excel workbook";
        case ContentKind::Slides: return "a PowerPoint presentation";
        case ContentKind::Zip: return "a zip archive";
        case ContentKind::OleCompound: return "an old-style Word or Excel file (.doc or .xls)";
        case ContentKind::Rtf: return "an RTF document";
        case ContentKind::Html: return "an HTML document";
        case ContentKind::Image: return "an image";
        case ContentKind::Other: return "an unknown kind of file";
    }
    return "an unknown kind of file";
}

void requireContent(std::string_view bytes, ContentKind expected, const char* expectedName) {
    const ContentKind actual = sniffContent(bytes);
    if (actual == expected || actual == ContentKind::Other || actual == ContentKind::Empty) return;
    throw DocparseError(ErrorCode::WrongFormat, std::string("is ") + describeContent(actual) + ", not " + expectedName);
}

}  // namespace findings::docparse
