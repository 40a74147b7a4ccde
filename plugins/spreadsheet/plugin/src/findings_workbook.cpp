#include "findings_workbook.hpp"

#include "cell_text.hpp"
#include "edited_sheet.hpp"

#include <findings/excel/roundtrip/data_sheet.hpp>
#include <findings/excel/roundtrip/edits.hpp>

namespace spreadsheet {

namespace excel = findings::excel;
using findings::sheetread::Row;
using findings::sheetread::RowProblem;
using findings::sheetread::SheetInfo;
using findings::sheetread::XlsxWorkbook;

namespace {

/// The text of each cell of a row in column order, "" for gaps, as the decoder wants it.
std::vector<std::string> rowTexts(const Row& row) {
    std::vector<std::string> texts;
    for (size_t i = 0; i < row.cellCount; ++i) {
        const auto& cell = row.cells[i];
        if (cell.column == 0) continue;
        if (texts.size() < cell.column) texts.resize(cell.column);
        // Chunks are JSON: kept byte for byte (no trimming), as the exporter wrote them.
        texts[cell.column - 1] = std::string(cell.text);
    }
    return texts;
}

/// Reads only A1 of the data sheet.
class MarkerProbe : public findings::sheetread::SheetHandler {
public:
    bool onRow(const Row& row) override {
        if (row.number == 1)
            if (const auto* a1 = row.cellAt(1)) marked = excel::isDataSheetMarker(cellText(*a1));
        return false;
    }
    bool onRowProblem(const RowProblem&) override { return false; }
    bool marked = false;
};

/// Streams the data sheet into the decoder; a row that cannot be read fails the import,
/// since a record would be lost.
class DataSheetReader : public findings::sheetread::SheetHandler {
public:
    DataSheetReader(excel::DataSheetDecoder& decoder, std::string file) : decoder_(decoder), file_(std::move(file)) {}
    bool onRow(const Row& row) override {
        try {
            decoder_.addRow(row.number - 1, rowTexts(row));
        } catch (const excel::RecordError& e) {
            throw findings::Error(FND_ERR_INVALID_INPUT, file_ + ": " + e.what());
        }
        return true;
    }
    bool onRowProblem(const RowProblem& problem) override {
        throw findings::Error(FND_ERR_INVALID_INPUT,
                              file_ + ": " + excel::kDataSheetName + " row " + std::to_string(problem.row) +
                                  " cannot be read, so a record would be lost: " + problem.message);
    }

private:
    excel::DataSheetDecoder& decoder_;
    std::string file_;
};

/// Reads an edited sheet when the workbook still has it.
std::unordered_map<std::string, EditedRow> readEdited(XlsxWorkbook& workbook, const char* name, bool findingsSheet,
                                                      Diagnostics& diagnostics) {
    const SheetInfo* sheet = workbook.findSheet(name);
    if (!sheet) {
        diagnostics.info("sheet-missing", "the " + std::string(name) +
                                              " sheet is gone; no edits are read from it");
        return {};
    }
    EditedSheetReader reader(sheet->name, findingsSheet, diagnostics);
    findings::sheetread::SheetReadOptions options;
    options.mergesBeforeRows = false;
    workbook.readSheet(*sheet, reader, options);
    if (!reader.sawHeader())
        diagnostics.warning("sheet-changed", "the " + std::string(name) +
                                                 " sheet has no Id column any more; no edits are read from it");
    return reader.rows();
}

std::string whereName(excel::EditSource where) { return std::string(excel::editSourceName(where)); }

}  // namespace

bool isFindingsWorkbook(XlsxWorkbook& workbook) {
    const SheetInfo* data = workbook.findSheet(excel::kDataSheetName);
    if (!data) return false;
    MarkerProbe probe;
    findings::sheetread::SheetReadOptions options;
    options.mergesBeforeRows = false;
    workbook.readSheet(*data, probe, options);
    return probe.marked;
}

void importFindingsWorkbook(XlsxWorkbook& workbook, const findings::Sink& sink, const ThemeResolver& themes,
                            Diagnostics& diagnostics, bool original) {
    const std::string file = workbook.fileName();
    std::unordered_map<std::string, EditedRow> findingsRows, actionsRows;
    if (!original) {
        findingsRows = readEdited(workbook, excel::kFindingsSheetName, true, diagnostics);
        actionsRows = readEdited(workbook, excel::kActionsSheetName, false, diagnostics);
    }
    excel::DataSheetDecoder decoder;
    DataSheetReader reader(decoder, file);
    findings::sheetread::SheetReadOptions options;
    options.mergesBeforeRows = false;
    workbook.readSheet(*workbook.findSheet(excel::kDataSheetName), reader, options);
    excel::WorkbookRecords records;
    try {
        records = decoder.finish();
    } catch (const excel::RecordError& e) {
        throw findings::Error(FND_ERR_INVALID_INPUT, file + ": " + e.what());
    }

    for (const auto& source : records.sources) sink.emit(source);
    const excel::ThemeIdForLabel themeIdFor = [&](std::string_view label) { return themes.idForLabel(label); };
    size_t changes = 0, conflicts = 0;
    for (auto& base : records.findings) {
        if (original) {
            sink.emit(base);
            continue;
        }
        auto f = findingsRows.find(base.id);
        auto a = actionsRows.find(base.id);
        const EditedRow* onFindings = f == findingsRows.end() ? nullptr : &f->second;
        const EditedRow* onActions = a == actionsRows.end() ? nullptr : &a->second;
        excel::EditResult result = excel::applyEdits(base, onFindings ? &onFindings->cells : nullptr,
                                                     onActions ? &onActions->cells : nullptr, themeIdFor);
        const auto placeFor = [&](excel::EditSource where) {
            const EditedRow* row = where == excel::EditSource::ActionsSheet ? onActions : onFindings;
            if (!row) row = onActions;
            const char* sheet = row == onActions ? excel::kActionsSheetName : excel::kFindingsSheetName;
            return placeOf(sheet, row ? int64_t(row->row) : findings::kNone);
        };
        for (const auto& c : result.changes) {
            const auto at = placeFor(c.where);
            diagnostics.info("changed", base.id + ": " + std::string(editableFieldName(c.field)) + " \"" + c.before +
                                            "\" -> \"" + c.after + "\" (edited on " + whereName(c.where) + ")",
                             &at);
        }
        for (const auto& c : result.conflicts) {
            const auto at = placeFor(excel::EditSource::FindingsSheet);
            diagnostics.warning("conflict",
                                base.id + ": " + std::string(editableFieldName(c.field)) + " is \"" +
                                    c.findingsSheetValue + "\" on the Findings sheet but \"" + c.actionsSheetValue +
                                    "\" on the Actions sheet; kept the exported \"" +
                                    findings::editableFieldText(base, c.field) + "\"",
                                &at);
        }
        for (const auto& n : result.notices) {
            const auto at = placeFor(n.where);
            diagnostics.warning("unreadable-cell",
                                base.id + ": " + std::string(editableFieldName(n.field)) + " on " +
                                    whereName(n.where) + ": " + n.message + "; kept the exported value",
                                &at);
        }
        changes += result.changes.size();
        conflicts += result.conflicts.size();
        findingsRows.erase(base.id);
        actionsRows.erase(base.id);
        sink.emit(result.finding);
    }
    for (const auto* rows : {&findingsRows, &actionsRows})
        for (const auto& [id, row] : *rows) {
            const char* sheet = rows == &findingsRows ? excel::kFindingsSheetName : excel::kActionsSheetName;
            const auto at = placeOf(sheet, row.row);
            diagnostics.warning("unknown-finding",
                                std::string(sheet) + " row " + std::to_string(row.row) + " names finding " + id +
                                    ", which the workbook's data does not hold; not imported",
                                &at);
        }
    diagnostics.info("findings-workbook",
                     "a Findings Studio workbook: " + std::to_string(records.sources.size()) +
                         " source(s) and " + std::to_string(records.findings.size()) + " finding(s) read back" +
                         (original ? " as exported"
                                   : ", " + std::to_string(changes) + " edit(s) applied, " +
                                         std::to_string(conflicts) + " conflict(s)"));
}

}  // namespace spreadsheet
