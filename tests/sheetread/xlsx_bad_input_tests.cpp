// XlsxWorkbook on input it must refuse: each failure is a specific error naming the file,
// and the part where there is one.
#include "sheet_collector.hpp"
#include "test_helpers.hpp"

#include <findings/safezip/zip_error.hpp>
#include <findings/sheetread/sheet_error.hpp>
#include <findings/sheetread/xlsx_workbook.hpp>

#include <catch2/catch.hpp>

using namespace findings::sheetread;
using findings::safezip::ZipError;
using findings::safezip::ZipErrorKind;
using sheetread_test::fixture;

namespace {

/// Opens `path`, reads every sheet, and returns the exception's type name and message.
std::pair<std::string, std::string> failureOf(const std::string& path, const XlsxLimits& limits = {}) {
    try {
        XlsxWorkbook book = XlsxWorkbook::openFile(path, limits);
        for (const SheetInfo& sheet : book.sheets()) {
            sheetread_test::SheetCollector collector;
            book.readSheet(sheet, collector);
        }
    } catch (const ZipError& e) {
        return {"ZipError", e.what()};
    } catch (const SheetReadError& e) {
        return {"SheetReadError", e.what()};
    }
    FAIL("no error reading " << path);
    return {};
}

}  // namespace

TEST_CASE("xlsx refuses a zip bomb sheet with a clear message", "[xlsx][bad]") {
    const auto [type, message] = failureOf(fixture("bomb.xlsx"));
    CHECK(type == "ZipError");
    CHECK_THAT(message, Catch::StartsWith(fixture("bomb.xlsx") + ": zip bomb: entry xl/worksheets/sheet1.xml inflates beyond"));
}

TEST_CASE("xlsx names a truncated file as a truncated zip", "[xlsx][bad]") {
    sheetread_test::TempDir tmp;
    const std::string whole = sheetread_test::readFile(fixture("tracker.xlsx"));
    sheetread_test::writeFile(tmp.file("cut.xlsx"), whole.substr(0, whole.size() * 2 / 3));
    const auto [type, message] = failureOf(tmp.file("cut.xlsx"));
    CHECK(type == "ZipError");
    CHECK(message == tmp.file("cut.xlsx") + ": truncated zip (end of central directory not found)");
}

TEST_CASE("xlsx names password-protected and legacy .xls files", "[xlsx][bad]") {
    const auto [type, message] = failureOf(fixture("protected.xlsx"));
    CHECK(type == "ZipError");
    CHECK_THAT(message, Catch::EndsWith("protected.xlsx: password-protected or legacy .xls (OLE compound file)"));
}

TEST_CASE("xlsx says what a zip that is not a workbook is", "[xlsx][bad]") {
    const auto [type, message] = failureOf(fixture("document.xlsx"));
    CHECK(type == "SheetReadError");
    CHECK_THAT(message, Catch::EndsWith("document.xlsx: a Word document (.docx), not a spreadsheet"));
    CHECK(failureOf(fixture("text.xlsx")).second == fixture("text.xlsx") + ": not a zip file");
}

TEST_CASE("xlsx refuses a DOCTYPE in a sheet and in workbook.xml, naming the part", "[xlsx][bad]") {
    const auto sheet = failureOf(fixture("doctype_sheet.xlsx"));
    CHECK(sheet.first == "SheetReadError");
    CHECK_THAT(sheet.second, Catch::StartsWith(fixture("doctype_sheet.xlsx") + ": xl/worksheets/sheet1.xml: DOCTYPE is not allowed"));
    const auto book = failureOf(fixture("doctype_workbook.xlsx"));
    CHECK_THAT(book.second, Catch::StartsWith(fixture("doctype_workbook.xlsx") + ": xl/workbook.xml: DOCTYPE is not allowed"));
}

TEST_CASE("xlsx refuses entities other than XML's five", "[xlsx][bad]") {
    const auto [type, message] = failureOf(fixture("entity_sheet.xlsx"));
    CHECK(type == "SheetReadError");
    CHECK_THAT(message, Catch::Contains("xl/worksheets/sheet1.xml: undefined entity &nbsp;"));
}

TEST_CASE("xlsx reports XML that ends early after delivering the rows before it", "[xlsx][bad]") {
    XlsxWorkbook book = XlsxWorkbook::openFile(fixture("truncated_xml.xlsx"));
    sheetread_test::SheetCollector collector;
    try {
        book.readSheet(book.sheets()[0], collector);
        FAIL("truncated XML was accepted");
    } catch (const SheetReadError& e) {
        CHECK(e.kind() == SheetErrorKind::CorruptPart);
        CHECK(e.part() == "xl/worksheets/sheet1.xml");
        CHECK_THAT(e.what(), Catch::Contains("unexpected end of XML inside <v>"));
    }
    CHECK(collector.copy.rows == std::vector<uint32_t>{1});
}

TEST_CASE("xlsx names a missing sheet and a sheet whose part is missing", "[xlsx][bad]") {
    XlsxWorkbook book = XlsxWorkbook::openFile(fixture("missing_part.xlsx"));
    try {
        book.sheetFor("Tracker");
        FAIL("found a sheet that does not exist");
    } catch (const SheetReadError& e) {
        CHECK(e.kind() == SheetErrorKind::MissingSheet);
        CHECK(std::string(e.what()) ==
              fixture("missing_part.xlsx") + ": no sheet named \"Tracker\" (sheets: \"Present\", \"Gone\")");
    }
    const auto [type, message] = failureOf(fixture("missing_part.xlsx"));
    CHECK(type == "SheetReadError");
    CHECK(message == fixture("missing_part.xlsx") +
                         ": xl/worksheets/sheet2.xml: sheet \"Gone\" refers to a part that is not in the file");
}

TEST_CASE("xlsx stops a sheet with more cells than the cap", "[xlsx][bad]") {
    XlsxLimits limits;
    limits.maxCellsPerSheet = 20;
    const auto [type, message] = failureOf(fixture("tracker.xlsx"), limits);
    CHECK(type == "SheetReadError");
    CHECK_THAT(message, Catch::Contains("sheet \"Tracker\" has more than 20 cells"));
}

TEST_CASE("xlsx caps style entries", "[xlsx][bad]") {
    XlsxLimits limits;
    limits.maxStyles = 2;
    try {
        XlsxWorkbook::openFile(fixture("tracker.xlsx"), limits);
        FAIL("styles beyond the cap were accepted");
    } catch (const SheetReadError& e) {
        CHECK(e.kind() == SheetErrorKind::LimitExceeded);
        CHECK(std::string(e.what()) == fixture("tracker.xlsx") + ": xl/styles.xml: more than 2 style entries");
    }
}
