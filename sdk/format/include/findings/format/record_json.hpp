// One source or finding as JSON, with exactly the keys and value rules of the findings
// format (sdk/FORMAT.md). The document writer and reader use these for every record, and so
// does anything that stores records one at a time (the Excel workbook's hidden data sheet),
// so a record reads back the same wherever it was kept.
#pragma once

#include <findings/format/findings_json.hpp>
#include <findings/format/json_text.hpp>
#include <findings/sdk/records.hpp>

#include <string>
#include <string_view>

namespace findings {

/// What to write for a record's empty "kind" (source) and "review" (finding).
enum class RecordDefaults {
    Fill,  ///< the format's defaults, as in a document: "other" and "unreviewed"
    Keep,  ///< nothing: an empty value stays absent, so the record reads back exactly as held
};

/// Writes the source as one JSON object into `j` (absent values omitted).
void writeSourceJson(JsonText& j, const Source& source, RecordDefaults defaults);
/// Writes the finding as one JSON object into `j` ("themes" always present).
void writeFindingJson(JsonText& j, const Finding& finding, RecordDefaults defaults);

/// The source as compact JSON text.
std::string sourceToJson(const Source& source, RecordDefaults defaults);
/// The finding as compact JSON text.
std::string findingToJson(const Finding& finding, RecordDefaults defaults);

/// Parses one JSON object shaped like a format Source. Throws FormatError, naming the field
/// by its path below "the record" ("the record.visit.ordinal should be a whole number").
Source parseSourceJson(std::string_view json);
/// Parses one JSON object shaped like a format Finding. Throws FormatError as parseSourceJson.
Finding parseFindingJson(std::string_view json);

}  // namespace findings
