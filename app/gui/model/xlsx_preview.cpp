#include "model/xlsx_preview.hpp"

#include <stdexcept>

#if FINDINGS_STUDIO_XLSX_PREVIEW
#include <findings/sheetread/xlsx_workbook.hpp>
#endif

namespace findings::studio {

#if FINDINGS_STUDIO_XLSX_PREVIEW

namespace {

/// Copies rows as text until it has enough.
class FirstRows final : public sheetread::SheetHandler {
public:
    FirstRows(std::vector<CsvRow>& rows, size_t maxRows, bool& truncated)
        : rows_(rows), maxRows_(maxRows), truncated_(truncated) {}

    bool onRow(const sheetread::Row& row) override {
        if (row.number > maxRows_) {
            truncated_ = true;
            return false;
        }
        // Blank rows are absent from the file: keep row r at index r-1 all the same.
        if (rows_.size() < row.number) rows_.resize(row.number);
        CsvRow& out = rows_[row.number - 1];
        for (size_t i = 0; i < row.cellCount; ++i) {
            const sheetread::Cell& cell = row.cells[i];
            if (cell.column == 0 || cell.column > kMaxColumns) continue;
            if (out.size() < cell.column) out.resize(cell.column);
            out[cell.column - 1] = std::string(cell.text);
        }
        return true;
    }
    bool onRowProblem(const sheetread::RowProblem&) override { return true; }

private:
    /// Wider than any tracker; a sheet with cells far to the right is not drawn to them.
    static constexpr uint32_t kMaxColumns = 200;
    std::vector<CsvRow>& rows_;
    size_t maxRows_;
    bool& truncated_;
};

}  // namespace

XlsxPreview readXlsxPreview(const std::string& path, const std::string& sheet, size_t maxRows) {
    XlsxPreview out;
    try {
        sheetread::XlsxWorkbook book = sheetread::XlsxWorkbook::openFile(path);
        const sheetread::SheetInfo* chosen = sheet.empty() ? nullptr : book.findSheet(sheet);
        for (const auto& s : book.sheets()) {
            if (s.kind != sheetread::SheetKind::Worksheet || s.visibility != sheetread::SheetVisibility::Visible)
                continue;
            ++out.visibleWorksheets;
            if (!chosen) chosen = &s;
        }
        if (!chosen) throw std::runtime_error("the workbook has no visible worksheet");
        out.sheet = chosen->name;
        sheetread::SheetReadOptions options;
        options.mergesBeforeRows = false;  // only the text is shown
        FirstRows handler(out.rows, maxRows, out.truncated);
        book.readSheet(*chosen, handler, options);
    } catch (const std::exception& e) {
        throw std::runtime_error(path + ": " + e.what());
    }
    return out;
}

#else

XlsxPreview readXlsxPreview(const std::string& path, const std::string&, size_t) {
    throw std::runtime_error(path + ": this build cannot read workbooks for a preview");
}

#endif

}  // namespace findings::studio
