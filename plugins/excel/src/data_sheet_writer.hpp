// Writes the hidden data whose layout findings/excel/roundtrip/data_sheet.hpp defines: the
// marker row, the header row, one row per source, then one row per finding, continuing on
// "_findings2", ... when a sheet is full. Every part is hidden (made "very hidden" when the
// file is streamed out, see workbook_output.hpp) and protected, so nobody edits it by
// accident.
#pragma once

#include "row_spool.hpp"
#include "sheet_context.hpp"

#include <findings/sdk/records.hpp>

#include <memory>
#include <string>
#include <vector>

namespace findings::excel {

/// Record rows of one data part kept out of libxlsxwriter (normal mode, see
/// data_rows_xml.hpp), to be spliced into its zip entry when the workbook is streamed out.
/// The rows wait in a scratch file (row_spool.hpp), so memory holds them only while
/// they are spliced, after libxlsxwriter has let go of everything else.
struct DataPartRows {
    std::string entryName;  ///< "xl/worksheets/sheet6.xml"
    std::unique_ptr<RowSpool> rows; ///< the record rows, in order
    std::size_t lastRow = 0, lastColumn = 0; ///< 0-based, for the part's dimension
};

class DataSheetWriter {
public:
    /// Adds the first part to the workbook (after every visible sheet) and writes its marker
    /// and header rows.
    /// `tempDir` holds the record rows of normal mode until the workbook is streamed out.
    DataSheetWriter(SheetContext& context, std::string password, std::string tempDir);
    /// Writes the next source's row; all sources come before the first finding.
    void add(const Source& source);
    /// Writes the next finding's row.
    void add(const Finding& finding);
    /// Hides and protects every part.
    void finish();
    /// The names of the parts written, "_findings" first.
    const std::vector<std::string>& sheetNames() const { return names_; }
    /// The record rows to splice into each part (none in constant-memory mode, where
    /// libxlsxwriter writes them).
    std::vector<DataPartRows>& rowsToSplice() { return splices_; }

private:
    void startPart();
    void writeRow(const std::string& kind, const std::string& id,
                  const std::vector<std::string>& chunks);
    SheetContext& context_;
    std::string password_;
    std::string tempDir_;
    std::string rowXml_;  ///< one record row's XML, reused
    std::vector<lxw_worksheet*> parts_;
    std::vector<std::string> names_;
    lxw_worksheet* sheet_ = nullptr;
    lxw_row_t nextRow_ = 0;
    std::vector<DataPartRows> splices_;
};

}  // namespace findings::excel
