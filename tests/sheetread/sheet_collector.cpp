#include "sheet_collector.hpp"

#include <catch2/catch.hpp>

using namespace findings::sheetread;

namespace sheetread_test {

const CellCopy& SheetCopy::at(const std::string& ref) const {
    const auto pos = parseCellRef(ref);
    INFO("cell " << ref);
    REQUIRE(pos.has_value());
    const auto it = cells.find({pos->row, pos->column});
    REQUIRE(it != cells.end());
    return it->second;
}

bool SheetCopy::has(const std::string& ref) const {
    const auto pos = parseCellRef(ref);
    return pos && cells.count({pos->row, pos->column}) > 0;
}

std::vector<std::string> SheetCopy::valueGrid() const {
    std::vector<std::string> grid;
    for (const auto& [pos, cell] : cells) {
        if (cell.type == CellType::Empty) continue;
        grid.push_back(formatCellRef({pos.first, pos.second}) + "=" + cellTypeName(cell.type) + ":" + cell.text);
    }
    return grid;
}

void SheetCollector::onSheetStart(const SheetStart& start) {
    CHECK_FALSE(copy.started);
    copy.started = true;
    copy.mergesAtStart = start.mergedRanges;
}

bool SheetCollector::onRow(const Row& row) {
    CHECK(copy.started);
    copy.rows.push_back(row.number);
    if (row.hidden) copy.hiddenRows.push_back(row.number);
    for (size_t i = 0; i < row.cellCount; ++i) {
        const Cell& c = row.cells[i];
        CHECK(c.row == row.number);
        CellCopy cc;
        cc.type = c.type;
        cc.text = std::string(c.text);
        cc.number = c.number;
        cc.isDateFormat = c.style->isDate;
        cc.fill = c.style->fillRgb;
        cc.bold = c.style->bold;
        cc.hasFormula = c.hasFormula;
        cc.formula = std::string(c.formula);
        cc.sheet = c.sheet->name;
        copy.cells[{c.row, c.column}] = cc;
    }
    return stopAfter_ == 0 || copy.rows.size() < stopAfter_;
}

bool SheetCollector::onRowProblem(const RowProblem& problem) {
    copy.problems.emplace_back(problem.row, problem.message);
    return true;
}

void SheetCollector::onSheetEnd(const SheetEnd& end) {
    copy.ended = true;
    copy.mergesAtEnd = end.mergedRanges;
}

SheetCopy readSheetCopy(const std::string& path, const std::string& sheet, const XlsxLimits& limits) {
    XlsxWorkbook book = XlsxWorkbook::openFile(path, limits);
    REQUIRE_FALSE(book.sheets().empty());
    const SheetInfo& info = sheet.empty() ? book.sheets().front() : book.sheetFor(sheet);
    SheetCollector collector;
    book.readSheet(info, collector);
    CHECK(collector.copy.ended);
    return collector.copy;
}

}  // namespace sheetread_test
