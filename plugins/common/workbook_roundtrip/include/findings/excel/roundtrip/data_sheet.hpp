// The hidden "_findings" sheet: the original records of an exported workbook.
//
// Layout (rows and columns 0-based here; "A1" is row 0, column 0):
//
//   row 0   marker    A: "findings-workbook"   B: layout version ("1")
//                     C: findings format version ("1.1")   D: a note for people
//   row 1   headers   A: "Kind"  B: "Id"  C: "Chunks"  D: "JSON"
//   row 2+  records   A: "source" or "finding"
//                     B: the record's id
//                     C: how many JSON chunks follow (a number; readers accept "3" or "3.0")
//                     D, E, ...: the record as JSON (record_json.hpp), cut into chunks of at
//                     most kMaxChunkBytes; concatenated they are the whole record
//
// All sources come first, then the findings in the set's order. Blank rows are ignored.
// A sheet holds at most kMaxRecordsPerSheet records (Excel's row limit); further records
// continue on "_findings2", "_findings3", ... (dataSheetName()), each again starting with the
// marker and header rows. A reader feeds the parts in that order to one DataSheetDecoder.
// A reader refuses a layout version above kDataSheetLayoutVersion (a later, incompatible
// layout) and ignores rows of a kind it does not know (a later, compatible addition).
// The sheet is written "very hidden" (not listed in Excel's Unhide dialog) and protected;
// tools that cannot keep "very hidden" keep it hidden, which is as good for reading back.
#pragma once

#include <findings/excel/roundtrip/record_json.hpp>
#include <findings/sdk/records.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace findings::excel {

/// Name of the hidden sheet.
inline constexpr const char* kDataSheetName = "_findings";
/// Text of cell A1 that marks a workbook written by Findings Studio.
inline constexpr const char* kDataSheetMarker = "findings-workbook";
/// Version of the layout above; bumped only for changes an older reader cannot read.
inline constexpr int kDataSheetLayoutVersion = 1;
/// A custom document property set to kDataSheetMarker + "/" + layout version. A second,
/// cheap marker for tools that keep custom properties (Excel does; LibreOffice and openpyxl
/// may not), never the only one.
inline constexpr const char* kCustomPropertyName = "FindingsWorkbook";

/// Columns of a record row.
enum DataColumn : int {
    kKindColumn = 0,        ///< "source" or "finding"
    kIdColumn = 1,          ///< the record's id
    kChunkCountColumn = 2,  ///< number of JSON chunks
    kFirstChunkColumn = 3   ///< first JSON chunk; the rest follow to the right
};
/// Row of the marker, of the headers, and of the first record.
inline constexpr std::size_t kMarkerRow = 0;
inline constexpr std::size_t kHeaderRow = 1;
inline constexpr std::size_t kFirstRecordRow = 2;

/// Rows in an Excel sheet, and so records in one part of the data.
inline constexpr std::size_t kExcelMaxRows = 1048576;
inline constexpr std::size_t kMaxRecordsPerSheet = kExcelMaxRows - kFirstRecordRow;

/// Name of part `part` (1-based) of the data: "_findings", "_findings2", "_findings3", ...
std::string dataSheetName(std::size_t part);
/// The part number of a data sheet's name (1 for "_findings", 2 for "_findings2"), or 0 when
/// `name` is not one.
std::size_t dataSheetPart(std::string_view name);

/// Values of the Kind column.
inline constexpr const char* kSourceKind = "source";
inline constexpr const char* kFindingKind = "finding";

/// The cells of the marker row and of the header row, in column order.
std::vector<std::string> markerRowCells();
std::vector<std::string> headerRowCells();

/// The cells of one record row (the chunk count is chunks.size()).
struct DataRow {
    std::string kind;
    std::string id;
    std::vector<std::string> chunks;
};
/// The row for a source / a finding.
DataRow sourceRow(const Source& source);
DataRow findingRow(const Finding& finding);

/// True when `a1`, the text of cell A1 of a sheet, is the marker.
bool isDataSheetMarker(std::string_view a1);

/// Spreadsheet cell name of a 0-based row and column: (6, 3) -> "D7".
std::string cellName(std::size_t row, std::size_t column);

/// What the hidden sheet holds.
struct WorkbookRecords {
    int layoutVersion = 0;
    std::string formatVersion;  ///< of the records, e.g. "1.1"
    std::vector<Source> sources;
    std::vector<Finding> findings;
};

/// Reads the hidden data row by row, so a reader can stream a large sheet.
class DataSheetDecoder {
public:
    /// Starts the next part of the data, "_findings2" and on (the first part needs no call):
    /// its rows follow, beginning with its own marker row.
    void startSheet(std::string_view name);
    /// Takes row `row` (0-based, increasing; rows may be skipped) of the current part with the
    /// text of its cells in column order, "" for a blank cell. Throws RecordError naming the
    /// sheet and cell, e.g. "_findings!D7: not valid JSON ...", for a missing or wrong
    /// marker, a newer layout, a record whose parts are missing, a record that does not
    /// decode, an id that differs from the record's own, or an id seen twice.
    void addRow(std::size_t row, const std::vector<std::string>& cells);
    /// The records read; throws RecordError when no marker row was seen.
    WorkbookRecords finish();

private:
    [[noreturn]] void fail(std::size_t row, std::size_t column, const std::string& what) const;
    WorkbookRecords records_;
    std::string sheet_ = kDataSheetName;
    bool sheetMarker_ = false; ///< the current part's marker row was seen
    bool anyMarker_ = false;
    std::unordered_set<std::string> sourceIds_, findingIds_;
};

/// Decodes the data given as rows of cell text (row 0 first), one part or, when `parts` has
/// more than one element, every part in order. Throws RecordError.
WorkbookRecords decodeDataSheet(const std::vector<std::vector<std::string>>& rows);
WorkbookRecords decodeDataSheets(
    const std::vector<std::vector<std::vector<std::string>>>& parts);

}  // namespace findings::excel
