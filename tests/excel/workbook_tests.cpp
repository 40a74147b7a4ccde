// The exported workbook as independent readers see it: openpyxl for structure (sheets,
// tables, validations, protection, names, dates) and LibreOffice for values and rendering.
#include <catch2/catch.hpp>

#include "record_strings.hpp"

#include "sample_document.hpp"
#include "workbook_fixture.hpp"

#include <findings/sdk/followup.hpp>
#include <findings/sdk/progress.hpp>

#include <findings/excel/roundtrip/cell_values.hpp>

#include <Poco/JSON/Array.h>

#include <algorithm>
#include <map>

using namespace exceltest;
using Poco::JSON::Array;
using Poco::JSON::Object;

namespace {

Object::Ptr sheet(const Object::Ptr& facts, const std::string& title) {
    auto sheets = facts->getArray("sheets");
    for (std::size_t i = 0; i < sheets->size(); ++i) {
        auto s = sheets->getObject(static_cast<unsigned>(i));
        if (s->getValue<std::string>("title") == title) return s;
    }
    FAIL("no sheet " << title);
    return nullptr;
}

/// Cell (row, col), 1-based, as [type, text].
std::pair<std::string, std::string> cell(const Object::Ptr& s, int row, int col) {
    auto rows = s->getArray("rows");
    auto r = rows->getArray(static_cast<unsigned>(row - 1));
    auto c = r->getArray(static_cast<unsigned>(col - 1));
    return {c->getElement<std::string>(0), c->getElement<std::string>(1)};
}

std::vector<std::string> headerRow(const Object::Ptr& s) {
    std::vector<std::string> out;
    auto first = s->getArray("rows")->getArray(0);
    for (std::size_t i = 0; i < first->size(); ++i)
        out.push_back(first->getArray(static_cast<unsigned>(i))->getElement<std::string>(1));
    return out;
}

int columnOf(const Object::Ptr& s, const std::string& header) {
    const auto headers = headerRow(s);
    for (std::size_t i = 0; i < headers.size(); ++i)
        if (headers[i] == header) return static_cast<int>(i) + 1;
    FAIL("no column " << header);
    return 0;
}

/// The row (1-based) whose Id column holds `id`.
int rowOf(const Object::Ptr& s, const std::string& id) {
    const int col = columnOf(s, "Id");
    auto rows = s->getArray("rows");
    for (std::size_t r = 1; r < rows->size(); ++r)
        if (cell(s, static_cast<int>(r) + 1, col).second == id) return static_cast<int>(r) + 1;
    FAIL("no row for " << id);
    return 0;
}

std::string text(const Object::Ptr& o, const std::string& key) {
    return o->has(key) && !o->get(key).isEmpty() ? o->getValue<std::string>(key) : "";
}

const Object::Ptr& facts() {
    static const Object::Ptr f = workbookFacts(exportedWorkbook());
    return f;
}

const std::vector<std::string> kFindingsHeaders{"Ref",
                                                "Local authority",
                                                "Source",
                                                "Visit",
                                                "Section",
                                                "Themes",
                                                "Strength/weakness",
                                                "Finding",
                                                "Summary",
                                                "Action",
                                                "Owner",
                                                "Due",
                                                "Status",
                                                "Review",
                                                "Location",
                                                "Id"};

}  // namespace

TEST_CASE("the workbook has the seven sheets and the very hidden data sheet", "[workbook]") {
    auto sheets = facts()->getArray("sheets");
    std::vector<std::pair<std::string, std::string>> got;
    for (std::size_t i = 0; i < sheets->size(); ++i) {
        auto s = sheets->getObject(static_cast<unsigned>(i));
        got.emplace_back(s->getValue<std::string>("title"), s->getValue<std::string>("state"));
    }
    CHECK(got == std::vector<std::pair<std::string, std::string>>{{"Summary", "visible"},
                                                                  {"Follow-up", "visible"},
                                                                  {"Findings", "visible"},
                                                                  {"Progress", "visible"},
                                                                  {"Charts", "visible"},
                                                                  {"Sources", "visible"},
                                                                  {"Actions", "visible"},
                                                                  {"_findings", "veryHidden"}});
    CHECK(facts()->getValue<bool>("zip_ok"));
}

