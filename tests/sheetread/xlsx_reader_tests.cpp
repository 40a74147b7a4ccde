// XlsxWorkbook on workbooks written by openpyxl and on hand-made packages: cell types,
// dates in both systems, style facts, merged cells, hidden rows and sheets, Strict OOXML.
#include "sheet_collector.hpp"
#include "test_helpers.hpp"

#include <findings/sheetread/xlsx_workbook.hpp>

#include <catch2/catch.hpp>

using namespace findings::sheetread;
using sheetread_test::fixture;
using sheetread_test::readSheetCopy;
using sheetread_test::SheetCollector;

TEST_CASE("xlsx lists sheets with their visibility and parts", "[xlsx]") {
    XlsxWorkbook book = XlsxWorkbook::openFile(fixture("tracker.xlsx"));
    REQUIRE(book.sheets().size() == 3);
    CHECK(book.sheets()[0].name == "Tracker");
    CHECK(book.sheets()[0].visibility == SheetVisibility::Visible);
    CHECK(book.sheets()[1].visibility == SheetVisibility::Hidden);
    CHECK(book.sheets()[2].visibility == SheetVisibility::VeryHidden);
    CHECK(book.sheets()[0].part == "xl/worksheets/sheet1.xml");
    CHECK(book.sheets()[0].kind == SheetKind::Worksheet);
    CHECK(book.findSheet("tracker") == &book.sheets()[0]);
    CHECK(book.findSheet("Missing") == nullptr);
    CHECK(book.dateSystem() == DateSystem::Excel1900);
    CHECK_FALSE(book.isStrict());
}

TEST_CASE("xlsx reads typed values from an openpyxl tracker", "[xlsx]") {
    const auto sheet = readSheetCopy(fixture("tracker.xlsx"), "Tracker");
    CHECK(sheet.at("A1").text == "Children’s Services Improvement Plan");
    CHECK(sheet.at("A2").text == "Council: Exampleshire £ & <Co>");
    CHECK(sheet.at("B4").text == "Improve “timeliness” of assessments – £2m");
    CHECK(sheet.at("B5").text == "Line one\nLine two");
    CHECK(sheet.at("C5").text == "  padded  ");
    CHECK(sheet.at("A4").type == CellType::String);
    CHECK(sheet.at("A4").text == "1.1");  // a reference typed as text stays text

    CHECK(sheet.at("F4").type == CellType::Number);
    CHECK(sheet.at("F4").text == "0.25");
    CHECK(sheet.at("F8").text == "1234567.891");
    CHECK(sheet.at("B9").text == "-5");
    CHECK(sheet.at("C9").number == 42);

    CHECK(sheet.at("G4").type == CellType::Boolean);
    CHECK(sheet.at("G4").text == "TRUE");
    CHECK(sheet.at("G5").text == "FALSE");
    CHECK(sheet.at("G5").number == 0);
}

TEST_CASE("xlsx turns date-formatted numbers into ISO dates and keeps the serial", "[xlsx][dates]") {
    const auto sheet = readSheetCopy(fixture("tracker.xlsx"), "Tracker");
    CHECK(sheet.at("D4").type == CellType::Date);
    CHECK(sheet.at("D4").text == "2025-03-31");
    CHECK(sheet.at("D4").number == 45747);
    CHECK(sheet.at("D5").text == "2025-03-31T14:30:00");
    CHECK(sheet.at("D6").text == "2024-02-29");
    CHECK(sheet.at("D7").text == "2025-01-15");  // custom format "d mmmm yyyy"
    CHECK(sheet.at("D8").text == "12:00:00");    // "h:mm", a time of day
    CHECK(sheet.at("D8").number == 0.5);
}

TEST_CASE("xlsx date formats: built-in, custom, locale-prefixed, quoted text and durations", "[xlsx][dates]") {
    const auto sheet = readSheetCopy(fixture("extras.xlsx"));
    // Serial 60 is Lotus's phantom 1900-02-29: left a number, never a day that did not exist.
    CHECK(sheet.at("A3").type == CellType::Number);
    CHECK(sheet.at("A3").number == 60);
    CHECK(sheet.at("B3").text == "1900-02-28");
    CHECK(sheet.at("C3").text == "1900-03-01");
    CHECK(sheet.at("A4").text == "2025-03-31");  // [$-809]dd/mm/yyyy;@
    CHECK(sheet.at("B4").type == CellType::Number);  // "Due "0
    CHECK(sheet.at("C4").type == CellType::Number);  // [h]:mm
    CHECK(sheet.at("D4").text == "0.1");
}

