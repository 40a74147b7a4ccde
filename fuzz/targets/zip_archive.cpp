// Fuzz target: the zip reader (findings_safezip) on arbitrary bytes, as it meets any .xlsx
// or .docx: the central directory, every entry inflated to its end, lookups by name. Caps
// are lowered so a bomb the fuzzer builds is refused quickly rather than inflated for real.
#include <findings/safezip/archive.hpp>
#include <findings/safezip/zip_error.hpp>

#include <cstdint>
#include <string>

using namespace findings::safezip;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    ZipLimits limits;
    limits.maxEntryBytes = 8u << 20;
    limits.maxTotalBytes = 32u << 20;
    limits.ratioGraceBytes = 1u << 20;
    limits.maxEntries = 2000;
    std::string_view bytes(reinterpret_cast<const char*>(data), size);
    (void)sniffContainer(bytes.substr(0, 8));
    try {
        Archive zip(memorySource(bytes, "fuzz.zip"), limits);
        char buffer[4096];
        for (const EntryInfo& entry : zip.entries()) {
            (void)zip.findEntry(entry.name);
            if (entry.isDirectory()) continue;
            try {
                EntryReader reader = zip.open(entry);
                while (reader.read(buffer, sizeof buffer) > 0) {
                }
            } catch (const ZipError&) {
                // A bad entry is refused on its own; the others stay readable.
            }
        }
        (void)zip.findEntry("xl/workbook.xml");
        try {
            (void)zip.readAll("word/document.xml");
        } catch (const ZipError&) {
        }
    } catch (const ZipError&) {
        // The documented refusal: not a zip, truncated, corrupt, bomb, too many entries.
    }
    return 0;
}
