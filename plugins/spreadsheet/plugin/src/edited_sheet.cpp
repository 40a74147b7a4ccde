#include "edited_sheet.hpp"

#include "cell_text.hpp"
#include "row_cells.hpp"

namespace spreadsheet {

namespace excel = findings::excel;

EditedSheetReader::EditedSheetReader(std::string sheetName, bool onFindingsSheet, Diagnostics& diagnostics)
    : sheet_(std::move(sheetName)), onFindingsSheet_(onFindingsSheet), diagnostics_(diagnostics) {}

bool EditedSheetReader::onRow(const findings::sheetread::Row& row) {
    if (!idColumn_) {
        // The header row: the exporter writes it first; tools keep it.
        for (size_t i = 0; i < row.cellCount; ++i) {
            const auto& cell = row.cells[i];
            const std::string text = cellText(cell);
            if (text == excel::kIdHeader) idColumn_ = cell.column;
            for (const auto& column : excel::editableColumns()) {
                const bool here = onFindingsSheet_ ? column.onFindingsSheet : column.onActionsSheet;
                if (here && text == column.header) columns_[cell.column] = column.field;
            }
        }
        return true;
    }
    const auto* idCell = row.cellAt(idColumn_);
    const std::string id = idCell ? cellText(*idCell) : std::string();
    if (id.empty()) {
        bool any = false;
        for (size_t i = 0; i < row.cellCount; ++i) any = any || hasValue(row.cells[i]);
        if (any) {
            const auto at = placeOf(sheet_, row.number);
            diagnostics_.warning("row-without-id",
                                 sheet_ + " row " + std::to_string(row.number) +
                                     " has no finding id (a row added by hand?); not imported",
                                 &at);
        }
        return true;
    }
    EditedRow edited;
    edited.row = row.number;
    // Every editable column of the sheet is present; a blank cell reads "".
    for (const auto& [column, field] : columns_) {
        const auto* cell = row.cellAt(column);
        // A formula with no calculated value (saved by a program that does not calculate,
        // or never recalculated) says nothing about what the manager meant: reading it as
        // blank would erase the field. Leave the field out, so the base value stays.
        if (cell && cell->hasFormula && cell->type == findings::sheetread::CellType::Empty) {
            const auto at = placeOf(sheet_, row.number);
            diagnostics_.warning("formula-without-value",
                                 sheet_ + " row " + std::to_string(row.number) + ": the " +
                                     excel::columnHeader(field) + " cell of finding " + id +
                                     " holds a formula with no calculated value" +
                                     (cell->formula.empty() ? std::string()
                                                            : " (=" + std::string(cell->formula) + ")") +
                                     "; kept the value it had",
                                 &at);
            continue;
        }
        edited.cells[field] = cell ? cellText(*cell) : std::string();
    }
    if (!rows_.emplace(id, std::move(edited)).second) {
        const auto at = placeOf(sheet_, row.number);
        diagnostics_.warning("duplicate-row",
                             sheet_ + " row " + std::to_string(row.number) + " repeats finding " + id +
                                 "; only its first row is read",
                             &at);
    }
    return true;
}

bool EditedSheetReader::onRowProblem(const findings::sheetread::RowProblem& problem) {
    const auto at = placeOf(sheet_, problem.row);
    diagnostics_.warning("unreadable-row",
                         sheet_ + " row " + std::to_string(problem.row) +
                             " could not be read; its edits are not applied: " + problem.message,
                         &at);
    return true;
}

}  // namespace spreadsheet
