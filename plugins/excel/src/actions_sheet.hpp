// The Actions sheet: the council's working list. It holds the findings that call for action
// (followup::callsForAction(): areas for improvement, and Ofsted's weaknesses and mixed
// findings) since each council's latest full report, older ones only on request, and every
// finding that already carries an action. Ofsted's words are given in full, never only a
// summary or first sentence (which can read as a strength), beside the council's action.
// Action, Owner, Due and Status are the only unlocked cells; the sheet is protected (with the
// password option, if given) so edits go where the importer reads them. Status has its
// drop-down and fills, Due its date check.
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
    /// True for findings that belong on this sheet: one that carries an action, or one that
    /// calls for action (its source's role is `sourceRole`) and is `current` (not older than
    /// its council's latest full report, or older ones were asked for).
    static bool wants(const Finding& finding, std::string_view sourceRole, bool current);
    /// True when a finding of `source` (null: the set lacks it) is current: from the latest
    /// full report of its council or later, or undated, or the council has no full report;
    /// always with `includeOlder`.
    static bool isCurrent(const SourceCatalog& catalog, const SourceInfo* source, bool includeOlder);
    /// The Type column: "Area for improvement", "Plan item", else the polarity's label.
    static std::string typeLabel(const Finding& finding);
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
