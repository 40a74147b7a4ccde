// Streaming reader for .xlsx workbooks (transitional and Strict OOXML; written by Excel,
// LibreOffice, Google Sheets, openpyxl, libxlsxwriter). Sheets are read row by row through
// a SheetHandler with memory that does not grow with the number of rows.
#pragma once

#include <findings/safezip/byte_source.hpp>
#include <findings/sheetread/cell.hpp>
#include <findings/sheetread/excel_dates.hpp>
#include <findings/sheetread/sheet_handler.hpp>
#include <findings/sheetread/xlsx_limits.hpp>

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace findings::sheetread {

/// Whether a sheet shows in Excel's tab bar.
enum class SheetVisibility {
    Visible,
    Hidden,     ///< hidden; the user can unhide it
    VeryHidden, ///< hidden; only VBA can unhide it
};

/// What a sheet holds.
enum class SheetKind {
    Worksheet,  ///< cells
    Chartsheet, ///< one chart, no cells (reading it yields no rows)
    Other,      ///< dialog or macro sheet
};

/// One sheet as listed by workbook.xml.
struct SheetInfo {
    std::string name;          ///< tab name
    size_t index = 0;          ///< 0-based position in the workbook
    std::string part;          ///< its zip entry ("xl/worksheets/sheet1.xml")
    SheetVisibility visibility = SheetVisibility::Visible;
    SheetKind kind = SheetKind::Worksheet;
};

/// Options for one readSheet() call.
struct SheetReadOptions {
    /// Find merged ranges before the first row (SheetStart::mergedRanges) by a quick extra
    /// pass over the sheet, so a header spread over merged cells can be recognised while
    /// streaming. Costs about one extra inflation of the sheet.
    bool mergesBeforeRows = true;
};

/// Totals of one readSheet() call (the same as SheetEnd's).
struct SheetSummary {
    uint64_t rowsDelivered = 0;    ///< rows passed to onRow()
    uint64_t rowsWithProblems = 0; ///< rows reported to onRowProblem() and not delivered
    uint64_t cells = 0;            ///< cells delivered
    bool stoppedByHandler = false; ///< a callback returned false
};

/// An open workbook. Opening reads the zip directory, workbook.xml and its relationships,
/// styles.xml and the theme (all small); shared strings are loaded on the first readSheet()
/// (they are needed by every sheet and bounded by the caps). Not thread-safe; movable.
///
/// Errors: safezip::ZipError for the container (not a zip, OLE/legacy .xls or password-
/// protected, truncated, zip bomb); SheetReadError for the workbook (not a spreadsheet,
/// missing sheet or part, malformed XML or DOCTYPE naming the part, caps).
class XlsxWorkbook {
public:
    /// Opens the workbook in `source`.
    explicit XlsxWorkbook(std::unique_ptr<safezip::ByteSource> source, const XlsxLimits& limits = {});
    /// Opens the file at `path`.
    static XlsxWorkbook openFile(const std::string& path, const XlsxLimits& limits = {});
    XlsxWorkbook(XlsxWorkbook&&) noexcept;
    XlsxWorkbook& operator=(XlsxWorkbook&&) noexcept;
    ~XlsxWorkbook();

    /// Display name of the file (its path, or the source's name).
    const std::string& fileName() const;
    /// Every sheet in tab order, hidden ones included.
    const std::vector<SheetInfo>& sheets() const;
    /// The sheet called `name`: an exact match, else a case-insensitive one (Excel treats
    /// sheet names case-insensitively); nullptr when none.
    const SheetInfo* findSheet(std::string_view name) const;
    /// As findSheet(), but throws SheetReadError (MissingSheet) listing the sheets there are.
    const SheetInfo& sheetFor(std::string_view name) const;

    /// The workbook's date system (1904 when workbookPr date1904 is set).
    DateSystem dateSystem() const;
    /// True for Strict OOXML (ISO/IEC 29500 strict namespaces).
    bool isStrict() const;
    /// Styles by cellXfs index (index 0 always exists).
    const std::vector<CellStyle>& cellStyles() const;
    /// Custom document properties (docProps/custom.xml) as name/value text pairs, in file
    /// order; empty when the part is absent. Lets an importer recognise workbooks this
    /// application exported by a marker property.
    std::vector<std::pair<std::string, std::string>> customProperties() const;

    /// Zip entry names listed more than once (see safezip::Archive::duplicateNames()).
    const std::vector<std::string>& duplicateEntries() const;

    /// Merged ranges of `sheet`, by a quick pass that skips the rows.
    std::vector<CellRange> mergedRanges(const SheetInfo& sheet);

    /// Streams `sheet` to `handler`: onSheetStart, then onRow / onRowProblem per row in file
    /// order, then onSheetEnd. Exceptions from the handler propagate.
    SheetSummary readSheet(const SheetInfo& sheet, SheetHandler& handler, const SheetReadOptions& options = {});

    /// Implementation detail.
    struct Impl;

private:
    std::unique_ptr<Impl> impl_;
};

}  // namespace findings::sheetread
