// The exporter's pure parts: the progress matrix, the text shown for dates, sources and
// locations, row heights, option parsing, and the zip copy that makes the data sheet very
// hidden.
#include <catch2/catch.hpp>

#include "record_strings.hpp"

#include "sample_document.hpp"
#include "test_support.hpp"

#include "data_rows_xml.hpp"
#include "display_text.hpp"
#include "export_options.hpp"
#include "progress_matrix.hpp"
#include "row_layout.hpp"
#include "row_spool.hpp"
#include "workbook_output.hpp"
#include "zip_rewrite.hpp"

#include <xlsxwriter.h>

using namespace findings;
using namespace findings::excel;

namespace {

ProgressMatrix sampleMatrix() {
    const auto set = exceltest::sampleDocument();
    const SourceCatalog catalog(set.sources);
    ProgressCounter counter(catalog.all().size());
    for (const auto& f : set.findings)
        counter.add(catalog.find(f.source)->index, f.themes, f.polarity);
    return counter.build(catalog.all(), [](const std::string& id) { return "label:" + id; });
}

const ProgressRow& rowFor(const ProgressMatrix& m, const std::string& theme) {
    for (const auto& r : m.rows)
        if (r.themeId == theme) return r;
    throw std::runtime_error("no row for " + theme);
}

}  // namespace

TEST_CASE("the matrix counts strengths and weaknesses per theme and visit",
          "[exporter][progress]") {
    const ProgressMatrix m = sampleMatrix();
    REQUIRE(m.columns.size() == 4);
    CHECK(m.columns[0].heading == "Visit 1");
    CHECK(m.columns[0].when == "Jun 2023");
    CHECK(m.columns[3].heading == "News article");
    CHECK_FALSE(m.multipleAuthorities);
    // Visit 1, finding 1 (weakness) is on workforce and supervision; finding 4 (weakness)
    // on front door and children in care.
    const ProgressRow& workforce = rowFor(m, "workforce");
    CHECK(workforce.label == "label");  // the SDK's row label: up to a colon
    CHECK(workforce.cells[0].text() == "0 / 1");
    // A mixed finding counts once, as mixed (the SDK's rule, the app's too): visit 1,
    // finding 3 (mixed, care leavers).
    CHECK(rowFor(m, "care_leavers").cells[0].text() == "0 / 0  (+1 mixed)");
    // Column totals count findings once, whatever their number of themes.
    CHECK(m.columns[0].total.text() == "1 / 4  (+1 mixed)");
    CHECK(m.total.strengths + m.total.weaknesses ==
          m.columns[0].total.strengths + m.columns[0].total.weaknesses +
              m.columns[1].total.strengths + m.columns[1].total.weaknesses +
              m.columns[2].total.strengths + m.columns[2].total.weaknesses +
              m.columns[3].total.strengths + m.columns[3].total.weaknesses);
    // Rows: most findings first.
    for (std::size_t i = 1; i < m.rows.size(); ++i)
        CHECK(m.rows[i - 1].total.total() >= m.rows[i].total.total());
}

TEST_CASE("trends compare a theme's last two visits", "[exporter][progress]") {
    const ProgressMatrix m = sampleMatrix();
    CHECK(m.hasTrends);
    // Workforce: weakness at visits 1 and 2, strength at 3 and in the article.
    CHECK(rowFor(m, "workforce").trend == Trend::Steady);
    ProgressCounter c(2);
    std::vector<Source> sources(2);
    sources[0].id = "a";
    sources[0].date = "2024-01-01";
    sources[1].id = "b";
    sources[1].date = "2024-06-01";
    c.add(0, {"t"}, "weakness");
    c.add(1, {"t"}, "strength");
    c.add(0, {"u"}, "strength");
    c.add(1, {"u"}, "weakness");
    c.add(1, {}, "neutral");  // counted as neutral; it judges nothing
    const SourceCatalog catalog(sources);
    const ProgressMatrix small = c.build(catalog.all(), [](const std::string& id) { return id; });
    CHECK(rowFor(small, "t").trend == Trend::Improving);
    CHECK(rowFor(small, "u").trend == Trend::Worsening);
    CHECK(small.total.text() == "2 / 2  (+1 neutral)");
}

