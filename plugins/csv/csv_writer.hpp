// RFC 4180 field quoting and row assembly.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace findings::csvout {

/// Appends `field` to `row`, quoted when it holds the delimiter, a quote, CR or LF (quotes
/// doubled), or leading/trailing spaces that a spreadsheet would otherwise trim.
void appendField(std::string& row, std::string_view field, char delimiter);

/// True when a spreadsheet opening the CSV would take `field` as a formula: it begins with
/// =, +, -, @, a tab or a carriage return (OWASP's list for CSV injection).
bool looksLikeFormula(std::string_view field);

/// `field` with a single quote put before it when looksLikeFormula(), as OWASP recommends:
/// Excel and LibreOffice then show the text instead of running "=HYPERLINK(...)".
std::string neutraliseFormula(std::string_view field);

/// Joins fields into one record, ending with CRLF as RFC 4180 asks. With
/// `neutraliseFormulas` every field goes through neutraliseFormula() first.
std::string makeRow(const std::vector<std::string>& fields, char delimiter,
                    bool neutraliseFormulas = false);

}  // namespace findings::csvout