TEST_CASE("xlsx reads the 1904 date system", "[xlsx][dates]") {
    XlsxWorkbook book = XlsxWorkbook::openFile(fixture("date1904.xlsx"));
    CHECK(book.dateSystem() == DateSystem::Excel1904);
    const auto sheet = readSheetCopy(fixture("date1904.xlsx"));
    CHECK(sheet.at("A1").text == "2025-03-31");
    CHECK(sheet.at("A1").number == 45747 - 1462);
    CHECK(sheet.at("A2").text == "1904-01-02T06:00:00");
    CHECK(sheet.at("A3").type == CellType::Date);  // serial 0: the system's first day
    CHECK(sheet.at("A3").text == "1904-01-01");
}

TEST_CASE("xlsx gives fill colours from rgb, theme with tint, and indexed colours", "[xlsx][style]") {
    const auto tracker = readSheetCopy(fixture("tracker.xlsx"), "Tracker");
    CHECK(tracker.at("E4").fill == 0xFF0000u);
    CHECK(tracker.at("E5").fill == 0xFFC000u);
    CHECK(tracker.at("E6").type == CellType::Empty);  // RAG kept only as a colour
    CHECK(tracker.at("E6").fill == 0x00B050u);
    CHECK(tracker.at("E8").fill == 0x0070C0u);
    CHECK_FALSE(tracker.at("B4").fill.has_value());
    CHECK(tracker.at("A3").bold);
    CHECK(tracker.at("A3").fill == 0xD9D9D9u);
    CHECK_FALSE(tracker.at("A4").bold);

    const auto extras = readSheetCopy(fixture("extras.xlsx"));
    CHECK(extras.at("A5").fill == 0xD9D9D9u);    // theme 0 (lt1, white) darkened by tint -0.15
    CHECK(extras.at("B5").fill == 0xFF0000u);    // indexed 10
    CHECK_FALSE(extras.at("C5").fill.has_value());  // gray125 is a pattern, not a solid fill
}

TEST_CASE("xlsx reports merged ranges before the first row and at the end", "[xlsx]") {
    const auto sheet = readSheetCopy(fixture("tracker.xlsx"), "Tracker");
    REQUIRE(sheet.mergesAtStart.size() == 1);
    CHECK(formatCellRef(sheet.mergesAtStart[0].first) == "A1");
    CHECK(formatCellRef(sheet.mergesAtStart[0].last) == "G1");
    CHECK(sheet.mergesAtEnd.size() == 1);

    XlsxWorkbook book = XlsxWorkbook::openFile(fixture("formulas.xlsx"));
    const auto merges = book.mergedRanges(book.sheets()[0]);
    REQUIRE(merges.size() == 2);
    CHECK(merges[1].contains(8, 2));
    CHECK_FALSE(merges[1].contains(8, 3));

    SheetCollector noPrepass;
    SheetReadOptions options;
    options.mergesBeforeRows = false;
    book.readSheet(book.sheets()[0], noPrepass, options);
    CHECK(noPrepass.copy.mergesAtStart.empty());
    CHECK(noPrepass.copy.mergesAtEnd.size() == 2);
}

TEST_CASE("xlsx flags hidden rows and still delivers them", "[xlsx]") {
    const auto sheet = readSheetCopy(fixture("tracker.xlsx"), "Tracker");
    CHECK(sheet.hiddenRows == std::vector<uint32_t>{7});
    CHECK(sheet.rows == std::vector<uint32_t>{1, 2, 3, 4, 5, 6, 7, 8, 9});
    CHECK(sheet.at("B7").text == "Hidden row");
}

TEST_CASE("xlsx reads hidden and very hidden sheets on request", "[xlsx]") {
    CHECK(readSheetCopy(fixture("tracker.xlsx"), "Notes").at("A1").text == "hidden sheet text");
    CHECK(readSheetCopy(fixture("tracker.xlsx"), "Lookup").at("A1").text == "Red");
}

