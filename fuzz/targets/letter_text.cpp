// Fuzz target: the letter, report, article and press-release parser (findings_docparse) on
// text, as the letters importer runs it: identify() on the head bytes, the text reader
// (encoding detection, line splitting), then the one document parser.
#include <findings/docparse/error.hpp>
#include <findings/docparse/identify.hpp>
#include <findings/docparse/parser.hpp>
#include <findings/docparse/readers.hpp>

#include <cstdint>
#include <string>

using namespace findings::docparse;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view bytes(reinterpret_cast<const char*>(data), size);
    (void)identify("fuzz.txt", bytes.substr(0, 4096));
    try {
        Lines lines = readTextLines(bytes);
        (void)detectDocumentKind(lines);
        ParsedDocument doc = parseDocument(lines);
        size_t checksum = doc.title.size() + doc.date.size();
        for (const auto& p : doc.paragraphs) checksum += p.text.size();
        (void)checksum;
    } catch (const DocparseError&) {
        // Empty or binary input is refused with a message.
    }
    return 0;
}
