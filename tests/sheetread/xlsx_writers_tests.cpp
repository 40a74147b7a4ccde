// The same logical tracker written by openpyxl (build-time fixture), libxlsxwriter (here,
// both shared-string and constant-memory inline-string modes) and LibreOffice (converting
// the openpyxl file) must read back as the same cells and the same style facts.
#include "sheet_collector.hpp"
#include "test_helpers.hpp"

#include <findings/sheetread/xlsx_workbook.hpp>

#include <catch2/catch.hpp>
#include <xlsxwriter.h>

#include <cstdio>

using namespace findings::sheetread;
using sheetread_test::fixture;
using sheetread_test::readSheetCopy;
using sheetread_test::SheetCopy;

namespace {

/// Writes the tracker of make_xlsx_fixtures.py's tracker_sheet() with libxlsxwriter.
void writeTracker(const std::string& path, bool constantMemory) {
    lxw_workbook_options options = {};
    options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
    lxw_workbook* wb = workbook_new_opt(path.c_str(), &options);
    REQUIRE(wb != nullptr);
    lxw_worksheet* ws = workbook_add_worksheet(wb, "Tracker");
    lxw_worksheet* notes = workbook_add_worksheet(wb, "Notes");

    lxw_format* bold = workbook_add_format(wb);
    format_set_bold(bold);
    lxw_format* header = workbook_add_format(wb);
    format_set_bold(header);
    format_set_bg_color(header, 0xD9D9D9);
    auto fillFormat = [&](lxw_color_t rgb) {
        lxw_format* f = workbook_add_format(wb);
        format_set_bg_color(f, rgb);
        return f;
    };
    auto numFormat = [&](const char* code) {
        lxw_format* f = workbook_add_format(wb);
        format_set_num_format(f, code);
        return f;
    };

    worksheet_merge_range(ws, 0, 0, 0, 6, "Children’s Services Improvement Plan", bold);
    worksheet_write_string(ws, 1, 0, "Council: Exampleshire £ & <Co>", nullptr);
    const char* headers[] = {"Ref", "Area for improvement", "Lead officer", "Target date", "RAG", "Progress", "Done"};
    for (lxw_col_t c = 0; c < 7; ++c) worksheet_write_string(ws, 2, c, headers[c], header);

    struct Row {
        const char *ref, *text, *owner;
        lxw_datetime due;
        const char* dueFormat;
        const char* rag;
        lxw_color_t fill;
        double progress;
        bool done;
    };
    const Row rows[] = {
        {"1.1", "Improve “timeliness” of assessments – £2m", "Jane Smith", {2025, 3, 31, 0, 0, 0}, "dd/mm/yyyy", "Red", 0xFF0000, 0.25, true},
        {"1.2", "Line one\nLine two", "  padded  ", {2025, 3, 31, 14, 30, 0}, "dd/mm/yyyy hh:mm", "Amber", 0xFFC000, 0.5, false},
        {"2.1", "Fill-only RAG", "Ali Khan", {2024, 2, 29, 0, 0, 0}, "dd/mm/yyyy", nullptr, 0x00B050, 1, true},
        {"2.2", "Hidden row", "Sam Lee", {2025, 1, 15, 0, 0, 0}, "d mmmm yyyy", "Green", 0x00B050, 0.75, false},
        {"3.1", "Numbers", "Pat O'Neil", {}, "h:mm", "Blue", 0x0070C0, 1234567.891, true},
    };
    lxw_format* percent = numFormat("0%");
    for (lxw_row_t i = 0; i < 5; ++i) {
        const Row& r = rows[i];
        const lxw_row_t at = 3 + i;
        if (at == 6) {
            lxw_row_col_options hidden = {};
            hidden.hidden = LXW_TRUE;
            worksheet_set_row_opt(ws, at, LXW_DEF_ROW_HEIGHT, nullptr, &hidden);
        }
        worksheet_write_string(ws, at, 0, r.ref, nullptr);
        worksheet_write_string(ws, at, 1, r.text, nullptr);
        worksheet_write_string(ws, at, 2, r.owner, nullptr);
        if (i == 4) worksheet_write_number(ws, at, 3, 0.5, numFormat(r.dueFormat));
        else worksheet_write_datetime(ws, at, 3, const_cast<lxw_datetime*>(&r.due), numFormat(r.dueFormat));
        if (r.rag) worksheet_write_string(ws, at, 4, r.rag, fillFormat(r.fill));
        else worksheet_write_blank(ws, at, 4, fillFormat(r.fill));
        worksheet_write_number(ws, at, 5, r.progress, i == 4 ? nullptr : percent);
        worksheet_write_boolean(ws, at, 6, r.done, nullptr);
    }
    worksheet_write_string(ws, 8, 0, "Notes under the table", nullptr);
    worksheet_write_number(ws, 8, 1, -5, nullptr);
    worksheet_write_number(ws, 8, 2, 42, nullptr);

    worksheet_write_string(notes, 0, 0, "hidden sheet text", nullptr);
    worksheet_hide(notes);
    REQUIRE(workbook_close(wb) == LXW_NO_ERROR);
}

/// Style and layout facts of the tracker, as comparable lines.
std::vector<std::string> trackerFacts(const SheetCopy& s) {
    std::vector<std::string> facts;
    auto hex = [](const std::optional<uint32_t>& rgb) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "%06X", rgb ? *rgb : 0u);
        return rgb ? std::string(buf) : std::string("none");
    };
    for (const char* ref : {"A3", "E4", "E5", "E6", "E7", "E8", "B4"}) facts.push_back(std::string(ref) + " fill " + hex(s.at(ref).fill));
    for (const char* ref : {"A1", "A3", "A4"}) facts.push_back(std::string(ref) + (s.at(ref).bold ? " bold" : " plain"));
    for (const char* ref : {"D4", "D5", "D6", "D7", "D8", "F4"})
        facts.push_back(std::string(ref) + (s.at(ref).isDateFormat ? " date format" : " number format"));
    facts.push_back("E6 " + std::string(cellTypeName(s.at("E6").type)));
    for (uint32_t r : s.hiddenRows) facts.push_back("hidden row " + std::to_string(r));
    for (const CellRange& m : s.mergesAtStart) facts.push_back("merge " + formatCellRef(m.first) + ":" + formatCellRef(m.last));
    return facts;
}

