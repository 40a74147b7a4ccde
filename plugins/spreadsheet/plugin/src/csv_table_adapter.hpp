// CSV records as sheet rows for a TableReader: row numbers are record numbers (what a
// spreadsheet program shows, whatever quoted line breaks the file holds), every non-empty
// field a String cell, and the record's lines and field count handed over for locations and
// ragged-row reports.
#pragma once

#include "table_reader.hpp"

#include <findings/sheetread/csv_reader.hpp>
#include <findings/sheetread/xlsx_workbook.hpp>

#include <string>
#include <vector>

namespace spreadsheet {

class CsvTableAdapter : public findings::sheetread::CsvHandler {
public:
    /// `sheetName` names the synthetic sheet the rows belong to. The rows go to `rows` when
    /// given (a preview, which hands them on to `reader`), else to `reader`.
    CsvTableAdapter(TableReader& reader, std::string sheetName,
                    findings::sheetread::SheetHandler* rows = nullptr);

    void onFormat(const findings::sheetread::CsvFormat& format) override;
    bool onRecord(const findings::sheetread::CsvRecord& record) override;
    bool onProblem(const findings::sheetread::CsvProblem& problem) override;
    /// Ends the sheet (starting it first if the file had no record).
    void finish();

    const findings::sheetread::CsvFormat& format() const { return format_; }

private:
    void start();
    TableReader& reader_;
    findings::sheetread::SheetHandler& rowHandler_;
    findings::sheetread::SheetInfo sheet_;
    findings::sheetread::CellStyle style_;
    findings::sheetread::CsvFormat format_;
    std::vector<findings::sheetread::Cell> cells_;
    bool started_ = false;
    uint64_t rows_ = 0;
};

}  // namespace spreadsheet
