#include <findings/sheetread/csv_sheet_adapter.hpp>

#include <limits>

namespace findings::sheetread {

namespace {
uint32_t clampRow(uint64_t line) {
    return line > std::numeric_limits<uint32_t>::max() ? std::numeric_limits<uint32_t>::max() : uint32_t(line);
}
}  // namespace

CsvSheetAdapter::CsvSheetAdapter(SheetHandler& target, std::string sheetName) : target_(target) {
    sheet_.name = std::move(sheetName);
}

void CsvSheetAdapter::onFormat(const CsvFormat& format) {
    format_ = format;
    if (started_) return;
    started_ = true;
    SheetStart start;
    start.sheet = &sheet_;
    target_.onSheetStart(start);
}

bool CsvSheetAdapter::onRecord(const CsvRecord& record) {
    cells_.clear();
    const uint32_t row = clampRow(record.line);
    for (size_t i = 0; i < record.fieldCount; ++i) {
        if (record[i].empty()) continue;
        Cell c;
        c.sheet = &sheet_;
        c.row = row;
        c.column = uint32_t(i + 1);
        c.type = CellType::String;
        c.text = record[i];
        c.style = &style_;
        cells_.push_back(c);
    }
    Row r;
    r.sheet = &sheet_;
    r.number = row;
    r.cells = cells_.data();
    r.cellCount = cells_.size();
    ++summary_.rowsDelivered;
    summary_.cells += cells_.size();
    if (!target_.onRow(r)) {
        summary_.stoppedByHandler = true;
        return false;
    }
    return true;
}

bool CsvSheetAdapter::onProblem(const CsvProblem& problem) {
    if (!problem.recordDelivered) ++summary_.rowsWithProblems;
    RowProblem p;
    p.sheet = &sheet_;
    p.row = clampRow(problem.line);
    p.message = problem.message;
    p.rowDelivered = problem.recordDelivered;
    if (!target_.onRowProblem(p)) {
        summary_.stoppedByHandler = true;
        return false;
    }
    return true;
}

SheetSummary CsvSheetAdapter::finish() {
    if (!started_) onFormat(format_);
    SheetEnd end;
    end.sheet = &sheet_;
    end.rowsDelivered = summary_.rowsDelivered;
    end.rowsWithProblems = summary_.rowsWithProblems;
    end.cells = summary_.cells;
    end.stoppedByHandler = summary_.stoppedByHandler;
    target_.onSheetEnd(end);
    return summary_;
}

SheetSummary readCsvAsSheet(const CsvByteReader& read, const std::string& name, SheetHandler& handler,
                            const CsvOptions& options) {
    CsvSheetAdapter adapter(handler, name);
    readCsv(read, name, adapter, options);
    return adapter.finish();
}

SheetSummary readCsvFileAsSheet(const std::string& path, SheetHandler& handler, const CsvOptions& options) {
    const size_t slash = path.find_last_of('/');
    CsvSheetAdapter adapter(handler, slash == std::string::npos ? path : path.substr(slash + 1));
    readCsvFile(path, adapter, options);
    return adapter.finish();
}

}  // namespace findings::sheetread
