// The first rows of a workbook for the import preview: the sheet the importer reads (or the
// first visible one), row r at index r-1 with blank rows kept, cells at their columns.
#include "model/xlsx_preview.hpp"

#include <test_support.hpp>

#include <catch2/catch.hpp>

using namespace findings::studio;

TEST_CASE("the sample tracker's first rows are read as text", "[xlsx-preview]") {
    const std::string path = testsupport::samplesDir() + "/wyvern-improvement-tracker.xlsx";
    const XlsxPreview preview = readXlsxPreview(path, "", 10);
    CHECK_FALSE(preview.sheet.empty());
    CHECK(preview.visibleWorksheets >= 1);
    REQUIRE(preview.rows.size() == 10);
    CHECK(preview.truncated);
    CHECK(preview.rows[0].at(0) == "Wyvern Children's Services Improvement Plan");
    CHECK(preview.rows[2].empty());  // the blank row 3 keeps its place
    REQUIRE(preview.rows[3].size() >= 3);
    CHECK(preview.rows[3][0] == "Ref");
    CHECK(preview.rows[3][2] == "Area for improvement");
    CHECK(preview.rows[4][0] == "WY-01");
    // Asking for the sheet by name (any case) gives the same rows.
    std::string upper = preview.sheet;
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    CHECK(readXlsxPreview(path, upper, 10).rows == preview.rows);
}

TEST_CASE("a file that is not a workbook is reported with its name", "[xlsx-preview]") {
    testsupport::TempDir dir;
    testsupport::writeFile(dir.file("fake.xlsx"), "not a zip at all");
    try {
        readXlsxPreview(dir.file("fake.xlsx"), "", 10);
        FAIL("no error");
    } catch (const std::runtime_error& e) {
        CHECK(std::string(e.what()).find("fake.xlsx") != std::string::npos);
    }
}
