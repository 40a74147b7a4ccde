#include "data_sheet_writer.hpp"

#include "cell_writer.hpp"
#include "xlsx_error.hpp"

#include <findings/excel/roundtrip/data_sheet.hpp>
#include <findings/excel/roundtrip/record_json.hpp>

#include <utility>

namespace findings::excel {

DataSheetWriter::DataSheetWriter(SheetContext& context, std::string password)
    : context_(context), password_(std::move(password)) {
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
}

void DataSheetWriter::writeRow(const std::string& kind, const std::string& id,
                               const std::vector<std::string>& chunks) {
    if (nextRow_ >= kExcelMaxRows) startPart();
    const char* name = names_.back().c_str();
    const lxw_row_t r = nextRow_++;
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