TEST_CASE(
    "columns follow dates, sources of several authorities are grouped, and old ones "
    "beyond the limit are left out",
    "[exporter][progress]") {
    std::vector<Source> sources(5);
    const char* las[] = {"B", "A", "B", "A", "A"};
    const char* dates[] = {"2024-03-01", "2024-05-01", "2023-01-01", "2022-01-01", ""};
    for (int i = 0; i < 5; ++i) {
        sources[i].id = "s" + std::to_string(i);
        sources[i].local_authority = las[i];
        sources[i].date = dates[i];
    }
    ProgressCounter c(5);
    for (std::size_t i = 0; i < 5; ++i) c.add(i, {"t"}, "strength");
    const SourceCatalog catalog(sources);
    const ProgressMatrix m = c.build(catalog.all(), [](const std::string& id) { return id; });
    REQUIRE(m.columns.size() == 5);
    CHECK(m.multipleAuthorities);
    CHECK_FALSE(m.hasTrends);
    std::vector<std::size_t> order;
    for (const auto& col : m.columns) order.push_back(col.sourceIndex);
    CHECK(order == std::vector<std::size_t>{3, 1, 4, 2, 0});  // A by date (undated last), then B
    const ProgressMatrix capped = c.build(
        catalog.all(), [](const std::string& id) { return id; }, 2);
    CHECK(capped.omittedColumns == 3);
    REQUIRE(capped.columns.size() == 2);
    // The two latest: 2024-05 and the undated source (taken as the latest).
    CHECK(capped.columns[0].sourceIndex == 1);
    CHECK(capped.columns[1].sourceIndex == 4);
}

TEST_CASE("dates and sources read as people write them", "[exporter][text]") {
    CHECK(longDate("2024-05-07") == "7 May 2024");
    CHECK(longDate("2024-05") == "May 2024");
    CHECK(longDate("spring") == "spring");
    CHECK(dateRange("2024-05-07", "2024-05-08") == "7–8 May 2024");
    CHECK(dateRange("2024-04-30", "2024-05-01") == "30 Apr – 1 May 2024");
    CHECK(dateRange("2023-12-30", "2024-01-02") == "30 Dec 2023 – 2 Jan 2024");
    CHECK(dateRange("", "2024-01-02") == "2 Jan 2024");
    const auto set = exceltest::sampleDocument();
    CHECK(sourceLabel(set.sources[0]) ==
          "Monitoring visit to Wyvern children’s services (4 Jul 2023)");
    CHECK(visitLabel(set.sources[1]) == "Visit 2");
    CHECK(sourceHeading(set.sources[3]) == "News article");
    Source untitled;
    untitled.kind = "press_release";
    untitled.local_authority = "Wyvern";
    CHECK(sourceLabel(untitled) == "Press release, Wyvern");
}

TEST_CASE("locations read as page, lines or cell", "[exporter][text]") {
    Location l;
    CHECK(locationText(l).empty());
    l.line_start = 12;
    l.line_end = 14;
    l.page = 3;
    CHECK(locationText(l) == "page 3, lines 12–14");
    Location cell;
    cell.sheet = "Tracker";
    cell.row = 5;
    cell.column = 3;
    CHECK(locationText(cell) == "Tracker!C5");
    cell.column = kNone;
    CHECK(locationText(cell) == "Tracker, row 5");
}

TEST_CASE("header and footer text escapes ampersands and stays whole", "[exporter][text]") {
    CHECK(headerFooterText("R&D", 100) == "R&&D");
    const std::string cut = headerFooterText("ab££", 5);  // '£' is two bytes
    CHECK(cut == "ab£");
}

TEST_CASE("row heights grow with wrapped text and stop at Excel's limit", "[exporter][layout]") {
    CHECK(wrappedLines("", 30) == 1);
    CHECK(wrappedLines("short", 30) == 1);
    CHECK(wrappedLines("a\nb\nc", 30) == 3);
    CHECK(wrappedLines(std::string(600, 'x'), 70) > wrappedLines(std::string(300, 'x'), 70));
    CHECK(rowHeightFor(1) < rowHeightFor(2));
    CHECK(rowHeightFor(1000) == 409);
}

