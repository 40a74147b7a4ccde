// A SheetHandler for tests that copies everything it is given, so assertions can run after
// the read (the reader's views are only valid during callbacks).
#pragma once

#include <findings/sheetread/xlsx_workbook.hpp>

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace sheetread_test {

/// A cell copied out of a callback.
struct CellCopy {
    findings::sheetread::CellType type = findings::sheetread::CellType::Empty;
    std::string text;
    double number = 0;
    bool isDateFormat = false;
    std::optional<uint32_t> fill;
    bool bold = false;
    bool hasFormula = false;
    std::string formula;
    std::string sheet;
};

/// Everything one readSheet() delivered.
struct SheetCopy {
    std::map<std::pair<uint32_t, uint32_t>, CellCopy> cells;  ///< by (row, column)
    std::vector<uint32_t> rows;                               ///< row numbers in delivery order
    std::vector<uint32_t> hiddenRows;
    std::vector<std::pair<uint32_t, std::string>> problems;   ///< (row, message)
    std::vector<findings::sheetread::CellRange> mergesAtStart, mergesAtEnd;
    bool started = false, ended = false;

    /// The cell at "B4"; fails the test when absent.
    const CellCopy& at(const std::string& ref) const;
    /// True when a cell exists at "B4".
    bool has(const std::string& ref) const;
    /// Cells that are not Empty, as "B4=string:text" lines, sorted by position: a compact
    /// form for comparing what different writers produced.
    std::vector<std::string> valueGrid() const;
};

/// Collects cells; stops after `stopAfterRows` rows when non-zero.
class SheetCollector : public findings::sheetread::SheetHandler {
public:
    explicit SheetCollector(size_t stopAfterRows = 0) : stopAfter_(stopAfterRows) {}
    SheetCopy copy;
    void onSheetStart(const findings::sheetread::SheetStart& start) override;
    bool onRow(const findings::sheetread::Row& row) override;
    bool onRowProblem(const findings::sheetread::RowProblem& problem) override;
    void onSheetEnd(const findings::sheetread::SheetEnd& end) override;

private:
    size_t stopAfter_;
};

/// Opens `path` and reads the sheet called `sheet` (the first sheet when empty).
SheetCopy readSheetCopy(const std::string& path, const std::string& sheet = {},
                        const findings::sheetread::XlsxLimits& limits = {});

}  // namespace sheetread_test
