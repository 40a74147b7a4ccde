// `findings validate`: checks a findings document against the JSON Schema shipped in
// sdk/schema/findings-1.schema.json (compiled into the binary, so the schema file is the
// single source of truth) and against the rules a schema cannot state: every finding's
// source exists, and source and finding ids are unique.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace findings::core {

/// One problem: where (a JSON path such as "$.findings[3].polarity") and what.
struct ValidationProblem {
    std::string path;
    std::string message;
};

/// The schema text compiled into this build.
std::string_view findingsSchemaText();

/// Validates a document's text; returns every problem found (none means valid).
std::vector<ValidationProblem> validateFindingsJson(std::string_view json);

}  // namespace findings::core
