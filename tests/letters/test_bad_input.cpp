// Bad input gives a clear error with a code: empty files, binary files named .txt,
// truncated or hostile Word files, PDFs without a text layer.
#include <catch2/catch.hpp>

#include <sstream>

#include "docx_fixture.hpp"
#include "findings/docparse/error.hpp"
#include "findings/docparse/parser.hpp"
#include "findings/docparse/readers.hpp"
#include "support.hpp"
#ifdef LETTERS_HAVE_PDF
#include "findings/docparse/pdf_reader.hpp"
#endif

using namespace findings::docparse;
using namespace letters_test;

namespace {

// The code of the DocparseError that `f` throws, checking the message is not empty.
template <typename F>
ErrorCode errorOf(F f) {
    try {
        f();
    } catch (const DocparseError& e) {
        CHECK(std::string(e.what()).size() > 5);
        return e.code();
    }
    FAIL("no DocparseError thrown");
    return ErrorCode::EmptyInput;
}

#ifdef LETTERS_HAVE_PDF
// A valid one-page PDF whose only content is a filled rectangle and a small inline image:
// what a scanner produces, with no text to extract.
std::string imageOnlyPdf() {
    const std::string content = "0.5 g 72 72 200 100 re f q 100 0 0 100 300 500 cm BI /W 2 /H 2 /CS /G /BPC 8 ID \x10\x80\x80\xF0 EI Q";
    std::vector<std::string> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>",
        "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "\nendstream"};
    std::string pdf = "%PDF-1.4\n";
    std::vector<std::size_t> offsets;
    for (std::size_t i = 0; i < objects.size(); ++i) {
        offsets.push_back(pdf.size());
        pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    std::size_t xref = pdf.size();
    pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (std::size_t off : offsets) {
        char buf[24];
        std::snprintf(buf, sizeof buf, "%010zu 00000 n \n", off);
        pdf += buf;
    }
    pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
           std::to_string(xref) + "\n%%EOF\n";
    return pdf;
}
#endif

}  // namespace

TEST_CASE("an empty text file is an empty-input error", "[bad-input]") {
    CHECK(errorOf([] { readTextLines(""); }) == ErrorCode::EmptyInput);
}

TEST_CASE("a text file of white space is an empty-input error", "[bad-input]") {
    CHECK(errorOf([] { readTextLines(" \n\t\n  \r\n"); }) == ErrorCode::EmptyInput);
}

TEST_CASE("a binary file named .txt is refused as not text", "[bad-input]") {
    std::string bytes("\x7F" "ELF\x02\x01\x01\0\0\0", 10);
    for (int i = 0; i < 200; ++i) bytes.push_back(char(i * 7));
    CHECK(errorOf([&] { readTextLines(bytes); }) == ErrorCode::NotText);
}

TEST_CASE("an image named .txt is named for what it is", "[bad-input]") {
    std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20);
    for (int i = 0; i < 200; ++i) png.push_back(char(i * 7));
    CHECK(errorOf([&] { readTextLines(png); }) == ErrorCode::WrongFormat);
}

TEST_CASE("parsing no lines is an empty-input error", "[bad-input]") {
    CHECK(errorOf([] { parseDocument(Lines{}); }) == ErrorCode::EmptyInput);
}

TEST_CASE("a truncated .docx is a bad-docx error", "[bad-input][docx]") {
    std::string docx = makeDocx("<w:p><w:r><w:t>Monitoring visit to Barnet children's services</w:t></w:r></w:p>");
    std::string cut = docx.substr(0, docx.size() / 2);
    CHECK(errorOf([&] { readDocxLines(cut); }) == ErrorCode::BadDocx);
}

TEST_CASE("a truncated real .docx is a bad-docx error", "[bad-input][docx]") {
    // A letter LibreOffice saved as Word, committed with the letters_plugin fixtures.
    std::string docx = readFile(LETTERS_LIBREOFFICE_DOCX);
    REQUIRE(docx.size() > 4096);
    CHECK(errorOf([&] { readDocxLines(docx.substr(0, docx.size() * 2 / 3)); }) == ErrorCode::BadDocx);
}

TEST_CASE("a zip without word/document.xml is a bad-docx error", "[bad-input][docx]") {
    std::string docx = makeDocx("<w:p/>");
    // Rename the part inside the archive so it is no longer found.
    std::size_t p;
    while ((p = docx.find("word/document.xml")) != std::string::npos) docx.replace(p, 17, "word/documenX.xml");
    CHECK(errorOf([&] { readDocxLines(docx); }) == ErrorCode::BadDocx);
}

TEST_CASE("a .docx with a DOCTYPE is refused", "[bad-input][docx]") {
    std::string docx = makeDocx("<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>",
                                "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>");
    CHECK(errorOf([&] { readDocxLines(docx); }) == ErrorCode::BadDocx);
}

TEST_CASE("a .docx inflating past the cap is refused as too large", "[bad-input][docx]") {
    std::string body;
    for (int i = 0; i < 20000; ++i) body += "<w:p><w:r><w:t>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</w:t></w:r></w:p>";
    std::string docx = makeDocx(body);
    DocxLimits limits;
    limits.max_document_xml = 64 * 1024;
    CHECK(errorOf([&] { readDocxLines(docx, limits); }) == ErrorCode::TooLarge);
}

TEST_CASE("a text file is not a .docx", "[bad-input][docx]") {
    CHECK(errorOf([] { readDocxLines("Dear Tina, this is text"); }) == ErrorCode::BadDocx);
}

#ifdef LETTERS_HAVE_PDF
TEST_CASE("a PDF with only an image has no text layer", "[bad-input][pdf]") {
    std::string pdf = imageOnlyPdf();
    try {
        readPdfLines(pdf);
        FAIL("no error for an image-only PDF");
    } catch (const DocparseError& e) {
        CHECK(e.code() == ErrorCode::NoTextLayer);
        CHECK(std::string(e.what()) == "no text layer (scanned PDF?)");
    }
}

TEST_CASE("a damaged PDF is a bad-pdf error", "[bad-input][pdf]") {
    CHECK(errorOf([] { readPdfLines("%PDF-1.4\n1 0 obj garbage"); }) == ErrorCode::BadPdf);
}

TEST_CASE("an empty PDF file is an empty-input error", "[bad-input][pdf]") {
    CHECK(errorOf([] { readPdfLines(""); }) == ErrorCode::EmptyInput);
}
#endif