TEST_CASE("options are checked and explained", "[exporter][options]") {
    auto parse = [](std::vector<std::pair<std::string, std::string>> items) {
        std::vector<fnd_property> c;
        for (const auto& [k, v] : items) c.push_back({toC(k), toC(v)});
        fnd_options o{sizeof(fnd_options), c.data(), c.size()};
        return parseExportOptions(Options(&o));
    };
    const ExportOptions defaults = parse({});
    CHECK(defaults.sheets.size() == 7);
    CHECK(defaults.sheets.front() == SheetKind::Summary);
    CHECK_FALSE(defaults.includeProposed);
    CHECK_FALSE(defaults.includeOlderFindings);
    // People type a sheet's name as they read it.
    CHECK(parse({{"sheets", "Follow up, followup,SUMMARY"}}).sheets ==
          std::vector<SheetKind>{SheetKind::Summary, SheetKind::Followup});
    CHECK(parse({{"include_proposed", "true"}}).includeProposed);
    CHECK(parse({{"include_older_findings", "yes"}}).includeOlderFindings);
    CHECK(defaults.fullText);
    CHECK_FALSE(defaults.useConstantMemory(kConstantMemoryThreshold));
    CHECK(defaults.useConstantMemory(kConstantMemoryThreshold + 1));
    const ExportOptions some = parse({{"sheets", " Actions, progress ,actions"}});
    CHECK(some.sheets == std::vector<SheetKind>{SheetKind::Progress, SheetKind::Actions});
    CHECK(parse({{"constant_memory", "true"}}).useConstantMemory(1));
    CHECK_FALSE(parse({{"constant_memory", "off"}}).useConstantMemory(10000000));
    CHECK_THROWS_WITH(parse({{"sheets", "findings,pivot"}}),
                      Catch::Contains("no sheet 'pivot'") && Catch::Contains("choose from"));
    CHECK_THROWS_WITH(parse({{"sheets", " , "}}), Catch::Contains("at least one sheet"));
    CHECK_THROWS_WITH(parse({{"constant_memory", "maybe"}}),
                      Catch::Contains("auto, true or false"));
    CHECK_THROWS_WITH(parse({{"full_text", "perhaps"}}), Catch::Contains("full_text"));
}

TEST_CASE("the very-hidden patch changes only the data sheet's state", "[exporter][zip]") {
    const std::string xml =
        "<sheets><sheet name=\"A\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"B\" sheetId=\"2\" "
        "state=\"hidden\" r:id=\"rId2\"/><sheet name=\"_findings\" sheetId=\"3\" "
        "state=\"hidden\" r:id=\"rId3\"/></sheets>";
    const std::string out = markSheetVeryHidden(xml, "_findings");
    CHECK_THAT(out, Catch::Contains("name=\"B\" sheetId=\"2\" state=\"hidden\""));
    CHECK_THAT(out, Catch::Contains("name=\"_findings\" sheetId=\"3\" state=\"veryHidden\""));
    CHECK(markSheetVeryHidden(xml, "missing") == xml);
    const std::string visible =
        "<sheet name=\"_findings\" sheetId=\"1\" r:id=\"rId1\"/>"
        "<sheet name=\"x\" state=\"hidden\"/>";
    CHECK(markSheetVeryHidden(visible, "_findings") == visible);
}

TEST_CASE("the zip copy rewrites one entry and keeps the archive valid", "[exporter][zip]") {
    testsupport::TempDir dir;
    const std::string in = dir.file("in.xlsx"), out = dir.file("out.xlsx");
    lxw_workbook* wb = workbook_new(in.c_str());
    lxw_worksheet* a = workbook_add_worksheet(wb, "Data");
    lxw_worksheet* b = workbook_add_worksheet(wb, "_findings");
    for (int r = 0; r < 2000; ++r) worksheet_write_number(a, r, 0, r, nullptr);
    worksheet_write_string(b, 0, 0, "findings-workbook", nullptr);
    worksheet_hide(b);
    REQUIRE(workbook_close(wb) == LXW_NO_ERROR);

    std::string bytes;
    const bool patched = copyZipReplacingEntry(
        in, "xl/workbook.xml",
        [](const std::string& xml) { return markSheetVeryHidden(xml, "_findings"); },
        [&bytes](const char* data, std::size_t n) { bytes.append(data, n); });
    REQUIRE(patched);
    testsupport::writeFile(out, bytes);
    const auto r = testsupport::runCommand(
        "/usr/bin/python3 -c 'import sys, zipfile, openpyxl\n"
        "z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None\n"
        "wb = openpyxl.load_workbook(sys.argv[1])\n"
        "print(wb[\"_findings\"].sheet_state, wb[\"Data\"].cell(2000, 1).value)' " +
        testsupport::shellQuote(out));
    CHECK(r.status == 0);
    CHECK(r.out == "veryHidden 1999\n");

    // An entry that is not there: nothing written, the caller copies the file as it is.
    std::string none;
    CHECK_FALSE(copyZipReplacingEntry(
        in, "xl/nothing.xml", [](const std::string& s) { return s; },
        [&none](const char* d, std::size_t n) { none.append(d, n); }));
    CHECK(none.empty());
    CHECK_THROWS_WITH(copyZipReplacingEntry(
                          dir.file("absent.xlsx"), "x", [](const std::string& s) { return s; },
                          [](const char*, std::size_t) {}),
                      Catch::Contains("absent.xlsx"));
}

