// Fuzz target: the findings JSON reader (findings_format), which every command that reads a
// findings document goes through. What it accepts must also write back out.
#include <findings/format/findings_json.hpp>

#include <cstdint>
#include <string>

using namespace findings;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view json(reinterpret_cast<const char*>(data), size);
    try {
        FindingsSet set = parseFindingsJson(json);
        (void)findingsToJson(set);
    } catch (const FormatError&) {
        // Not JSON, not a findings document, or a version this build does not read.
    }
    return 0;
}
