// Single records in the findings format's JSON shape, through the format's own per-record
// writer and reader (findings/format/record_json.hpp), so a record in a workbook decodes
// exactly as it would from a .findings.json file. Compact, because the text lands in
// cells, and without filling in defaults (an empty "kind" or "review" stays absent), so a
// record decodes to exactly the value that was encoded.
#include <findings/excel/roundtrip/record_json.hpp>

#include <findings/format/record_json.hpp>

namespace findings::excel {

std::string sourceToJson(const Source& s) {
    return findings::sourceToJson(s, findings::RecordDefaults::Keep);
}

std::string findingToJson(const Finding& f) {
    return findings::findingToJson(f, findings::RecordDefaults::Keep);
}

Source sourceFromJson(std::string_view json) {
    try {
        return findings::parseSourceJson(json);
    } catch (const findings::FormatError& e) {
        throw RecordError(e.what());
    }
}

Finding findingFromJson(std::string_view json) {
    try {
        return findings::parseFindingJson(json);
    } catch (const findings::FormatError& e) {
        throw RecordError(e.what());
    }
}

}  // namespace findings::excel
