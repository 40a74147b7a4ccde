#include "csv_table_adapter.hpp"

#include <findings/text/encoding.hpp>

#include <algorithm>
#include <limits>

namespace spreadsheet {

namespace {

uint32_t clampRow(uint64_t n) {
    return n > std::numeric_limits<uint32_t>::max() ? std::numeric_limits<uint32_t>::max() : uint32_t(n);
}

/// Lines a field spans beyond its first (quoted line breaks; CR LF counts once).
uint64_t extraLines(std::string_view field) {
    uint64_t n = 0;
    for (size_t i = 0; i < field.size(); ++i) {
        if (field[i] == '\n') ++n;
        else if (field[i] == '\r' && (i + 1 == field.size() || field[i + 1] != '\n')) ++n;
    }
    return n;
}

}  // namespace

CsvTableAdapter::CsvTableAdapter(TableReader& reader, std::string sheetName,
                                 findings::sheetread::SheetHandler* rows)
    : reader_(reader), rowHandler_(rows ? *rows : reader) {
    sheet_.name = std::move(sheetName);
}

void CsvTableAdapter::start() {
    if (started_) return;
    started_ = true;
    findings::sheetread::SheetStart s;
    s.sheet = &sheet_;
    rowHandler_.onSheetStart(s);
}

void CsvTableAdapter::onFormat(const findings::sheetread::CsvFormat& format) {
    format_ = format;
    reader_.setSourceProperty("csv_encoding", findings::text::encodingName(format.encoding));
    reader_.setSourceProperty("csv_delimiter", format.delimiter == '\t' ? "tab" : std::string(1, format.delimiter));
    start();
}

bool CsvTableAdapter::onRecord(const findings::sheetread::CsvRecord& record) {
    start();
    using findings::sheetread::Cell;
    cells_.clear();
    const uint32_t row = clampRow(record.number);
    uint64_t lines = 0;
    for (size_t i = 0; i < record.fieldCount; ++i) {
        lines += extraLines(record[i]);
        if (record[i].empty()) continue;
        Cell c;
        c.sheet = &sheet_;
        c.row = row;
        c.column = uint32_t(std::min<size_t>(i + 1, std::numeric_limits<uint32_t>::max()));
        c.type = findings::sheetread::CellType::String;
        c.text = record[i];
        c.style = &style_;
        cells_.push_back(c);
    }
    reader_.setCsvRecord({record.number, record.line, record.line + lines, record.fieldCount});
    findings::sheetread::Row r;
    r.sheet = &sheet_;
    r.number = row;
    r.cells = cells_.data();
    r.cellCount = cells_.size();
    ++rows_;
    return rowHandler_.onRow(r);
}

bool CsvTableAdapter::onProblem(const findings::sheetread::CsvProblem& problem) {
    start();
    reader_.setCsvRecord({problem.record, problem.line, problem.line, 0});
    findings::sheetread::RowProblem p;
    p.sheet = &sheet_;
    p.row = clampRow(problem.record);
    p.message = problem.message;
    p.rowDelivered = problem.recordDelivered;
    return rowHandler_.onRowProblem(p);
}

void CsvTableAdapter::finish() {
    start();
    findings::sheetread::SheetEnd end;
    end.sheet = &sheet_;
    end.rowsDelivered = rows_;
    rowHandler_.onSheetEnd(end);
}

}  // namespace spreadsheet
