#include "bad_files.hpp"

#include "test_support.hpp"

#include <Poco/Zip/Compress.h>

#include <cstdio>
#include <sstream>
#include <stdexcept>
#include <vector>

namespace letters_plugin_test {

using testsupport::readFile;
using testsupport::writeFile;

std::string writeEmptyText(const std::string& dir) {
    const std::string path = dir + "/empty-letter.txt";
    writeFile(path, "");
    return path;
}

std::string writeBinaryText(const std::string& dir) {
    // Bytes of a compiled program: NULs and control bytes no text encoding produces.
    std::string bytes("\x7F" "ELF\x02\x01\x01", 7);
    for (int i = 0; i < 4096; ++i) bytes.push_back(static_cast<char>((i * 37) & 0xFF));
    const std::string path = dir + "/renamed-binary.txt";
    writeFile(path, bytes);
    return path;
}

std::string writeTruncatedDocx(const std::string& dir, const std::string& docxPath) {
    const std::string bytes = readFile(docxPath);
    const std::string path = dir + "/truncated-letter.docx";
    writeFile(path, bytes.substr(0, bytes.size() / 3));
    return path;
}

namespace {

std::string wordDocument(const std::string& headline) {
    std::string body;
    for (const char* paragraph :
         {"Dear Ms Reed", "Monitoring visit to Wyvern children\u2019s services",
          "This letter summarises the findings of the monitoring visit to Wyvern children\u2019s services on 7 and "
          "8 June 2022.",
          "Headline findings", "", "Yours sincerely", "Jo Bright", "His Majesty\u2019s Inspector"}) {
        const std::string text = *paragraph ? std::string(paragraph) : headline;
        body += "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>";
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document "
           "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" +
           body + "</w:body></w:document>";
}

}  // namespace

std::string writeDocxWithTwoDocumentParts(const std::string& dir) {
    const std::string contentTypes =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
        "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override "
        "PartName=\"/word/document.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
    std::ostringstream out;
    Poco::Zip::Compress zip(out, true);
    std::istringstream ct(contentTypes);
    std::istringstream first(wordDocument("Leaders have made steady progress since the last visit, and children are seen quickly."));
    std::istringstream second(wordDocument("Leaders have made no progress since the last visit, and children wait too long."));
    zip.addFile(ct, Poco::DateTime(), Poco::Path("[Content_Types].xml"));
    zip.addFile(first, Poco::DateTime(), Poco::Path("word/document.xml"));
    // Poco refuses a name twice: store the second copy under a name of the same length that
    // Poco's central directory lists after the first, and rename it in the local header and
    // the central directory, which keeps every offset.
    zip.addFile(second, Poco::DateTime(), Poco::Path("word/documenz.xml"));
    zip.close();
    std::string bytes = out.str();
    int renamed = 0;
    for (std::size_t at = bytes.find("word/documenz.xml"); at != std::string::npos;
         at = bytes.find("word/documenz.xml", at + 1), ++renamed)
        bytes[at + std::string("word/documen").size()] = 't';
    if (renamed != 2) throw std::runtime_error("expected the second part's name twice in the zip, found it " +
                                               std::to_string(renamed) + " times");
    const std::string path = dir + "/letter-listed-twice.docx";
    writeFile(path, bytes);
    return path;
}

std::string writeTextlessPdf(const std::string& dir) {
    const std::vector<std::string> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        "<< /Length 27 >>\nstream\n0 0 1 rg 50 50 200 200 re f\nendstream",
    };
    std::string pdf = "%PDF-1.4\n";
    std::vector<std::size_t> offsets;
    for (std::size_t i = 0; i < objects.size(); ++i) {
        offsets.push_back(pdf.size());
        pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const std::size_t xref = pdf.size();
    pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (std::size_t offset : offsets) {
        char line[24];
        std::snprintf(line, sizeof line, "%010zu 00000 n \n", offset);
        pdf += line;
    }
    pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
           std::to_string(xref) + "\n%%EOF\n";
    const std::string path = dir + "/scanned-letter.pdf";
    writeFile(path, pdf);
    return path;
}

}  // namespace letters_plugin_test