TEST_CASE("Findings is a frozen, banded table with the columns in reading order",
          "[workbook][findings]") {
    auto s = sheet(facts(), "Findings");
    CHECK(headerRow(s) == kFindingsHeaders);
    CHECK(s->getObject("tables")->getValue<std::string>("tblFindings") == "A1:P25");
    CHECK(text(s, "freeze") == "A2");
    auto hidden = s->getArray("hidden_columns");
    REQUIRE(hidden->size() == 1);
    CHECK(hidden->getElement<std::string>(0) == "P");
    CHECK(s->getValue<int>("max_row") == 25);
}

TEST_CASE("Findings cells hold the finding's values as people read them", "[workbook][findings]") {
    auto s = sheet(facts(), "Findings");
    const auto doc = sampleDocument();
    const int r = rowOf(s, findingId(0));
    CHECK(r == 2);
    CHECK(cell(s, r, 1) == std::make_pair(std::string("n"), std::string("1")));
    CHECK(cell(s, r, 2).second == "Wyvern");
    CHECK(cell(s, r, 3).second == "Monitoring visit to Wyvern children’s services (4 Jul 2023)");
    CHECK(cell(s, r, 4).second == "Visit 1");
    CHECK(cell(s, r, 6).second == labelOf("workforce") + "; " + labelOf("supervision_oversight"));
    CHECK(cell(s, r, 7).second == "Weakness");
    CHECK(cell(s, r, 8).second == doc.findings[0].text);
    CHECK(cell(s, r, 12) == std::make_pair(std::string("d"), std::string("2025-03-31")));
    CHECK(cell(s, r, 13).second == "Red");
    CHECK(cell(s, r, 14).second == "Confirmed");
    CHECK(cell(s, r, 15).second == "lines 20–22");
    // A month-only due date is a date cell too (the first of the month, shown as a month).
    CHECK(cell(s, rowOf(s, findingId(4)), 12) ==
          std::make_pair(std::string("d"), std::string("2025-06-01")));
    CHECK(cell(s, rowOf(s, findingId(7)), 15).second == "Tracker!C12");
    // Text longer than a cell holds is cut with an ellipsis; the hidden data keeps it all.
    const std::string longCell = cell(s, rowOf(s, findingId(kLongFinding)), 8).second;
    CHECK_THAT(longCell, Catch::EndsWith("…"));
    CHECK(longCell.size() < doc.findings[kLongFinding].text.size());
}

TEST_CASE("Strength/weakness, Status, Review and Due are checked and Status is filled by value",
          "[workbook][findings]") {
    auto s = sheet(facts(), "Findings");
    std::map<std::string, std::string> lists;  // sqref -> formula
    std::vector<std::string> dateRanges;
    auto v = s->getArray("validations");
    for (std::size_t i = 0; i < v->size(); ++i) {
        auto dv = v->getObject(static_cast<unsigned>(i));
        if (dv->getValue<std::string>("type") == "list")
            lists[dv->getValue<std::string>("sqref")] = dv->getValue<std::string>("formula1");
        if (dv->getValue<std::string>("type") == "date")
            dateRanges.push_back(dv->getValue<std::string>("sqref"));
    }
    CHECK(lists["M2:M25"] == "\"Red,Amber,Green,Complete,Not started\"");
    CHECK(lists["N2:N25"] == "\"Unreviewed,Confirmed,Edited\"");
    CHECK(lists["G2:G25"] == "\"Strength,Weakness,Mixed,Neutral\"");
    CHECK(lists.size() == 3);
    CHECK(dateRanges == std::vector<std::string>{"L2:L25"});
    std::vector<std::string> formulas;
    auto cf = s->getArray("conditional");
    for (std::size_t i = 0; i < cf->size(); ++i) {
        auto rule = cf->getObject(static_cast<unsigned>(i));
        CHECK(rule->getValue<std::string>("sqref") == "M2:M25");
        auto f = rule->getArray("formulas");
        for (std::size_t j = 0; j < f->size(); ++j)
            formulas.push_back(f->getElement<std::string>(static_cast<unsigned>(j)));
    }
    CHECK(formulas == std::vector<std::string>{"\"Red\"", "\"Amber\"", "\"Green\"", "\"Complete\"",
                                               "\"Not started\""});
}

