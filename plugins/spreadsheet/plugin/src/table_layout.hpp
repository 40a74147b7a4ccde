// The columns of a tracker table once its header is known: which column fills which finding
// field, and the property name of every other column. Built from the header cells by the
// vocabulary, then adjusted by explicit map.FIELD=HEADER options.
#pragma once

#include "column_vocabulary.hpp"
#include "import_options.hpp"
#include "table_fields.hpp"

#include <array>
#include <cstdint>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace spreadsheet {

/// The header text of one column: one part per header row ("Dates", "Due"); a header cell
/// merged across columns gives each of them its text and the same `span`.
struct HeaderColumn {
    uint32_t column = 0;
    std::vector<std::string> parts;
    uint32_t spanFirst = 0; ///< first column of the merged header cell it belongs to (or itself)
    /// "Dates / Due"; empty when the column has no header text.
    std::string displayName() const;
};

/// A header that does not give what the import needs, or a map.* option naming no column.
class LayoutError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct TableLayout {
    uint32_t headerFirstRow = 0;
    uint32_t headerLastRow = 0;
    /// Columns of each field, first is the one named in the header; several when the header
    /// cell was merged across columns. Empty when the field is not mapped.
    std::array<std::vector<uint32_t>, kTableFieldCount> fieldColumns;
    /// Header text of the column each field was read from ("" when unmapped).
    std::array<std::string, kTableFieldCount> fieldHeaders;
    /// Property name of each column that fills no field, by column.
    std::map<uint32_t, std::string> propertyNames;
    /// Finding text comes from the action column (no text column was found).
    bool textFromAction = false;
    /// Rows under the text column are weaknesses by position ("Area for improvement").
    bool textImpliesWeakness = false;
    /// Highest column with header text.
    uint32_t lastHeaderColumn = 0;

    const std::vector<uint32_t>& columnsOf(TableField f) const { return fieldColumns[size_t(f)]; }
    bool has(TableField f) const { return !fieldColumns[size_t(f)].empty(); }
    /// The property name for a column: its header's, else "Column K".
    std::string propertyName(uint32_t column) const;
    /// The header text of a column (mapped or not), else "Column K".
    std::string headerName(uint32_t column) const;
    /// "Ref, Source, Area for improvement, ..." for messages.
    std::string headerList() const;

    std::vector<HeaderColumn> header; ///< every column with header text
};

/// How well a row of header texts looks like a tracker's header.
struct HeaderScore {
    size_t knownColumns = 0;   ///< distinct texts that are known column names
    bool namesFindingText = false; ///< a text or action column is among them
    bool namesMappedHeaders = false; ///< every header given by map.* options is there
    /// Several known columns and one for the finding text, or every mapped header present.
    bool looksLikeHeader() const {
        return (knownColumns >= 2 && namesFindingText) || namesMappedHeaders;
    }
};

/// Scores a candidate header row (column texts after merge spreading).
HeaderScore scoreHeader(const std::vector<HeaderColumn>& columns, const ColumnVocabulary& vocabulary,
                        const std::vector<ExplicitMapping>& mappings);

/// Maps the header's columns to fields. Throws LayoutError when a map.* option names no
/// column, or when no column can give the finding text.
TableLayout buildLayout(std::vector<HeaderColumn> header, uint32_t firstRow, uint32_t lastRow,
                        const ColumnVocabulary& vocabulary, const std::vector<ExplicitMapping>& mappings);

}  // namespace spreadsheet
