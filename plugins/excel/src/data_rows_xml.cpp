#include "data_rows_xml.hpp"

#include <findings/excel/roundtrip/cell_values.hpp>
#include <findings/excel/roundtrip/data_sheet.hpp>

#include <xlsxwriter.h>

#include <stdexcept>

namespace findings::excel {
namespace {

void appendEscaped(std::string& out, const std::string& text) {
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        default: out += c;
        }
    }
}

std::string cellRef(std::size_t row, std::size_t column) {
    char ref[LXW_MAX_CELL_NAME_LENGTH];
    lxw_rowcol_to_cell(ref, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column));
    return ref;
}

bool hasEdgeSpace(const std::string& text) {
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n'; };
    return !text.empty() && (space(text.front()) || space(text.back()));
}

void appendInlineString(std::string& out, std::size_t row, std::size_t column, const std::string& raw) {
    if (raw.empty()) return;
    // Chunks are JSON (control characters escaped, each within a cell); kind and id are
    // cleaned as every other cell of the workbook.
    const std::string text = column < kFirstChunkColumn ? cellText(raw) : raw;
    out += "<c r=\"";
    out += cellRef(row, column);
    out += "\" t=\"inlineStr\"><is><t";
    if (hasEdgeSpace(text)) out += " xml:space=\"preserve\"";
    out += '>';
    appendEscaped(out, text);
    out += "</t></is></c>";
}

}  // namespace

void appendDataRowXml(std::string& out, std::size_t row, const std::string& kind,
                      const std::string& id, const std::vector<std::string>& chunks) {
    out += "<row r=\"";
    out += std::to_string(row + 1);
    out += "\">";
    appendInlineString(out, row, kKindColumn, kind);
    appendInlineString(out, row, kIdColumn, id);
    out += "<c r=\"";
    out += cellRef(row, kChunkCountColumn);
    out += "\"><v>";
    out += std::to_string(chunks.size());
    out += "</v></c>";
    for (std::size_t i = 0; i < chunks.size(); ++i)
        appendInlineString(out, row, kFirstChunkColumn + i, chunks[i]);
    out += "</row>";
}

std::string spliceRows(const std::string& sheetXml, std::string rowsXml, std::size_t firstRecordRow,
                       std::size_t lastRow, std::size_t lastColumn) {
    auto fail = [](const std::string& why) {
        throw std::runtime_error("cannot add the records to the hidden data sheet: " + why);
    };
    // The part must hold the rows above the records and none of theirs.
    if (sheetXml.find("<row r=\"" + std::to_string(firstRecordRow + 1) + "\"") != std::string::npos)
        fail("its part already holds record rows");
    // The rows are most of the result: it grows around them, not copied into a new string.
    std::string before, after;
    const std::string close = "</sheetData>", empty = "<sheetData/>";
    if (const std::size_t end = sheetXml.find(close); end != std::string::npos) {
        before = sheetXml.substr(0, end);
        after = sheetXml.substr(end);
    } else if (const std::size_t at = sheetXml.find(empty); at != std::string::npos) {
        before = sheetXml.substr(0, at) + "<sheetData>";
        after = close + sheetXml.substr(at + empty.size());
    } else {
        fail("its part has no sheetData");
    }
    // The dimension is a hint some readers size the sheet by (openpyxl's read-only mode).
    const std::string dimension = "<dimension ref=\"";
    if (const std::size_t at = before.find(dimension); at != std::string::npos) {
        const std::size_t quote = before.find('"', at + dimension.size());
        if (quote != std::string::npos)
            before.replace(at + dimension.size(), quote - at - dimension.size(), "A1:" + cellRef(lastRow, lastColumn));
    }
    rowsXml.reserve(rowsXml.size() + before.size() + after.size());
    rowsXml.insert(0, before);
    rowsXml += after;
    return rowsXml;
}

}  // namespace findings::excel