TEST_CASE("xlsx reads errors, formulas' cached values and uncalculated formulas", "[xlsx]") {
    const auto extras = readSheetCopy(fixture("extras.xlsx"));
    CHECK(extras.at("A1").type == CellType::Error);
    CHECK(extras.at("A1").text == "#N/A");
    CHECK(extras.at("A2").type == CellType::Empty);  // openpyxl stores no cached value
    CHECK(extras.at("A2").hasFormula);
    CHECK(extras.at("A2").formula == "1+2");
    CHECK(extras.at("A6").text == "Line\rwith CR");  // _x000D_ decoded

    const auto f = readSheetCopy(fixture("formulas.xlsx"));
    CHECK(f.at("A1").text == "3");
    CHECK(f.at("A1").formula == "1+2");
    CHECK(f.at("B1").type == CellType::String);
    CHECK(f.at("B1").text == "ab");
    CHECK(f.at("B1").formula == "\"a\"&\"b\"");
    CHECK(f.at("C1").type == CellType::Error);
    CHECK(f.at("C1").text == "#DIV/0!");
    CHECK(f.at("D1").type == CellType::Boolean);
    CHECK(f.at("E2").text == "8");  // shared-formula follower: cached value, no text
    CHECK(f.at("E2").hasFormula);
    CHECK(f.at("E2").formula.empty());
}

TEST_CASE("xlsx reads Strict OOXML with rich text, ISO date cells and custom properties", "[xlsx][strict]") {
    XlsxWorkbook book = XlsxWorkbook::openFile(fixture("strict.xlsx"));
    CHECK(book.isStrict());
    REQUIRE(book.sheets().size() == 1);
    CHECK(book.sheets()[0].name == "Strict Sheet");
    const auto props = book.customProperties();
    REQUIRE(props.size() == 1);
    CHECK(props[0] == std::make_pair(std::string("FindingsStudioExport"), std::string("1")));

    const auto sheet = readSheetCopy(fixture("strict.xlsx"));
    CHECK(sheet.at("B1").text == "Area for improvement");  // runs joined, phonetic run dropped
    CHECK(sheet.at("A2").text == "Tom & Jerry £“q” \rx");
    CHECK(sheet.at("B2").text == "2025-03-31");
    CHECK(sheet.at("C2").type == CellType::Date);  // t="d"
    CHECK(sheet.at("C2").text == "2025-03-31");
    CHECK(sheet.at("C2").number == 45747);
    CHECK(sheet.at("D2").fill == 0xFFC000u);
}

TEST_CASE("xlsx reads prefixed elements, inline rich text, CDATA and implied positions", "[xlsx]") {
    const auto sheet = readSheetCopy(fixture("prefixed.xlsx"));
    CHECK(sheet.valueGrid() == std::vector<std::string>{"A1=string:Ref", "B1=string:Area for improvement",
                                                         "A2=string:Tom & Jerry <b>", "B2=date:2025-03-31",
                                                         "C2=string:in v"});
}

TEST_CASE("xlsx lets the handler stop early", "[xlsx]") {
    XlsxWorkbook book = XlsxWorkbook::openFile(fixture("tracker.xlsx"));
    SheetCollector collector(3);
    const SheetSummary summary = book.readSheet(book.sheetFor("Tracker"), collector);
    CHECK(summary.stoppedByHandler);
    CHECK(summary.rowsDelivered == 3);
    CHECK(collector.copy.rows.size() == 3);
    CHECK(collector.copy.ended);
}

TEST_CASE("xlsx reports unreadable rows with their number and keeps the others", "[xlsx][bad]") {
    XlsxLimits limits;
    limits.maxStringBytes = 1000;
    const auto sheet = readSheetCopy(fixture("bad_rows.xlsx"), "", limits);
    CHECK(sheet.rows == std::vector<uint32_t>{1, 6, 8});
    REQUIRE(sheet.problems.size() == 5);
    CHECK(sheet.problems[0].first == 2);
    CHECK_THAT(sheet.problems[0].second, Catch::Contains("cell A2: shared string index \"7\" is not in the table"));
    CHECK(sheet.problems[1] == std::make_pair(3u, std::string("cell A3: invalid number \"1,5\"")));
    CHECK(sheet.problems[2] == std::make_pair(4u, std::string("cell A4: invalid boolean \"maybe\"")));
    CHECK(sheet.problems[3] == std::make_pair(5u, std::string("invalid cell reference \"A0\"")));
    CHECK(sheet.problems[4] == std::make_pair(7u, std::string("cell A7: text longer than 1000 bytes")));
}

TEST_CASE("xlsx caps cells per row", "[xlsx][bad]") {
    XlsxLimits limits;
    limits.maxCellsPerRow = 5;
    const auto sheet = readSheetCopy(fixture("tracker.xlsx"), "Tracker", limits);
    CHECK(sheet.rows == std::vector<uint32_t>{1, 2, 9});
    REQUIRE(sheet.problems.size() == 6);
    CHECK(sheet.problems[0] == std::make_pair(3u, std::string("more than 5 cells in the row")));
}
