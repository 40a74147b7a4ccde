#include "floor_writer.hpp"

#include <xlsxwriter.h>

#include <chrono>
#include <stdexcept>

namespace excel_bench {
namespace {

/// Rows in an Excel sheet.
constexpr lxw_row_t kRowLimit = 1048576;

void check(lxw_error err, const std::string& path) {
    if (err != LXW_NO_ERROR)
        throw std::runtime_error("floor writer, " + path + ": " + lxw_strerror(err));
}

void writeRow(lxw_worksheet* ws, lxw_row_t r, const Row& row, lxw_format* date,
              const std::string& path) {
    for (lxw_col_t c = 0; c < row.size(); ++c) {
        const Cell& cell = row[c];
        switch (cell.kind) {
            case Cell::Kind::Text:
                if (!cell.text.empty())
                    check(worksheet_write_string(ws, r, c, cell.text.c_str(), nullptr), path);
                break;
            case Cell::Kind::Number:
                check(worksheet_write_number(ws, r, c, cell.number, nullptr), path);
                break;
            case Cell::Kind::Date:
                check(worksheet_write_number(ws, r, c, cell.number, date), path);
                break;
        }
    }
}

void writeHeader(lxw_worksheet* ws, const std::vector<std::string>& header,
                 const std::string& path) {
    for (lxw_col_t c = 0; c < header.size(); ++c)
        check(worksheet_write_string(ws, 0, c, header[c].c_str(), nullptr), path);
}

}  // namespace

double writeFloor(const CellTable& cells, const std::string& path, bool constantMemory,
                  const std::string& tmpdir) {
    const auto start = std::chrono::steady_clock::now();
    lxw_workbook_options options{};
    options.constant_memory = constantMemory;
    options.tmpdir = const_cast<char*>(tmpdir.c_str());
    lxw_workbook* wb = workbook_new_opt(path.c_str(), &options);
    if (!wb) throw std::runtime_error("floor writer cannot create " + path);
    lxw_worksheet* findingsSheet = workbook_add_worksheet(wb, "Findings");
    lxw_worksheet* actionsSheet = workbook_add_worksheet(wb, "Actions");
    lxw_format* date = workbook_add_format(wb);
    format_set_num_format(date, "d mmm yyyy");
    writeHeader(findingsSheet, CellTable::findingsHeader(), path);
    writeHeader(actionsSheet, CellTable::actionsHeader(), path);

    // The data sheet continues on _findings2, ... past Excel's row limit, as the exporter's.
    lxw_worksheet* dataSheet = nullptr;
    lxw_row_t dataRow = kRowLimit;
    int parts = 0;
    auto writeData = [&](const Row& row) {
        if (dataRow >= kRowLimit) {
            const std::string name = ++parts == 1 ? "_findings" : "_findings" + std::to_string(parts);
            dataSheet = workbook_add_worksheet(wb, name.c_str());
            writeRow(dataSheet, 0, CellTable::dataMarkerRow(), date, path);
            writeRow(dataSheet, 1, CellTable::dataHeaderRow(), date, path);
            dataRow = 2;
        }
        writeRow(dataSheet, dataRow++, row, date, path);
    };
    Row row;
    for (std::size_t i = 0; i < cells.sourceCount(); ++i) {
        cells.sourceDataRow(i, row);
        writeData(row);
    }
    lxw_row_t actionRow = 1;
    for (std::size_t i = 0; i < cells.findingCount(); ++i) {
        cells.findingsRow(i, row);
        writeRow(findingsSheet, static_cast<lxw_row_t>(i + 1), row, date, path);
        if (cells.actionsRow(i, row)) writeRow(actionsSheet, actionRow++, row, date, path);
        cells.findingDataRow(i, row);
        writeData(row);
    }
    check(workbook_close(wb), path);
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace excel_bench