const std::vector<std::string> kExpectedGrid = {
    "A1=string:Children’s Services Improvement Plan",
    "A2=string:Council: Exampleshire £ & <Co>",
    "A3=string:Ref", "B3=string:Area for improvement", "C3=string:Lead officer", "D3=string:Target date",
    "E3=string:RAG", "F3=string:Progress", "G3=string:Done",
    "A4=string:1.1", "B4=string:Improve “timeliness” of assessments – £2m", "C4=string:Jane Smith",
    "D4=date:2025-03-31", "E4=string:Red", "F4=number:0.25", "G4=boolean:TRUE",
    "A5=string:1.2", "B5=string:Line one\nLine two", "C5=string:  padded  ", "D5=date:2025-03-31T14:30:00",
    "E5=string:Amber", "F5=number:0.5", "G5=boolean:FALSE",
    "A6=string:2.1", "B6=string:Fill-only RAG", "C6=string:Ali Khan", "D6=date:2024-02-29",
    "F6=number:1", "G6=boolean:TRUE",
    "A7=string:2.2", "B7=string:Hidden row", "C7=string:Sam Lee", "D7=date:2025-01-15", "E7=string:Green",
    "F7=number:0.75", "G7=boolean:FALSE",
    "A8=string:3.1", "B8=string:Numbers", "C8=string:Pat O'Neil", "D8=date:12:00:00", "E8=string:Blue",
    "F8=number:1234567.891", "G8=boolean:TRUE",
    "A9=string:Notes under the table", "B9=number:-5", "C9=number:42",
};

const std::vector<std::string> kExpectedFacts = {
    "A3 fill D9D9D9", "E4 fill FF0000", "E5 fill FFC000", "E6 fill 00B050", "E7 fill 00B050", "E8 fill 0070C0",
    "B4 fill none", "A1 bold", "A3 bold", "A4 plain", "D4 date format", "D5 date format", "D6 date format",
    "D7 date format", "D8 date format", "F4 number format", "E6 empty", "hidden row 7", "merge A1:G1",
};

}  // namespace

TEST_CASE("xlsx written by openpyxl reads as the reference tracker", "[xlsx][writers]") {
    const SheetCopy sheet = readSheetCopy(fixture("tracker.xlsx"), "Tracker");
    CHECK(sheet.valueGrid() == kExpectedGrid);
    CHECK(trackerFacts(sheet) == kExpectedFacts);
}

