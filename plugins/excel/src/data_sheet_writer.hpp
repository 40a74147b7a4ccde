// Writes the hidden data whose layout findings/excel/roundtrip/data_sheet.hpp defines: the
// marker row, the header row, one row per source, then one row per finding, continuing on
// "_findings2", ... when a sheet is full. Every part is hidden (made "very hidden" when the
// file is streamed out, see workbook_output.hpp) and protected, so nobody edits it by
// accident.
#pragma once

#include "sheet_context.hpp"

#include <findings/sdk/records.hpp>

#include <string>
#include <vector>

namespace findings::excel {

class DataSheetWriter {
public:
    /// Adds the first part to the workbook (after every visible sheet) and writes its marker
    /// and header rows.
    DataSheetWriter(SheetContext& context, std::string password);
    /// Writes the next source's row; all sources come before the first finding.
    void add(const Source& source);
    /// Writes the next finding's row.
    void add(const Finding& finding);
    /// Hides and protects every part.
    void finish();
    /// The names of the parts written, "_findings" first.
    const std::vector<std::string>& sheetNames() const { return names_; }

private:
    void startPart();
    void writeRow(const std::string& kind, const std::string& id,
                  const std::vector<std::string>& chunks);
    SheetContext& context_;
    std::string password_;
    std::vector<lxw_worksheet*> parts_;
    std::vector<std::string> names_;
    lxw_worksheet* sheet_ = nullptr;
    lxw_row_t nextRow_ = 0;
};

}  // namespace findings::excel
