#include "bad_files.hpp"

#include "test_support.hpp"

#include <cstdio>
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
