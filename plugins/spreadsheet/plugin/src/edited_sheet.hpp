// The editable cells of a Findings Studio workbook's Findings or Actions sheet, by finding id:
// the header row names the columns (Themes, Action, Owner, Due, Status, Review and the hidden
// Id), each row after it gives one finding's cells as text for excel::applyEdits.
#pragma once

#include "diagnostics.hpp"

#include <findings/excel/roundtrip/edits.hpp>
#include <findings/sheetread/sheet_handler.hpp>

#include <string>
#include <unordered_map>

namespace spreadsheet {

/// One row of an edited sheet.
struct EditedRow {
    uint32_t row = 0;
    findings::excel::RowCells cells;
};

/// Reads one of the visible sheets. Rows without an id (a row the manager added) and ids seen
/// twice are reported; nothing else is judged here.
class EditedSheetReader : public findings::sheetread::SheetHandler {
public:
    /// `onFindingsSheet` says which editable columns this sheet carries.
    EditedSheetReader(std::string sheetName, bool onFindingsSheet, Diagnostics& diagnostics);

    bool onRow(const findings::sheetread::Row& row) override;
    bool onRowProblem(const findings::sheetread::RowProblem& problem) override;

    /// The rows by finding id.
    const std::unordered_map<std::string, EditedRow>& rows() const { return rows_; }
    /// True once the header row with the Id column was seen.
    bool sawHeader() const { return idColumn_ != 0; }

private:
    std::string sheet_;
    bool onFindingsSheet_;
    Diagnostics& diagnostics_;
    uint32_t idColumn_ = 0;
    std::unordered_map<uint32_t, findings::excel::Field> columns_;
    std::unordered_map<std::string, EditedRow> rows_;
};

}  // namespace spreadsheet
