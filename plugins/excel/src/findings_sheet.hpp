// The Findings sheet: one row per finding, in the order a manager reads them (Ref, Local
// authority, Source, Visit, Section, Themes, Strength/weakness, Finding, Summary, Action,
// Owner, Due, Status, Review, Location) plus the hidden Id column that ties each row to its
// record. An Excel table (banded, with filters) in normal mode; a plain filter range in
// constant-memory mode, where libxlsxwriter cannot write tables. Header frozen; Status,
// Review and Due checked by drop-downs and date validation; Status filled by its value.
#pragma once

#include "finding_row.hpp"
#include "sheet_context.hpp"

#include <vector>

namespace findings::excel {

class FindingsSheet {
public:
    /// Name of the sheet and of its table and defined name.
    static constexpr const char* kName = "Findings";
    static constexpr const char* kTableName = "tblFindings";
    static constexpr const char* kRangeName = "FindingsData";

    /// Prepares `sheet` (already added to the workbook) and writes its header row.
    /// `fullText` false leaves the Finding column out (the Summary stays).
    FindingsSheet(SheetContext& context, lxw_worksheet* sheet, bool fullText);
    /// Writes the next row.
    void add(const FindingRow& row);
    /// Adds the table or filter, checks, fills, print setup and defined name.
    void finish();

    /// The columns a row can have.
    enum class Column {
        Ref,
        Authority,
        Source,
        Visit,
        Section,
        Themes,
        Polarity,
        Finding,
        Summary,
        Action,
        Owner,
        Due,
        Status,
        Review,
        Location,
        Id
    };
    /// A column: what it holds, its header, its width in characters.
    struct ColumnSpec {
        Column column;
        const char* header;
        double width;
        bool wraps;  ///< counts towards the row height
    };
    /// The columns written, in order.
    const std::vector<ColumnSpec>& columns() const { return columns_; }

private:
    lxw_col_t indexOf(Column column) const;
    SheetContext& context_;
    lxw_worksheet* sheet_;
    std::vector<ColumnSpec> columns_;
    lxw_row_t nextRow_ = 1;
};

}  // namespace findings::excel