TEST_CASE("xlsx written by libxlsxwriter reads the same, shared and inline strings", "[xlsx][writers]") {
    sheetread_test::TempDir tmp;
    for (bool constantMemory : {false, true}) {
        INFO("constant_memory " << constantMemory);
        const std::string path = tmp.file(constantMemory ? "inline.xlsx" : "shared.xlsx");
        writeTracker(path, constantMemory);
        // constant_memory mode writes inline strings; the other mode a shared-strings table.
        const std::string xml = sheetread_test::readFile(path);
        CHECK((xml.find("xl/sharedStrings.xml") == std::string::npos) == constantMemory);
        const SheetCopy sheet = readSheetCopy(path, "Tracker");
        CHECK(sheet.valueGrid() == kExpectedGrid);
        CHECK(trackerFacts(sheet) == kExpectedFacts);
        XlsxWorkbook book = XlsxWorkbook::openFile(path);
        CHECK(book.sheetFor("Notes").visibility == SheetVisibility::Hidden);
    }
}

TEST_CASE("xlsx written by LibreOffice reads the same", "[xlsx][writers][soffice]") {
    INFO("soffice (LibreOffice) must be installed: make test installs it");
    REQUIRE(sheetread_test::haveSoffice());
    sheetread_test::TempDir tmp;
    const std::string converted = sheetread_test::convertWithSoffice(fixture("tracker.xlsx"), tmp.path());
    const SheetCopy sheet = readSheetCopy(converted, "Tracker");
    CHECK(sheet.valueGrid() == kExpectedGrid);
    CHECK(trackerFacts(sheet) == kExpectedFacts);
    CHECK(sheet.at("G4").hasFormula);  // LibreOffice stores booleans as TRUE() formulas

    XlsxWorkbook book = XlsxWorkbook::openFile(converted);
    CHECK(book.sheetFor("Notes").visibility == SheetVisibility::Hidden);
    // LibreOffice declares dateCompatibility="false": serials count from 1899-12-30.
    CHECK(book.dateSystem() == DateSystem::Iso1899);
}

TEST_CASE("xlsx streams a large sheet identically across buffer boundaries", "[xlsx][writers]") {
    // Enough XML (several MB) for tags, entities and UTF-8 sequences to straddle the
    // scanner's refills and the inflater's output chunks at many different offsets.
    sheetread_test::TempDir tmp;
    const uint32_t rows = 20000;
    for (bool constantMemory : {false, true}) {
        const std::string path = tmp.file(constantMemory ? "big-inline.xlsx" : "big-shared.xlsx");
        lxw_workbook_options options = {};
        options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
        lxw_workbook* wb = workbook_new_opt(path.c_str(), &options);
        lxw_worksheet* ws = workbook_add_worksheet(wb, "Big");
        for (uint32_t r = 0; r < rows; ++r) {
            const std::string text = "Finding " + std::to_string(r) + " – “A&B” <" + std::to_string(r * 7) + "> £";
            worksheet_write_string(ws, r, 0, text.c_str(), nullptr);
            worksheet_write_number(ws, r, 1, r + 0.5, nullptr);
            worksheet_write_string(ws, r, 2, r % 3 ? "Amber" : "Green", nullptr);
        }
        REQUIRE(workbook_close(wb) == LXW_NO_ERROR);

        struct Checker : SheetHandler {
            uint32_t next = 1;
            uint64_t mismatches = 0;
            bool onRow(const Row& row) override {
                const uint32_t r = row.number - 1;
                const std::string text = "Finding " + std::to_string(r) + " – “A&B” <" + std::to_string(r * 7) + "> £";
                mismatches += row.number != next++ || row.cellCount != 3 || row.cells[0].text != text ||
                              row.cells[1].number != r + 0.5 || row.cells[2].text != (r % 3 ? "Amber" : "Green");
                return true;
            }
            bool onRowProblem(const RowProblem&) override {
                ++mismatches;
                return true;
            }
        } checker;
        XlsxWorkbook book = XlsxWorkbook::openFile(path);
        const SheetSummary summary = book.readSheet(book.sheets()[0], checker);
        CHECK(summary.rowsDelivered == rows);
        CHECK(checker.mismatches == 0);
    }
}
