// Fuzz target: the workbook round-trip reader (findings_workbook_roundtrip): the hidden
// "_findings" sheet's chunked JSON records, then a manager's edits applied to each finding.
// The input is a grid of cell text as a sheet reader delivers it: rows on lines, cells
// separated by tabs. Up to three grids separated by kPartSeparator: the data sheet, the
// Findings sheet's editable cells and the Actions sheet's, one row per finding, the cells in
// the order of editableColumns().
#include "fuzz_input.hpp"

#include <findings/excel/roundtrip.hpp>

#include <cstdint>
#include <string>
#include <vector>

using namespace findings::excel;

namespace {

using Grid = std::vector<std::vector<std::string>>;

Grid toGrid(std::string_view text) {
    Grid grid;
    while (!text.empty() || grid.empty()) {
        size_t eol = text.find('\n');
        std::string_view line = text.substr(0, eol);
        std::vector<std::string> cells;
        while (true) {
            size_t tab = line.find('\t');
            cells.emplace_back(line.substr(0, tab));
            if (tab == std::string_view::npos) break;
            line.remove_prefix(tab + 1);
        }
        grid.push_back(std::move(cells));
        if (eol == std::string_view::npos) break;
        text.remove_prefix(eol + 1);
    }
    return grid;
}

RowCells toRowCells(const std::vector<std::string>& cells) {
    RowCells row;
    const auto& columns = editableColumns();
    for (size_t i = 0; i < cells.size() && i < columns.size(); ++i) row[columns[i].field] = cells[i];
    return row;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    auto parts = findings::fuzz::splitParts(data, size, 3);
    WorkbookRecords records;
    try {
        records = decodeDataSheet(toGrid(parts[0]));
    } catch (const RecordError&) {
        return 0;  // the documented refusal, naming the cell
    }
    Grid findingsRows = parts.size() > 1 ? toGrid(parts[1]) : Grid{};
    Grid actionsRows = parts.size() > 2 ? toGrid(parts[2]) : Grid{};
    // Theme labels map to ids as the importer's taxonomy does: known labels only.
    ThemeIdForLabel themeIdFor = [](std::string_view label) {
        if (label == "Leadership") return std::string("leadership");
        if (label == "Care planning") return std::string("care-planning");
        return std::string();
    };
    for (size_t i = 0; i < records.findings.size(); ++i) {
        RowCells findingsRow, actionsRow;
        if (i < findingsRows.size()) findingsRow = toRowCells(findingsRows[i]);
        if (i < actionsRows.size()) actionsRow = toRowCells(actionsRows[i]);
        EditResult result = applyEdits(records.findings[i], i < findingsRows.size() ? &findingsRow : nullptr,
                                       i < actionsRows.size() ? &actionsRow : nullptr, themeIdFor);
        (void)findingToJson(result.finding);
    }
    return 0;
}
