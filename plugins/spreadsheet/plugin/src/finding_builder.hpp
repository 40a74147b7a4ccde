// One data row of a tracker to one finding: text, summary, ref-based id, action (text, owner,
// ISO due date, normalised status from words or fill colour), themes (theme column, else the
// classifier), polarity (a weakness by position under "Area for improvement" and the like,
// else the classifier), section, review, location, and every unmapped column as a property
// in column order. A value that cannot be read into its field (a due date "Q2 2025", a status
// "On hold", an unknown theme) is kept as written under its column's header instead.
#pragma once

#include "column_vocabulary.hpp"
#include "diagnostics.hpp"
#include "finding_ids.hpp"
#include "row_cells.hpp"
#include "table_layout.hpp"
#include "theme_resolver.hpp"

#include <findings/classify/call_classifier.hpp>
#include <findings/sdk.hpp>

#include <optional>
#include <string>

namespace spreadsheet {

/// What a sheet's findings share.
struct SheetContext {
    std::string sourceId;
    std::string section;       ///< the sheet's name, or the CSV file's name without extension
    std::string locationSheet; ///< the sheet's name for locations; empty for CSV
};

/// Where the row is: its row number (CSV: the record number, as a spreadsheet shows it) and,
/// for CSV, its physical lines.
struct RowPlace {
    uint32_t row = 0;
    int64_t lineStart = findings::kNone;
    int64_t lineEnd = findings::kNone;
};

class FindingBuilder {
public:
    FindingBuilder(const TableLayout& layout, const ColumnVocabulary& vocabulary, const ThemeResolver& themes,
                   const findings::classify::CallClassifier& classifier, Diagnostics& diagnostics,
                   SheetContext context);

    /// The row's text (the text column's value; joined when the header spans columns), or ""
    /// when it has none.
    std::string textOf(const RowCells& cells) const;

    /// The finding for a row whose text is `text` (from textOf). `heading` is the group
    /// heading row above it, if any.
    findings::Finding build(const RowCells& cells, std::string text, const RowPlace& place,
                            int64_t paragraph, const std::string& heading);

private:
    const findings::sheetread::Cell* firstCell(TableField field, const RowCells& cells, bool needValue) const;
    std::string joinedValue(TableField field, const RowCells& cells) const;
    findings::DiagLocation where(const RowPlace& place, uint32_t column) const;

    const TableLayout& layout_;
    const ColumnVocabulary& vocabulary_;
    const ThemeResolver& themes_;
    const findings::classify::CallClassifier& classifier_;
    Diagnostics& diagnostics_;
    SheetContext context_;
    FindingIds ids_;
    std::vector<bool> isFieldColumn_; ///< by column
};

}  // namespace spreadsheet