TEST_CASE("record rows are inline-string XML spliced into the data sheet's part", "[exporter][zip]") {
    std::string rows;
    appendDataRowXml(rows, 2, "finding", " f&1<x>", {"{\"text\":\"a < b & c\"}", "more"});
    CHECK(rows ==
          "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>finding</t></is></c>"
          "<c r=\"B3\" t=\"inlineStr\"><is><t xml:space=\"preserve\"> f&amp;1&lt;x&gt;</t></is></c>"
          "<c r=\"C3\"><v>2</v></c>"
          "<c r=\"D3\" t=\"inlineStr\"><is><t>{\"text\":\"a &lt; b &amp; c\"}</t></is></c>"
          "<c r=\"E3\" t=\"inlineStr\"><is><t>more</t></is></c></row>");

    const std::string part = "<worksheet><dimension ref=\"A1:D2\"/><sheetData><row r=\"1\"/>"
                             "<row r=\"2\"/></sheetData><sheetProtection/></worksheet>";
    CHECK(spliceRows(part, rows, 2, 2, 4) ==
          "<worksheet><dimension ref=\"A1:E3\"/><sheetData><row r=\"1\"/><row r=\"2\"/>" + rows +
              "</sheetData><sheetProtection/></worksheet>");
    CHECK(spliceRows("<worksheet><sheetData/></worksheet>", rows, 2, 2, 4) ==
          "<worksheet><sheetData>" + rows + "</sheetData></worksheet>");
    // Never a second copy of the records, nor records dropped for want of a sheetData.
    CHECK_THROWS_WITH(spliceRows("<worksheet><sheetData>" + rows + "</sheetData></worksheet>", rows, 2, 2, 4),
                      Catch::Contains("already holds record rows"));
    CHECK_THROWS_WITH(spliceRows("<worksheet/>", rows, 2, 2, 4), Catch::Contains("no sheetData"));
}

TEST_CASE("the zip copy rewrites several entries, later ones shifted, and stays valid", "[exporter][zip]") {
    testsupport::TempDir dir;
    const std::string in = dir.file("in.xlsx"), out = dir.file("out.xlsx");
    lxw_workbook* wb = workbook_new(in.c_str());
    lxw_worksheet* a = workbook_add_worksheet(wb, "Data");
    lxw_worksheet* b = workbook_add_worksheet(wb, "_findings");
    for (int r = 0; r < 2000; ++r) worksheet_write_number(a, r, 0, r, nullptr);
    worksheet_write_string(b, 0, 0, "findings-workbook", nullptr);
    worksheet_write_string(b, 1, 0, "Kind", nullptr);
    worksheet_hide(b);
    REQUIRE(workbook_close(wb) == LXW_NO_ERROR);

    std::string rows;
    for (std::size_t r = 2; r < 5002; ++r) appendDataRowXml(rows, r, "finding", "f" + std::to_string(r), {"{}"});
    std::string bytes;
    const bool patched = copyZipReplacingEntries(
        in,
        {{"xl/workbook.xml", [](const std::string& xml) { return markSheetVeryHidden(xml, "_findings"); }},
         {"xl/worksheets/sheet2.xml",
          [&rows](const std::string& xml) { return spliceRows(xml, rows, 2, 5001, 3); }, 1}},
        [&bytes](const char* data, std::size_t n) { bytes.append(data, n); });
    REQUIRE(patched);
    testsupport::writeFile(out, bytes);
    const auto r = testsupport::runCommand(
        "/usr/bin/python3 -c 'import sys, zipfile, openpyxl\n"
        "z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None\n"
        "wb = openpyxl.load_workbook(sys.argv[1], read_only=True)\n"
        "ws = wb[\"_findings\"]; rows = list(ws.iter_rows(values_only=True))\n"
        "print(ws.sheet_state, ws.calculate_dimension(), len(rows), rows[0][0], rows[4001][1],\n"
        "      list(wb[\"Data\"].iter_rows(values_only=True))[1999][0])' " +
        testsupport::shellQuote(out));
    CHECK(r.status == 0);
    CHECK(r.out == "veryHidden A1:D5002 5002 findings-workbook f4001 1999\n");
}

TEST_CASE("the row spool gives back what was appended, across flushes, and leaves no file", "[exporter][zip]") {
    testsupport::TempDir dir;
    std::string expected;
    {
        RowSpool spool(dir.path());
        for (int i = 0; i < 30000; ++i) {  // about 2.5 MB: several flushes
            const std::string row = "<row r=\"" + std::to_string(i) + "\">" + std::string(70, 'x') + "</row>";
            spool.append(row);
            expected += row;
        }
        CHECK(spool.readAll() == expected);
    }
    const auto left = testsupport::runCommand("ls -A " + testsupport::shellQuote(dir.path()));
    CHECK(left.out.empty());
    CHECK_THROWS_WITH(RowSpool(dir.file("no/such/folder")), Catch::Contains("cannot create a scratch file"));
}
