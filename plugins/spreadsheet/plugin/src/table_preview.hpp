// A table's preview (the document's first rows, the header row and the column each field is
// read from): the rows as a person sees them, while a TableReader reads the same rows exactly
// as the import does, its records going nowhere, so the header it finds and the columns it
// maps are the import's own.
#pragma once

#include "table_reader.hpp"

#include <findings/sdk.hpp>
#include <findings/sheetread/sheet_handler.hpp>

#include <optional>
#include <string>
#include <vector>

namespace spreadsheet {

/// A sink that keeps nothing: a preview reads rows as the import does, but imports nothing.
class DiscardingSink {
public:
    DiscardingSink();
    const findings::Sink& sink() const { return sink_; }

private:
    fnd_sink table_{};
    findings::Sink sink_;
};

/// Collects the first rows of a sheet and hands every row to `reader` until it has found the
/// header (or given up looking), so what is shown and what is mapped come from one reading.
class PreviewHandler : public findings::sheetread::SheetHandler {
public:
    PreviewHandler(TableReader& reader, size_t maxRows) : reader_(reader), maxRows_(maxRows) {}

    void onSheetStart(const findings::sheetread::SheetStart& start) override;
    bool onRow(const findings::sheetread::Row& row) override;
    bool onRowProblem(const findings::sheetread::RowProblem& problem) override;
    void onSheetEnd(const findings::sheetread::SheetEnd& end) override;

    /// The rows collected: row number, and cell texts by column from column 1.
    const std::vector<std::pair<int64_t, std::vector<std::string>>>& rows() const { return rows_; }
    /// The 1-based header row the reader found, or nullopt.
    std::optional<uint32_t> headerRow() const;
    /// Why the reader could not use the table with these options (a header_row past the
    /// end, a map.* naming no column), or "".
    const std::string& problem() const { return problem_; }

private:
    /// Runs one reader callback, keeping the first failure instead of ending the preview.
    template <typename Call>
    void guarded(Call&& call);

    TableReader& reader_;
    size_t maxRows_;
    bool readerDone_ = false;
    std::string problem_;
    std::vector<std::pair<int64_t, std::vector<std::string>>> rows_;
};

/// Reports a finished preview through `out`: the table, its rows (up to the host's limit)
/// and every field with the heading of the column the reader chose for it.
void reportPreview(const findings::PreviewOut& out, const PreviewHandler& preview, const TableReader& reader,
                   const std::string& sheet, size_t sheetCount);

}  // namespace spreadsheet
