# Writes the schema file into a C++ source as a raw string literal.
file(READ ${IN} SCHEMA)
file(WRITE ${OUT} "// Generated from sdk/schema/findings-1.schema.json; do not edit.\n#include <string_view>\nnamespace findings {\nstd::string_view findingsSchemaText() {\n    return R\"FINDINGS_SCHEMA(${SCHEMA})FINDINGS_SCHEMA\";\n}\n}  // namespace findings\n")
