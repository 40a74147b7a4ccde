// The first rows of a CSV file, read directly for the spreadsheet import preview: RFC 4180
// quoting (doubled quotes, quoted newlines), a sniffed delimiter, and the same encodings the
// importers accept. Only for showing people their file; the import itself is the plugin's.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace findings::studio {

using CsvRow = std::vector<std::string>;

struct CsvPreview {
    std::vector<CsvRow> rows; ///< at most the rows asked for, cells as UTF-8
    char delimiter = ',';
    bool truncated = false;   ///< the file has more rows than were read
};

/// Reads up to `maxRows` rows of `path`. Throws std::runtime_error naming the file when it
/// cannot be read.
CsvPreview readCsvPreview(const std::string& path, size_t maxRows = 60);

/// Parses CSV text (already UTF-8) with a known delimiter, up to `maxRows` rows.
std::vector<CsvRow> parseCsv(std::string_view text, char delimiter, size_t maxRows, bool* truncated = nullptr);

/// The delimiter (comma, semicolon or tab) that splits the first lines most consistently.
char sniffDelimiter(std::string_view text);

}  // namespace findings::studio
