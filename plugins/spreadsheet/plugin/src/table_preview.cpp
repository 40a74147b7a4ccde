#include "table_preview.hpp"

#include "cell_text.hpp"
#include "row_cells.hpp"
#include "table_fields.hpp"

namespace spreadsheet {

DiscardingSink::DiscardingSink() : sink_(&table_) {
    table_.struct_size = sizeof table_;
    table_.source = [](void*, const fnd_source*) -> int { return 0; };
    table_.finding = [](void*, const fnd_finding*) -> int { return 0; };
}

template <typename Call>
void PreviewHandler::guarded(Call&& call) {
    if (readerDone_) return;
    try {
        if (!call()) readerDone_ = true;
    } catch (const findings::Error& e) {
        // Cancellation ends the preview; anything else is what these options get wrong.
        if (e.status() == FND_ERR_CANCELLED) throw;
        problem_ = e.what();
        readerDone_ = true;
    }
}

void PreviewHandler::onSheetStart(const findings::sheetread::SheetStart& start) {
    guarded([&] {
        reader_.onSheetStart(start);
        return true;
    });
}

bool PreviewHandler::onRow(const findings::sheetread::Row& row) {
    if (rows_.size() < maxRows_) {
        std::vector<std::string> cells;
        for (size_t i = 0; i < row.cellCount; ++i) {
            const findings::sheetread::Cell& cell = row.cells[i];
            // The host keeps no more cells than this: a hostile row's 16,384 columns would
            // only cost memory here.
            if (!hasValue(cell) || cell.column == 0 || cell.column > FND_PREVIEW_MAX_CELLS) continue;
            if (cells.size() < cell.column) cells.resize(cell.column);
            cells[cell.column - 1] = cellText(cell);
        }
        rows_.emplace_back(row.number, std::move(cells));
    }
    guarded([&] { return reader_.onRow(row); });
    // Enough rows, and the reader knows its header (or has stopped looking).
    return rows_.size() < maxRows_ || (!readerDone_ && !reader_.result().headerFound);
}

bool PreviewHandler::onRowProblem(const findings::sheetread::RowProblem& problem) {
    guarded([&] { return reader_.onRowProblem(problem); });
    return true;
}

void PreviewHandler::onSheetEnd(const findings::sheetread::SheetEnd& end) {
    guarded([&] {
        reader_.onSheetEnd(end);
        return true;
    });
}

std::optional<uint32_t> PreviewHandler::headerRow() const {
    if (!reader_.result().headerFound) return std::nullopt;
    return reader_.result().headerRow;
}

void reportPreview(const findings::PreviewOut& out, const PreviewHandler& preview, const TableReader& reader,
                   const std::string& sheet, size_t sheetCount) {
    const std::optional<uint32_t> header = preview.headerRow();
    out.table(sheet, sheetCount, header ? int64_t(*header) : int64_t(FND_NONE));
    for (const auto& [number, cells] : preview.rows())
        if (!out.row(number, cells)) break;
    const TableLayout* layout = reader.layout();
    for (TableField field : kAllTableFields)
        out.field(tableFieldName(field), tableFieldLabel(field), layout ? layout->fieldHeaders[size_t(field)] : "");
}

}  // namespace spreadsheet
