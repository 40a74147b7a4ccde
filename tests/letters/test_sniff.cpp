// A file that is not what its name says is named for what it is, by every reader.
#include <catch2/catch.hpp>

#include <functional>

#include "findings/docparse/error.hpp"
#include "findings/docparse/readers.hpp"
#include "findings/docparse/sniff.hpp"
#ifdef LETTERS_HAVE_PDF
#include "findings/docparse/pdf_reader.hpp"
#endif

using namespace findings::docparse;

namespace {

const std::string kHtml =
    "<!DOCTYPE html>\n<html lang=\"en\"><head><title>Monitoring visit to Wyvern</title></head>\n"
    "<body><p>This letter summarises the findings of the monitoring visit.</p></body></html>\n";

// The start of a zip holding a Word document's parts (only the names are read).
std::string wordZipHead() {
    std::string z("PK\x03\x04\x14\0\0\0\x08\0", 10);
    z += std::string(20, '\0') + "word/document.xml" + std::string(40, 'x');
    return z;
}

std::string messageOf(const std::function<void()>& f) {
    try {
        f();
    } catch (const DocparseError& e) {
        return std::string(errorCodeName(e.code())) + ": " + e.what();
    }
    return "no error";
}

}  // namespace

TEST_CASE("contents are told apart by their bytes", "[sniff]") {
    CHECK(sniffContent(kHtml) == ContentKind::Html);
    CHECK(sniffContent("\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<!-- saved page -->\n<html><body>x</body></html>") ==
          ContentKind::Html);
    CHECK(sniffContent("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n") == ContentKind::Pdf);
    CHECK(sniffContent(wordZipHead()) == ContentKind::WordDocx);
    CHECK(sniffContent(std::string("PK\x03\x04", 4) + "xl/workbook.xml") == ContentKind::Workbook);
    CHECK(sniffContent(std::string("PK\x03\x04", 4) + "notes/readme.txt") == ContentKind::Zip);
    CHECK(sniffContent(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + "rest") == ContentKind::OleCompound);
    CHECK(sniffContent("{\\rtf1\\ansi Monitoring visit}") == ContentKind::Rtf);
    // A letter that talks about markup is still text.
    CHECK(sniffContent("Dear Jo\n\nThe <html> page on the council's website was out of date.\n") == ContentKind::Other);
    CHECK(sniffContent("Monitoring visit to Wyvern children's services\n") == ContentKind::Other);
}

TEST_CASE("each reader says what a misnamed file is", "[sniff][bad-input]") {
    CHECK(messageOf([] { readTextLines(wordZipHead()); }) == "wrong-format: is a Word .docx document, not a text document");
    CHECK(messageOf([] { readTextLines("%PDF-1.4\n1 0 obj\n"); }) == "wrong-format: is a PDF, not a text document");
    CHECK(messageOf([] { readTextLines(kHtml); }) == "wrong-format: is an HTML document, not a text document");
    CHECK(messageOf([] { readDocxLines("%PDF-1.4\n1 0 obj\n"); }) == "wrong-format: is a PDF, not a Word .docx document");
    CHECK(messageOf([] { readDocxLines(kHtml); }) == "wrong-format: is an HTML document, not a Word .docx document");
    CHECK(messageOf([] { readDocxLines(std::string("PK\x03\x04", 4) + "xl/workbook.xml" + std::string(64, '\0')); }) ==
          "wrong-format: is an Excel workbook, not a Word .docx document");
#ifdef LETTERS_HAVE_PDF
    CHECK(messageOf([] { readPdfLines(kHtml); }) == "wrong-format: is an HTML document, not a PDF");
    CHECK(messageOf([] { readPdfLines(wordZipHead()); }) == "wrong-format: is a Word .docx document, not a PDF");
#endif
}
