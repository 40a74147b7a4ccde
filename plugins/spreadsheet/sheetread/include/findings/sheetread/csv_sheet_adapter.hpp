// CSV records presented as sheet rows, so one header-detection and column-mapping layer
// serves .xlsx and CSV alike.
#pragma once

#include <findings/sheetread/csv_reader.hpp>
#include <findings/sheetread/sheet_handler.hpp>
#include <findings/sheetread/xlsx_workbook.hpp>

#include <string>
#include <vector>

namespace findings::sheetread {

/// A CsvHandler that forwards to a SheetHandler: each record becomes a Row numbered by the
/// physical line it starts on; each non-empty field a String cell in its 1-based column
/// (empty fields are gaps, as blank cells are in .xlsx); every problem a RowProblem. CSV has
/// no styles, merges or hidden rows: cells carry a default style. Call finish() after the
/// read to deliver onSheetEnd.
class CsvSheetAdapter : public CsvHandler {
public:
    /// Forwards to `target`, calling the one sheet `sheetName` (usually the file's name).
    CsvSheetAdapter(SheetHandler& target, std::string sheetName);

    /// The synthetic sheet the rows belong to.
    const SheetInfo& sheet() const { return sheet_; }
    /// The format the CSV was read with (valid after the first callback).
    const CsvFormat& format() const { return format_; }

    /// Starts the sheet (onSheetStart) and remembers the format.
    void onFormat(const CsvFormat& format) override;
    /// Forwards the record as a Row; returns what the target's onRow() returned.
    bool onRecord(const CsvRecord& record) override;
    /// Forwards the problem as a RowProblem; returns what the target returned.
    bool onProblem(const CsvProblem& problem) override;
    /// Delivers onSheetEnd with the totals (onSheetStart first, if no record came); returns
    /// the totals.
    SheetSummary finish();

private:
    SheetHandler& target_;
    SheetInfo sheet_;
    CellStyle style_;
    CsvFormat format_;
    std::vector<Cell> cells_;
    SheetSummary summary_;
    bool started_ = false;
};

/// Reads the CSV file at `path` and streams it to `handler` as one sheet named after the
/// file. Errors as readCsvFile().
SheetSummary readCsvFileAsSheet(const std::string& path, SheetHandler& handler, const CsvOptions& options = {});

/// Reads CSV from `read` (see readCsv()) and streams it to `handler` as the sheet `name`.
SheetSummary readCsvAsSheet(const CsvByteReader& read, const std::string& name, SheetHandler& handler,
                            const CsvOptions& options = {});

}  // namespace findings::sheetread
