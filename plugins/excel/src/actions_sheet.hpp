// The Actions sheet: the findings that carry an action or need one (every weakness and every
// mixed finding), for the improvement lead to fill in. Action, Owner, Due and Status are the
// only unlocked cells; the sheet is protected (with the password option, if given) so edits
// go where the importer reads them. Status has its drop-down and fills, Due its date check.
#pragma once

#include "finding_row.hpp"
#include "sheet_context.hpp"

#include <string>
#include <vector>

namespace findings::excel {

class ActionsSheet {
public:
    /// Name of the sheet and of its table and defined name.
    static constexpr const char* kName = "Actions";
    static constexpr const char* kTableName = "tblActions";
    static constexpr const char* kRangeName = "ActionsData";

    /// Prepares `sheet` and writes its header row; `password` empty protects without one.
    ActionsSheet(SheetContext& context, lxw_worksheet* sheet, std::string password);
    /// True for findings that belong on this sheet.
    static bool wants(const Finding& finding);
    /// Writes the next row (call only for findings wants() accepts).
    void add(const FindingRow& row);
    /// Adds the table or filter, checks, fills, protection and print setup.
    void finish();
    /// Rows written so far, not counting the header.
    std::size_t rowCount() const { return nextRow_ - 1; }

private:
    SheetContext& context_;
    lxw_worksheet* sheet_;
    std::string password_;
    lxw_row_t nextRow_ = 1;
};

}  // namespace findings::excel
