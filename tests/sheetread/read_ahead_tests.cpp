// readSheetAhead: a sheet read on a second thread reaches the handler exactly as readSheet
// delivers it (every cell, row, problem and merge, in order), in small batches that make the
// reader wait for the handler; a handler that stops or throws stops the reader, and a
// corrupt part is reported after the rows before it, never a hang or a lost fault.
#include "sheet_collector.hpp"
#include "test_helpers.hpp"

#include <findings/sheetread/cell_ref.hpp>
#include <findings/sheetread/read_ahead.hpp>
#include <findings/sheetread/sheet_error.hpp>

#include <catch2/catch.hpp>

#include <stdexcept>
#include <string>

using namespace findings::sheetread;
using sheetread_test::fixture;
using sheetread_test::SheetCollector;
using sheetread_test::SheetCopy;

namespace {

void checkSameDelivery(const SheetCopy& ahead, const SheetCopy& plain) {
    CHECK(ahead.started);
    CHECK(ahead.ended == plain.ended);
    CHECK(ahead.rows == plain.rows);
    CHECK(ahead.hiddenRows == plain.hiddenRows);
    CHECK(ahead.problems == plain.problems);
    CHECK(ahead.valueGrid() == plain.valueGrid());
    REQUIRE(ahead.cells.size() == plain.cells.size());
    for (const auto& [position, cell] : plain.cells) {
        const auto& other = ahead.cells.at(position);
        INFO("row " << position.first << ", column " << position.second);
        CHECK(other.number == cell.number);
        CHECK(other.isDateFormat == cell.isDateFormat);
        CHECK(other.fill == cell.fill);
        CHECK(other.bold == cell.bold);
        CHECK(other.hasFormula == cell.hasFormula);
        CHECK(other.formula == cell.formula);
        CHECK(other.sheet == cell.sheet);
    }
    auto refs = [](const std::vector<CellRange>& ranges) {
        std::vector<std::string> out;
        for (const CellRange& r : ranges) out.push_back(formatCellRef(r.first) + ":" + formatCellRef(r.last));
        return out;
    };
    CHECK(refs(ahead.mergesAtStart) == refs(plain.mergesAtStart));
    CHECK(refs(ahead.mergesAtEnd) == refs(plain.mergesAtEnd));
}

/// Reads `sheet` of `file` both ways and checks the handler heard the same.
void compareReads(const std::string& file, const std::string& sheet, const XlsxLimits& limits,
                  const ReadAheadOptions& ahead) {
    XlsxWorkbook plainBook = XlsxWorkbook::openFile(fixture(file), limits);
    SheetCollector plain;
    const SheetSummary plainSummary = plainBook.readSheet(
        sheet.empty() ? plainBook.sheets().front() : plainBook.sheetFor(sheet), plain);

    XlsxWorkbook aheadBook = XlsxWorkbook::openFile(fixture(file), limits);
    SheetCollector read;
    const SheetSummary aheadSummary = readSheetAhead(
        aheadBook, sheet.empty() ? aheadBook.sheets().front() : aheadBook.sheetFor(sheet), read, {}, ahead);

    checkSameDelivery(read.copy, plain.copy);
    CHECK(aheadSummary.rowsDelivered == plainSummary.rowsDelivered);
    CHECK(aheadSummary.rowsWithProblems == plainSummary.rowsWithProblems);
    CHECK(aheadSummary.cells == plainSummary.cells);
    CHECK_FALSE(aheadSummary.stoppedByHandler);
}

/// Throws from onRow at the given row.
class ThrowingHandler : public SheetCollector {
public:
    explicit ThrowingHandler(uint32_t atRow) : atRow_(atRow) {}
    bool onRow(const Row& row) override {
        if (row.number == atRow_) throw std::runtime_error("handler gave up at row " + std::to_string(row.number));
        return SheetCollector::onRow(row);
    }

private:
    uint32_t atRow_;
};

}  // namespace

TEST_CASE("a sheet read ahead reaches the handler as a plain read delivers it", "[xlsx][read-ahead]") {
    // Two rows a batch and one batch waiting: the reader waits on the handler at every step.
    const ReadAheadOptions small{2, 1};
    const ReadAheadOptions wide{};
    XlsxLimits strings;
    strings.maxStringBytes = 1000;
    for (const ReadAheadOptions& ahead : {small, wide}) {
        INFO("rows per batch " << ahead.rowsPerBatch);
        compareReads("tracker.xlsx", "Tracker", {}, ahead);
        compareReads("extras.xlsx", "", {}, ahead);
        compareReads("formulas.xlsx", "", {}, ahead);
        compareReads("bad_rows.xlsx", "", strings, ahead);
    }
}

TEST_CASE("a handler that stops a sheet read ahead hears of no row after it", "[xlsx][read-ahead]") {
    XlsxWorkbook book = XlsxWorkbook::openFile(fixture("tracker.xlsx"));
    SheetCollector collector(3);
    const SheetSummary summary = readSheetAhead(book, book.sheetFor("Tracker"), collector, {}, {2, 1});
    CHECK(summary.stoppedByHandler);
    CHECK(summary.rowsDelivered == 3);
    CHECK(collector.copy.rows == std::vector<uint32_t>{1, 2, 3});
    CHECK(collector.copy.ended);
    // The workbook is free again: a second read gives the whole sheet.
    SheetCollector again;
    CHECK(readSheetAhead(book, book.sheetFor("Tracker"), again).rowsDelivered == 9);
}

TEST_CASE("an exception from a handler reading ahead stops the reader and reaches the caller",
          "[xlsx][read-ahead]") {
    XlsxWorkbook book = XlsxWorkbook::openFile(fixture("tracker.xlsx"));
    ThrowingHandler handler(5);
    CHECK_THROWS_WITH(readSheetAhead(book, book.sheetFor("Tracker"), handler, {}, {1, 1}),
                      "handler gave up at row 5");
    CHECK(handler.copy.rows == std::vector<uint32_t>{1, 2, 3, 4});
    CHECK_FALSE(handler.copy.ended);
}

TEST_CASE("a corrupt sheet read ahead is reported after the rows before the fault", "[xlsx][read-ahead][bad]") {
    XlsxWorkbook book = XlsxWorkbook::openFile(fixture("truncated_xml.xlsx"));
    SheetCollector collector;
    try {
        readSheetAhead(book, book.sheets()[0], collector, {}, {1, 1});
        FAIL("truncated XML was accepted");
    } catch (const SheetReadError& e) {
        CHECK(e.kind() == SheetErrorKind::CorruptPart);
        CHECK_THAT(e.what(), Catch::Contains("unexpected end of XML inside <v>"));
    }
    CHECK(collector.copy.rows == std::vector<uint32_t>{1});
    CHECK_FALSE(collector.copy.ended);
}
