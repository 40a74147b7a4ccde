// The round trip through real tools: the export is edited with openpyxl as a manager would,
// then re-saved by LibreOffice; each time the hidden data must decode to the original
// records, and applying each row's cells must give exactly the manager's edits, a conflict
// where the two sheets disagree, and nothing else.
#include <catch2/catch.hpp>

#include "record_strings.hpp"

#include "sample_document.hpp"
#include "workbook_fixture.hpp"

#include <findings/excel/roundtrip.hpp>

#include <map>

using namespace exceltest;
using namespace findings;
using namespace findings::excel;

namespace {

/// The editable cells of each row of a sheet, by finding id, found by header text.
std::map<std::string, RowCells> rowsById(const std::vector<std::vector<std::string>>& rows) {
    std::map<std::string, RowCells> out;
    REQUIRE_FALSE(rows.empty());
    const auto& header = rows[0];
    int idColumn = -1;
    std::vector<std::pair<Field, std::size_t>> columns;
    for (std::size_t c = 0; c < header.size(); ++c) {
        if (header[c] == kIdHeader) idColumn = static_cast<int>(c);
        for (const auto& e : editableColumns())
            if (header[c] == e.header) columns.emplace_back(e.field, c);
    }
    REQUIRE(idColumn >= 0);
    for (std::size_t r = 1; r < rows.size(); ++r) {
        RowCells cells;
        for (const auto& [field, c] : columns) cells[field] = c < rows[r].size() ? rows[r][c] : "";
        out[rows[r][static_cast<std::size_t>(idColumn)]] = cells;
    }
    return out;
}

std::string themeIdFor(std::string_view label) {
    const auto& labels = themeLabels();
    if (labels.all().empty()) return std::string(label);  // the build shipped no taxonomy
    return labels.idFor(label);
}

struct Outcome {
    WorkbookRecords records;
    std::vector<Finding> merged;
    std::vector<Change> changes;
    std::vector<Conflict> conflicts;
    std::vector<Notice> notices;
};

/// Reads a workbook the way the importer will: hidden data first, then each row's cells.
Outcome readBack(const std::string& workbook) {
    Outcome o;
    o.records = decodeDataSheet(sheetText(workbook, kDataSheetName));
    const auto findingsRows = rowsById(sheetText(workbook, kFindingsSheetName));
    const auto actionsRows = rowsById(sheetText(workbook, kActionsSheetName));
    for (const Finding& base : o.records.findings) {
        auto f = findingsRows.find(base.id);
        auto a = actionsRows.find(base.id);
        EditResult r = applyEdits(base, f == findingsRows.end() ? nullptr : &f->second,
                                  a == actionsRows.end() ? nullptr : &a->second, themeIdFor);
        o.merged.push_back(r.finding);
        o.changes.insert(o.changes.end(), r.changes.begin(), r.changes.end());
        o.conflicts.insert(o.conflicts.end(), r.conflicts.begin(), r.conflicts.end());
        o.notices.insert(o.notices.end(), r.notices.begin(), r.notices.end());
    }
    return o;
}

std::string describe(const Change& c) {
    return c.findingId + " " + std::string(editableFieldName(c.field)) + " " + c.before + " -> " + c.after +
           " (" + std::string(editSourceName(c.where)) + ")";
}

/// The changes the manager's edits (workbook_fixture.cpp) must produce, as describe() gives.
std::vector<std::string> expectedChanges() {
    return {findingId(0) + " action.status red -> green (Findings)",
            findingId(1) + " action.owner  -> Priya Shah (Actions)",
            findingId(2) + " themes care_leavers -> assessment; care_leavers (Findings)",
            findingId(3) + " action.text  -> Audit supervision records by March (Actions)",
            findingId(4) + " action.due 2025-06 -> 2025-09-30 (Findings)",
            findingId(6) + " review unreviewed -> confirmed (Findings)",
            findingId(16) + " action.status not_started -> amber (Findings and Actions)"};
}

void checkOutcome(const Outcome& o) {
    const auto& doc = exportedDocument();
    // The hidden data gives back every record exactly: ids, sources, locations, properties,
    // the long text the visible cell had to cut.
    CHECK(o.records.sources == doc.sources);
    REQUIRE(o.records.findings.size() == doc.findings.size());
    for (std::size_t i = 0; i < doc.findings.size(); ++i)
        CHECK(o.records.findings[i] == doc.findings[i]);

    std::vector<std::string> changes;
    for (const auto& c : o.changes) changes.push_back(describe(c));
    CHECK(changes == expectedChanges());
    REQUIRE(o.conflicts.size() == 1);
    CHECK(o.conflicts[0].findingId == findingId(12));
    CHECK(o.conflicts[0].field == Field::ActionStatus);
    CHECK(o.conflicts[0].findingsSheetValue == "amber");
    CHECK(o.conflicts[0].actionsSheetValue == "red");
    CHECK(o.notices.empty());

    // Only the edited fields differ; the rewritten Finding text was ignored.
    for (std::size_t i = 0; i < doc.findings.size(); ++i) {
        Finding expected = doc.findings[i];
        const Finding& got = o.merged[i];
        switch (i) {
            case 0: expected.action.status = "green"; break;
            case 1: expected.action.owner = "Priya Shah"; break;
            case 2: expected.themes = {"assessment", "care_leavers"}; break;
            case 3: expected.action.text = "Audit supervision records by March"; break;
            case 4: expected.action.due = "2025-09-30"; break;
            case 6: expected.review = "confirmed"; break;
            case 16: expected.action.status = "amber"; break;
            default: break;
        }
        CHECK(got == expected);
    }
}

}  // namespace

TEST_CASE("an untouched export reads back with no changes", "[roundtrip][workbook]") {
    const Outcome o = readBack(exportedWorkbook());
    CHECK(o.records.sources == exportedDocument().sources);
    CHECK(o.records.findings == exportedDocument().findings);
    CHECK(o.changes.empty());
    CHECK(o.conflicts.empty());
    CHECK(o.notices.empty());
}

TEST_CASE(
    "a workbook edited and saved by openpyxl gives the edits, the conflict and nothing "
    "else",
    "[roundtrip][workbook]") {
    checkOutcome(readBack(editedWorkbook()));
}

TEST_CASE("the edited workbook re-saved by LibreOffice reads back the same",
          "[roundtrip][workbook][soffice]") {
    const std::string resaved = libreOfficeResaved();
    checkOutcome(readBack(resaved));
    // LibreOffice cannot keep "very hidden" but keeps the sheet hidden.
    const auto facts = workbookFacts(resaved);
    auto sheets = facts->getArray("sheets");
    std::string state;
    for (std::size_t i = 0; i < sheets->size(); ++i) {
        auto s = sheets->getObject(static_cast<unsigned>(i));
        if (s->getValue<std::string>("title") == kDataSheetName)
            state = s->getValue<std::string>("state");
    }
    CHECK((state == "hidden" || state == "veryHidden"));
}
