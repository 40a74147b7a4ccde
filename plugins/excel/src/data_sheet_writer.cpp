#include "data_sheet_writer.hpp"

#include "cell_writer.hpp"
#include "data_rows_xml.hpp"
#include "xlsx_error.hpp"

#include <findings/excel/roundtrip/data_sheet.hpp>
#include <findings/excel/roundtrip/record_json.hpp>

#include <algorithm>
#include <utility>

namespace findings::excel {

namespace {

/// The zip entry libxlsxwriter writes `sheet` to: worksheets are numbered in the order they
/// were added (chartsheets apart).
std::string worksheetEntry(lxw_workbook* workbook, const lxw_worksheet* sheet) {
    std::size_t number = 0;
    lxw_worksheet* each = nullptr;
    STAILQ_FOREACH(each, workbook->worksheets, list_pointers) {
        ++number;
        if (each == sheet) return "xl/worksheets/sheet" + std::to_string(number) + ".xml";
    }
    throw Error(FND_ERR_INTERNAL, "the data sheet is not among the workbook's worksheets");
}

}  // namespace

DataSheetWriter::DataSheetWriter(SheetContext& context, std::string password, std::string tempDir)
    : context_(context), password_(std::move(password)), tempDir_(std::move(tempDir)) {
    startPart();
}

void DataSheetWriter::startPart() {
    names_.push_back(dataSheetName(names_.size() + 1));
    const char* name = names_.back().c_str();
    sheet_ = workbook_add_worksheet(context_.workbook, name);
    if (!sheet_) throw Error(FND_ERR_INTERNAL, std::string("cannot add the sheet ") + name);
    parts_.push_back(sheet_);
    checkLxw(worksheet_set_column(sheet_, kKindColumn, kChunkCountColumn, 12, nullptr),
             std::string("setting the column widths of ") + name);
    checkLxw(worksheet_set_column(sheet_, kFirstChunkColumn, kFirstChunkColumn, 80, nullptr),
             std::string("setting the column widths of ") + name);
    const auto marker = markerRowCells();
    for (lxw_col_t c = 0; c < marker.size(); ++c)
        writeText(sheet_, name, static_cast<lxw_row_t>(kMarkerRow), c, marker[c], nullptr);
    const auto header = headerRowCells();
    for (lxw_col_t c = 0; c < header.size(); ++c)
        writeText(sheet_, name, static_cast<lxw_row_t>(kHeaderRow), c, header[c],
                  context_.styles.header);
    nextRow_ = static_cast<lxw_row_t>(kFirstRecordRow);
    if (!context_.constantMemory) {
        DataPartRows rows;
        rows.rows = std::make_unique<RowSpool>(tempDir_);
        rows.entryName = worksheetEntry(context_.workbook, sheet_);
        rows.lastRow = kHeaderRow;
        rows.lastColumn = std::max<std::size_t>(header.size(), marker.size()) - 1;
        splices_.push_back(std::move(rows));
    }
}

void DataSheetWriter::writeRow(const std::string& kind, const std::string& id,
                               const std::vector<std::string>& chunks) {
    if (nextRow_ >= kExcelMaxRows) startPart();
    const lxw_row_t r = nextRow_++;
    if (!context_.constantMemory) {
        DataPartRows& part = splices_.back();
        rowXml_.clear();
        appendDataRowXml(rowXml_, r, kind, id, chunks);
        part.rows->append(rowXml_);
        part.lastRow = r;
        part.lastColumn = std::max<std::size_t>(part.lastColumn, kFirstChunkColumn + chunks.size() - 1);
        return;
    }
    const char* name = names_.back().c_str();
    writeText(sheet_, name, r, kKindColumn, kind, nullptr);
    writeText(sheet_, name, r, kIdColumn, id, nullptr);
    writeNumber(sheet_, name, r, kChunkCountColumn, static_cast<double>(chunks.size()), nullptr);
    // The JSON is already valid cell text (JSON escapes control characters) and each chunk is
    // within a cell's limit, so it goes in without writeText's cleaning.
    for (std::size_t i = 0; i < chunks.size(); ++i) {
        const lxw_col_t c = static_cast<lxw_col_t>(kFirstChunkColumn + i);
        const lxw_error err = worksheet_write_string(sheet_, r, c, chunks[i].c_str(), nullptr);
        if (err != LXW_NO_ERROR)
            checkLxw(err, std::string("writing cell ") + name + "!" + cellName(r, c));
    }
}

void DataSheetWriter::add(const Source& source) {
    const DataRow row = sourceRow(source);
    writeRow(row.kind, row.id, row.chunks);
}

void DataSheetWriter::add(const Finding& finding) {
    const DataRow row = findingRow(finding);
    writeRow(row.kind, row.id, row.chunks);
}

void DataSheetWriter::finish() {
    for (lxw_worksheet* sheet : parts_) {
        worksheet_hide(sheet);
        lxw_protection protection{};
        worksheet_protect(sheet, password_.empty() ? nullptr : password_.c_str(), &protection);
    }
}

}  // namespace findings::excel