TEST_CASE("Actions holds Ofsted's weaknesses and every action; only the editable cells are unlocked",
          "[workbook][actions]") {
    auto s = sheet(facts(), "Actions");
    const auto doc = sampleDocument();
    // No full report in the sample, so every letter is current; news weaknesses ask nothing
    // of the council (commentary) unless they carry an action.
    int expected = 0;
    for (const auto& f : doc.findings) {
        const auto* source = &doc.sources[static_cast<std::size_t>(doc.findSource(f.source))];
        expected += findings::followup::callsForAction(f, source) || !f.action.empty();
    }
    CHECK(s->getValue<int>("max_row") == expected + 1);
    CHECK(headerRow(s) == std::vector<std::string>{"Ref", "Local authority", "Source", "Themes",
                                                   "Type", "Ofsted's words (full text)", "Action",
                                                   "Owner", "Due", "Status", "Id"});
    CHECK(s->getValue<bool>("protected"));
    CHECK_FALSE(s->getValue<bool>("password"));
    auto locked = s->getArray("locked")->getArray(1);  // row 2
    std::vector<bool> flags;
    for (std::size_t i = 0; i < locked->size(); ++i)
        flags.push_back(locked->getElement<bool>(static_cast<unsigned>(i)));
    CHECK(flags ==
          std::vector<bool>{true, true, true, true, true, true, false, false, false, false, true});
    CHECK(s->getObject("tables")->has("tblActions"));
    std::vector<std::string> kinds;
    auto v = s->getArray("validations");
    for (std::size_t i = 0; i < v->size(); ++i)
        kinds.push_back(v->getObject(static_cast<unsigned>(i))->getValue<std::string>("type"));
    std::sort(kinds.begin(), kinds.end());
    CHECK(kinds == std::vector<std::string>{"date", "list"});
}

TEST_CASE("Sources has one row per source with its metadata and counts", "[workbook][sources]") {
    auto s = sheet(facts(), "Sources");
    CHECK(s->getValue<int>("max_row") == 5);
    CHECK(cell(s, 2, columnOf(s, "Title")).second ==
          "Monitoring visit to Wyvern children’s services");
    CHECK(cell(s, 2, columnOf(s, "Kind")).second == "Monitoring letter");
    CHECK(cell(s, 2, columnOf(s, "Visit start")) ==
          std::make_pair(std::string("d"), std::string("2023-06-13")));
    CHECK(cell(s, 2, columnOf(s, "Inspectors")).second == "Jane Smith\nRaj Patel");
    CHECK(cell(s, 2, columnOf(s, "Previous judgement")).second == "Inadequate");
    CHECK(cell(s, 2, columnOf(s, "Overall direction")).second == "Mixed");
    CHECK(cell(s, 2, columnOf(s, "Findings")).second == "6");
    CHECK(cell(s, 2, columnOf(s, "SHA-256")).second == std::string(63, 'a') + "1");
    CHECK(cell(s, 5, columnOf(s, "Kind")).second == "News article");
    CHECK_THAT(cell(s, 2, columnOf(s, "Other properties")).second,
               Catch::Contains("letter_reference: MV1"));
}

TEST_CASE("document properties, print setup and defined names are set", "[workbook]") {
    auto p = facts()->getObject("properties");
    CHECK(text(p, "title") == "Wyvern children's services: inspection findings");
    CHECK(text(p, "creator") == "Findings Studio");
    CHECK_FALSE(text(p, "created").empty());
    CHECK_THAT(facts()->getValue<std::string>("custom_xml"),
               Catch::Contains("FindingsWorkbook") && Catch::Contains("findings-workbook/1"));
    auto names = facts()->getObject("defined_names");
    CHECK(text(names, "FindingsData") == "Findings!$A$1:$P$25");
    CHECK(text(names, "ActionsData").rfind("Actions!$A$1:$K$", 0) == 0);
    CHECK(text(names, "SourcesData") == "Sources!$A$1:$Z$5");
    CHECK(names->has("ProgressMatrix"));
    CHECK(names->has("ProgressShare"));
    auto print = sheet(facts(), "Findings")->getObject("print");
    CHECK(print->getValue<bool>("landscape"));
    CHECK(print->getValue<bool>("fit_to_page"));
    CHECK(print->getValue<int>("fit_width") == 1);
    CHECK(text(print, "title_rows") == "$1:$1");
}

