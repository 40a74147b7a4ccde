// The importers' options: what they declare (so the CLI and the GUI can offer them) and
// what one call's options say, checked once at the start of the import.
#pragma once

#include "table_fields.hpp"

#include <findings/sdk.hpp>
#include <findings/text/encoding.hpp>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace spreadsheet {

/// Option names.
inline constexpr const char* kSheetOption = "sheet";
inline constexpr const char* kHeaderRowOption = "header_row";
inline constexpr const char* kMapPrefix = "map.";
inline constexpr const char* kIncludeHiddenOption = "include_hidden";
inline constexpr const char* kThemesOption = "themes";
inline constexpr const char* kEncodingOption = "encoding";
inline constexpr const char* kDelimiterOption = "delimiter";
/// Declared by the xlsx importer for `findings merge`: give back a Findings Studio workbook's
/// records exactly as exported, without the manager's edits.
inline constexpr const char* kOriginalOption = "roundtrip.original";

/// One explicit mapping: the header text a field is read from; an empty header unmaps the
/// field (its column is kept in properties).
struct ExplicitMapping {
    TableField field;
    std::string header;
};

/// How to find and read the table, for either importer.
struct TableOptions {
    std::string sheet;          ///< one sheet by name; empty for every visible sheet with a header
    uint32_t headerRow = 0;     ///< 1-based header row; 0 to detect it
    std::vector<ExplicitMapping> mappings;
    bool includeHidden = false; ///< import hidden rows and sheets too
    std::string themes;         ///< taxonomy file replacing the default
};

/// How to decode a CSV file.
struct CsvDecodeOptions {
    char delimiter = 0;                            ///< 0 to sniff
    std::optional<findings::text::Encoding> encoding; ///< nullopt to detect
};

/// Reads the table options; throws findings::Error(FND_ERR_BAD_OPTION) naming the option.
TableOptions readTableOptions(const findings::Options& options);
/// Reads encoding= and delimiter=; throws findings::Error(FND_ERR_BAD_OPTION).
CsvDecodeOptions readCsvDecodeOptions(const findings::Options& options);

/// The options each importer declares.
std::vector<findings::OptionSpec> xlsxOptionSpecs();
std::vector<findings::OptionSpec> csvOptionSpecs();

}  // namespace spreadsheet
