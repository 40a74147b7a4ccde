#include "cell_dump.hpp"

#include <findings/format/json_text.hpp>

#include <cstdio>
#include <fstream>
#include <stdexcept>

namespace excel_bench {
namespace {

void appendRow(std::string& line, const Row& row) {
    line += '[';
    char number[32];
    for (std::size_t c = 0; c < row.size(); ++c) {
        if (c) line += ',';
        const Cell& cell = row[c];
        switch (cell.kind) {
            case Cell::Kind::Text: findings::appendJsonString(line, cell.text); break;
            case Cell::Kind::Number:
                std::snprintf(number, sizeof number, "%.17g", cell.number);
                line += number;
                break;
            case Cell::Kind::Date:
                std::snprintf(number, sizeof number, "[%.17g]", cell.number);
                line += number;
                break;
        }
    }
    line += "]\n";
}

class Lines {
public:
    explicit Lines(const std::string& path) : path_(path), out_(path, std::ios::binary) {
        if (!out_) throw std::runtime_error("cannot write " + path);
    }
    void add(const Row& row) {
        appendRow(buffer_, row);
        if (buffer_.size() > (1 << 20)) flush();
    }
    void flush() {
        out_ << buffer_;
        buffer_.clear();
        if (!out_) throw std::runtime_error("cannot write " + path_);
    }

private:
    std::string path_;
    std::ofstream out_;
    std::string buffer_;
};

}  // namespace

void dumpCells(const CellTable& cells, const std::string& dir) {
    Lines findingsLines(dir + "/findings.jsonl"), actionsLines(dir + "/actions.jsonl"),
        dataLines(dir + "/data.jsonl");
    // The data sheet's marker and header rows first; the Python writer repeats them at the
    // top of each part, as the exporter does.
    dataLines.add(CellTable::dataMarkerRow());
    dataLines.add(CellTable::dataHeaderRow());
    Row row;
    for (std::size_t i = 0; i < cells.sourceCount(); ++i) {
        cells.sourceDataRow(i, row);
        dataLines.add(row);
    }
    for (std::size_t i = 0; i < cells.findingCount(); ++i) {
        cells.findingsRow(i, row);
        findingsLines.add(row);
        if (cells.actionsRow(i, row)) actionsLines.add(row);
        cells.findingDataRow(i, row);
        dataLines.add(row);
    }
    findingsLines.flush();
    actionsLines.flush();
    dataLines.flush();
}

}  // namespace excel_bench