TEST_CASE("constant-memory mode writes the same cells with filters instead of tables",
          "[workbook][constant-memory]") {
    const auto cm = workbookFacts(constantMemoryWorkbook());
    for (const char* name : {"Findings", "Actions", "Sources", "Progress", "Follow-up"}) {
        auto normal = sheet(facts(), name), flat = sheet(cm, name);
        CHECK(flat->getObject("tables")->size() == 0);
        // Dumped cells ([type, text]) are the same, row for row.
        CHECK(Poco::Dynamic::Var(normal->getArray("rows")).toString() ==
              Poco::Dynamic::Var(flat->getArray("rows")).toString());
    }
    CHECK(text(sheet(cm, "Findings"), "autofilter") == "A1:P25");
    CHECK(sheet(cm, "_findings")->getValue<std::string>("state") == "veryHidden");
}

TEST_CASE("LibreOffice reads the Findings values as written", "[workbook][soffice]") {
    const auto rows = readCsv(libreOfficeCsvDir() + "/wyvern-Findings.csv");
    const auto doc = sampleDocument();
    REQUIRE(rows.size() == 25);
    CHECK(rows[0] == kFindingsHeaders);
    CHECK(rows[1][0] == "1");
    CHECK(rows[1][7] == doc.findings[0].text);
    CHECK(rows[1][11] == "31 Mar 2025");  // the date cell, as displayed
    CHECK(rows[5][11] == "Jun 2025");     // month-only
    CHECK(rows[1][12] == "Red");
    CHECK(rows[1][15] == findingId(0));
}

TEST_CASE("LibreOffice shows the Progress matrix the sample document implies",
          "[workbook][soffice][progress]") {
    const auto rows = readCsv(libreOfficeCsvDir() + "/wyvern-Progress.csv");
    const auto doc = sampleDocument();
    // Count independently: each finding once under its polarity, per theme and source
    // (rows are named by the label up to any colon, as in the desktop app).
    std::map<std::pair<std::string, std::string>, std::map<std::string, int>> expected;
    for (const auto& f : doc.findings)
        for (const auto& t : f.themes)
            ++expected[{findings::progress::themeRowLabel(labelOf(t)), f.source}][f.polarity];
    std::size_t header = 0;
    while (header < rows.size() && (rows[header].empty() || rows[header][0] != "Theme")) ++header;
    REQUIRE(header < rows.size());
    // Ofsted's visits only: the news article is commentary, left out of the counts by default.
    const std::vector<std::string> columns{"Visit 1\nJun 2023", "Visit 2\nNov 2023",
                                           "Visit 3\nMay 2024", "All visits", "Trend"};
    CHECK(std::vector<std::string>(rows[header].begin() + 1, rows[header].begin() + 6) == columns);
    const char* sources[] = {"src-wyv-mv1", "src-wyv-mv2", "src-wyv-mv3"};
    int checked = 0, themeRows = 0;
    for (std::size_t r = header + 1; r < rows.size() && rows[r][0] != "All themes"; ++r, ++themeRows)
        for (int c = 0; c < 3; ++c) {
            const auto it = expected.find({rows[r][0], sources[c]});
            std::map<std::string, int> n = it == expected.end() ? std::map<std::string, int>{} : it->second;
            const int others = n["neutral"] + n[""];
            std::string want = std::to_string(n["strength"]) + " / " + std::to_string(n["weakness"]);
            std::string extra;
            if (n["mixed"]) extra = "+" + std::to_string(n["mixed"]) + " mixed";
            if (others) extra += (extra.empty() ? "+" : ", +") + std::to_string(others) + " neutral";
            if (!extra.empty()) want += "  (" + extra + ")";
            if (n["strength"] + n["weakness"] + n["mixed"] + others == 0) want = "–";
            CHECK(rows[r][1 + c] == want);
            ++checked;
        }
    CHECK(themeRows >= 5);
    CHECK(checked == themeRows * 3);
}

TEST_CASE("LibreOffice converts the workbook to PDF", "[workbook][soffice]") {
    const std::string pdf = libreOfficePdf();
    REQUIRE(testsupport::fileExists(pdf));
    CHECK(testsupport::readFile(pdf).rfind("%PDF", 0) == 0);
    const auto info = testsupport::runCommand("pdfinfo " + testsupport::shellQuote(pdf));
    CHECK_THAT(info.out, Catch::Contains("Pages:"));
}
