// Fuzz target: the Word reader's body and numbering (findings_docparse): word/document.xml,
// word/numbering.xml and word/styles.xml, separated by kPartSeparator in the input and
// packed into a stored zip, read into lines as the letters importer reads a .docx, then
// parsed as a document. A numbering or styles part left out is simply absent, as Word
// allows.
#include "fuzz_input.hpp"

#include <findings/docparse/error.hpp>
#include <findings/docparse/parser.hpp>
#include <findings/docparse/readers.hpp>

#include <cstdint>
#include <string>

using namespace findings::docparse;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    auto parts = findings::fuzz::splitParts(data, size, 3);
    std::vector<std::pair<std::string, std::string>> entries = {
        {"word/document.xml", std::string(parts[0])}};
    if (parts.size() > 1) entries.emplace_back("word/numbering.xml", std::string(parts[1]));
    if (parts.size() > 2) entries.emplace_back("word/styles.xml", std::string(parts[2]));
    std::string docx = findings::fuzz::storedZip(entries);
    DocxLimits limits;
    limits.max_document_xml = 8u << 20;
    try {
        Lines lines = readDocxLines(docx, limits);
        (void)joinLines(lines);
        ParsedDocument doc = parseDocument(lines);
        (void)doc;
    } catch (const DocparseError&) {
        // Damaged XML, a DOCTYPE, or no text: refused with a message.
    }
    return 0;
}
