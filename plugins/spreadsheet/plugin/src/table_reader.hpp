// Reads one sheet (or one CSV file) as a tracker table while it streams: keeps the rows above
// the header, finds the header (the first row naming several known columns, or the row the
// header_row option gives), maps its columns, then turns each data row into a finding and
// emits it at once. Blank rows are passed over; hidden rows are reported and skipped unless
// asked for; a row with a single cell is a note (under the table, or starting "Notes") or a
// group heading (above data rows); a row with cells but no finding text is reported.
#pragma once

#include "column_vocabulary.hpp"
#include "diagnostics.hpp"
#include "finding_builder.hpp"
#include "import_options.hpp"
#include "merge_tracker.hpp"
#include "preamble.hpp"
#include "row_cells.hpp"
#include "sheet_emitter.hpp"
#include "table_layout.hpp"
#include "theme_resolver.hpp"

#include <findings/sheetread/sheet_handler.hpp>

#include <functional>
#include <memory>
#include <optional>

namespace spreadsheet {

/// What a sheet read gave.
struct TableResult {
    bool headerFound = false;
    uint32_t headerRow = 0;
    size_t findings = 0;
    size_t hiddenRowsSkipped = 0;
    size_t rowsSearched = 0; ///< non-blank rows looked at for a header
};

/// Everything a TableReader needs from its importer, shared by the sheets of one import.
struct TableEnvironment {
    const TableOptions& options;
    const ColumnVocabulary& vocabulary;
    const ThemeResolver& themes;
    const findings::classify::CallClassifier& classifier; ///< the host's, else our own
    Diagnostics& diagnostics;
    const findings::Sink& sink;
    std::string fileName;      ///< the input's display name, for messages
    /// Called every few hundred rows (progress and cancellation); may throw to stop.
    std::function<void(uint32_t row)> tick;
};

/// Facts about the CSV record being delivered, which rows do not carry (the row number is
/// the record number, as a spreadsheet program shows the file).
struct CsvRecordFacts {
    uint64_t number = 0;     ///< 1-based record number
    uint64_t line = 0;       ///< 1-based line it starts on
    uint64_t lineEnd = 0;    ///< 1-based line it ends on
    size_t fieldCount = 0;   ///< fields, empty ones included
};

class TableReader : public findings::sheetread::SheetHandler {
public:
    /// `source` is the sheet's source as known before reading (id, kind, path facts);
    /// the reader adds the title, date and properties from the rows above the header.
    TableReader(TableEnvironment& env, SheetContext context, findings::Source source);
    ~TableReader() override;

    /// Adds a property to the sheet's source (effective until the header is found).
    void setSourceProperty(const std::string& key, const std::string& value) {
        findings::setProperty(source_.properties, key, value);
    }
    /// For CSV: the facts of the record about to be delivered (set before each onRow).
    void setCsvRecord(const CsvRecordFacts& facts) { csv_ = facts; }

    void onSheetStart(const findings::sheetread::SheetStart& start) override;
    bool onRow(const findings::sheetread::Row& row) override;
    bool onRowProblem(const findings::sheetread::RowProblem& problem) override;
    void onSheetEnd(const findings::sheetread::SheetEnd& end) override;

    const TableResult& result() const { return result_; }
    /// The header layout, once found.
    const TableLayout* layout() const { return layout_ ? &*layout_ : nullptr; }

    /// Non-blank rows looked at for a header before giving up.
    static constexpr size_t kMaxHeaderSearchRows = 100;

private:
    enum class State { SearchingHeader, InHeader, Data };

    std::vector<HeaderColumn> headerColumnsOf(uint32_t row) const;
    void addSubHeaderRow(uint32_t row);
    bool splitsMergedHeader(uint32_t row) const;
    void startHeader(uint32_t row);
    void finishHeader();
    void handleDataRow(const findings::sheetread::Row& row);
    RowPlace placeOf(uint32_t row) const;
    findings::DiagLocation diagPlace(uint32_t row) const;
    [[noreturn]] void layoutFailed(const std::string& why) const;

    TableEnvironment& env_;
    SheetContext context_;
    findings::Source source_;
    State state_ = State::SearchingHeader;
    MergeTracker merges_;
    RowCells cells_;
    Preamble preamble_;
    std::vector<HeaderColumn> header_;
    uint32_t headerFirst_ = 0, headerLast_ = 0;
    /// Columns under header cells merged across (not down): the row below may name them.
    std::vector<uint32_t> mergedAcrossColumns_;
    bool subHeaderTentative_ = false;
    std::optional<TableLayout> layout_;
    std::unique_ptr<FindingBuilder> builder_;
    std::unique_ptr<SheetEmitter> emitter_;
    std::optional<CsvRecordFacts> csv_;
    size_t headerFieldCount_ = 0;
    int64_t paragraph_ = 0;
    std::vector<std::string> notes_;
    std::vector<std::string> pendingHeadings_;
    std::string heading_;
    bool inNotes_ = false;
    uint32_t lastRow_ = 0;
    uint64_t rowsSeen_ = 0;
    TableResult result_;
};

}  // namespace spreadsheet
