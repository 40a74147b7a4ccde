// RFC 4180 field quoting and row assembly.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace findings::csvout {

/// Appends `field` to `row`, quoted when it holds the delimiter, a quote, CR or LF (quotes
/// doubled), or leading/trailing spaces that a spreadsheet would otherwise trim.
void appendField(std::string& row, std::string_view field, char delimiter);

/// Joins fields into one record, ending with CRLF as RFC 4180 asks.
std::string makeRow(const std::vector<std::string>& fields, char delimiter);

}  // namespace findings::csvout
