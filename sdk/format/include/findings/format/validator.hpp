// Checking a findings document: the JSON Schema shipped in sdk/schema/findings-1.schema.json
// (compiled into the binary, so the schema file is the single source of truth) and the rules
// a schema cannot state: every finding's source exists, source and finding ids are unique,
// and dates are days of the calendar (no 2023-02-30). The rules between records are the SDK's
// check::RecordIds and the calendar is findings/civil_date.hpp, both shared with the record
// check every import runs at the sink (sdk/record_check). Every command reads documents through
// readFindingsDocument(), so `convert`, `import`, `merge` and the desktop application refuse
// exactly what `validate` reports. It streams: one record is held as JSON at a time.
#pragma once

#include <findings/format/findings_set.hpp>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace findings {

class JsonReader;

/// One problem: where (a JSON path such as "$.findings[3].polarity") and what.
struct ValidationProblem {
    std::string path;
    std::string message;
    /// A key the format does not have. Not a problem in a document of a later 1.x version,
    /// whose new keys this build ignores.
    bool unknownKey = false;
};

/// The schema text compiled into this build.
std::string_view findingsSchemaText();

/// Where the records of a streamed document go; a null handler discards them.
struct FindingsDocumentHandlers {
    std::function<void(Source&&)> source;
    std::function<void(Finding&&)> finding;
};

/// Reads one findings document from `reader`, checking everything `findings validate`
/// checks, and hands each record without problems to `handlers` as soon as it is read.
/// Returns every problem (at most `maxProblems`); a JSON syntax error ends the read and is
/// the last problem. A document that is not a findings document of version 1.x gets that
/// one problem, not a cascade.
std::vector<ValidationProblem> readFindingsDocument(JsonReader& reader,
                                                    const FindingsDocumentHandlers& handlers,
                                                    size_t maxProblems = 1000);

/// Validates a document's text; returns every problem found (none means valid).
std::vector<ValidationProblem> validateFindingsJson(std::string_view json);
/// Validates a document file, streaming it. Throws std::runtime_error when the file cannot
/// be opened or read, or is not a regular file.
std::vector<ValidationProblem> validateFindingsFile(const std::string& path);

/// "$.findings[3].polarity: \"good\" is not one of ..." plus "(and N more problems)".
std::string describeProblems(const std::vector<ValidationProblem>& problems);

}  // namespace findings
