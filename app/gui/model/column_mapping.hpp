// Which spreadsheet column holds which finding field, as the import preview proposes it and
// the user corrects it, and the importer options that express the choice ("header_row",
// "map.<field>") — the same options a saved import profile holds.
#pragma once

#include "model/csv_preview.hpp"

#include <findings/sdk/records.hpp>

#include <functional>
#include <string>
#include <vector>

namespace findings::studio {

/// A finding field a column can be mapped to: the field names the spreadsheet importer
/// takes in its map.<field> options.
struct MappableField {
    const char* field; ///< option suffix: map.<field>
    const char* label; ///< for people
};
/// Every mappable field, in form order (text first).
const std::vector<MappableField>& mappableFields();

struct ColumnMapping {
    size_t headerRow = 0; ///< 0-based row index of the header
    /// field -> header text of the mapped column ("" when unmapped), in mappableFields() order.
    std::vector<std::pair<std::string, std::string>> columns;

    /// The header text mapped to `field`, or "".
    std::string columnFor(const std::string& field) const;
    void setColumn(const std::string& field, const std::string& header);
};

/// The first row (of the first 30) that looks like a header: the most cells naming known
/// columns, then the most non-empty text cells. 0 when nothing looks like one.
size_t guessHeaderRow(const std::vector<CsvRow>& rows);

/// Maps each field to the header cell that names it ("Area for improvement" → text,
/// "Lead officer" → owner, "RAG" → status…), each column used at most once.
ColumnMapping guessMapping(const std::vector<CsvRow>& rows, size_t headerRow);

/// The importer options for a mapping: header_row (1-based) and map.<field> for each mapped
/// field that `declares` accepts (an importer that does not declare an option never gets it).
Properties mappingOptions(const ColumnMapping& mapping,
                          const std::function<bool(const std::string&)>& declares);

}  // namespace findings::studio
