// Our own workbook comes back: export with the Excel plugin, edit with openpyxl as a manager
// would (on the Findings and the Actions sheet), re-import — same ids, the edits applied, a
// conflict between the two sheets reported, and nothing else changed. Also after LibreOffice
// has re-saved it, and through `findings merge`.
#include "import_fixture.hpp"

#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <findings/format/findings_json.hpp>

#include <memory>

using namespace spreadsheet_test;
using testsupport::shellQuote;

namespace {

/// Exports the Wyvern CSV's findings to a workbook and edits it, once per process.
struct EditedWorkbook {
    testsupport::TempDir dir;
    std::string base, exported, edited;
    findings::FindingsSet baseSet;
    std::string src;  ///< the source id, the prefix of every finding id

    EditedWorkbook() {
        base = dir.file("base.findings.json");
        exported = dir.file("exported.xlsx");
        edited = dir.file("edited.xlsx");
        auto r = testsupport::runCli("import " + shellQuote(sample("wyvern-improvement-tracker.csv")) + " -o " +
                                     shellQuote(base));
        INFO(r.err);
        REQUIRE(r.status == 0);
        baseSet = findings::readFindingsFile(base);
        src = baseSet.sources.at(0).id;
        r = testsupport::runCli("convert " + shellQuote(base) + " -o " + shellQuote(exported));
        INFO(r.err);
        REQUIRE(r.status == 0);
        const std::string edits = dir.file("edits.json");
        testsupport::writeFile(edits, R"({
          "Findings": {
            ")" + src + R"(-WY-03": {"Status": "Green", "Owner": "New Owner"},
            ")" + src + R"(-WY-05": {"Themes": "Workforce; Front door"},
            ")" + src + R"(-WY-06": {"Review": "Confirmed", "Strength/weakness": "Mixed"},
            ")" + src + R"(-WY-07": {"Status": "Complete"}},
          "Actions": {
            ")" + src + R"(-WY-07": {"Status": "Red"},
            ")" + src + R"(-WY-10": {"Due": "date:2025-09-30", "Action": "Rewrite the practice standard"}}})");
        runPython("edit_workbook.py", shellQuote(exported) + " " + shellQuote(edited) + " " + shellQuote(edits));
    }
    const findings::Finding& baseFinding(const std::string& ref) const {
        for (const auto& f : baseSet.findings)
            if (f.id == src + "-" + ref) return f;
        throw std::runtime_error("no base finding " + ref);
    }
};

EditedWorkbook& workbook() {
    static std::unique_ptr<EditedWorkbook> w;
    if (!w) w = std::make_unique<EditedWorkbook>();
    return *w;
}

/// The base findings with the edits the manager made (and only those).
std::vector<findings::Finding> expectedAfterEdits(const EditedWorkbook& w) {
    std::vector<findings::Finding> out = w.baseSet.findings;
    for (auto& f : out) {
        const std::string ref = f.id.substr(w.src.size() + 1);
        if (ref == "WY-03") {
            f.action.status = "green";
            f.action.owner = "New Owner";
        } else if (ref == "WY-05") {
            f.themes = {"workforce", "front_door"};
        } else if (ref == "WY-06") {
            f.review = "confirmed";
            f.polarity = "mixed";
        } else if (ref == "WY-10") {
            f.action.due = "2025-09-30";
            f.action.text = "Rewrite the practice standard";
        }
    }
    return out;
}

void checkEditedImport(const Imported& i, const EditedWorkbook& w) {
    INFO(i.log());
    REQUIRE(i.result.ok);
    CHECK(i.result.importerId == "uk.findings.spreadsheet.xlsx");
    // Sources come back exactly, kind included.
    CHECK(i.result.set.sources == w.baseSet.sources);
    const auto expected = expectedAfterEdits(w);
    REQUIRE(i.result.set.findings.size() == expected.size());
    for (size_t k = 0; k < expected.size(); ++k) {
        INFO(expected[k].id);
        CHECK(i.result.set.findings[k] == expected[k]);
    }
    // WY-07: the two sheets disagree, so the exported status stays and a conflict is reported.
    const auto conflicts = i.messages("conflict");
    REQUIRE(conflicts.size() == 1);
    CHECK_THAT(conflicts[0], Catch::Contains(w.src + "-WY-07: action.status is \"complete\" on the Findings sheet "
                                                     "but \"red\" on the Actions sheet"));
    CHECK(i.messages("changed").size() == 7);  // 2 on WY-03, WY-05, 2 on WY-06, 2 on WY-10
}

}  // namespace

TEST_CASE("an edited workbook re-imports with the edits applied and nothing else changed", "[roundtrip]") {
    REQUIRE(haveExcelPlugin());  // built with every configuration (libxlsxwriter is required)
    EditedWorkbook& w = workbook();
    checkEditedImport(importFile(w.edited), w);
}

TEST_CASE("roundtrip.original gives back the records exactly as exported", "[roundtrip]") {
    REQUIRE(haveExcelPlugin());  // built with every configuration (libxlsxwriter is required)
    EditedWorkbook& w = workbook();
    const Imported i = importFile(w.edited, {{"roundtrip.original", "true"}});
    INFO(i.log());
    REQUIRE(i.result.ok);
    CHECK(i.result.set.sources == w.baseSet.sources);
    CHECK(i.result.set.findings == w.baseSet.findings);
    CHECK(i.messages("changed").empty());
    // A tracker that is not ours records no original: no records, and a warning saying so.
    const Imported tracker = importFile(sample("wyvern-improvement-tracker.xlsx"), {{"roundtrip.original", "true"}});
    REQUIRE(tracker.result.ok);
    CHECK(tracker.result.set.findings.empty());
    CHECK(tracker.messages("no-original").size() == 1);
}

TEST_CASE("the edited workbook survives LibreOffice re-saving it", "[roundtrip][soffice]") {
    REQUIRE(haveExcelPlugin());  // built with every configuration (libxlsxwriter is required)
    EditedWorkbook& w = workbook();
    const std::string resaved = convertWithLibreOffice(w.edited, "xlsx");
    checkEditedImport(importFile(resaved), w);
}

TEST_CASE("findings merge applies the manager's edits onto the base and reports them", "[roundtrip][merge][cli]") {
    REQUIRE(haveExcelPlugin());  // built with every configuration (libxlsxwriter is required)
    EditedWorkbook& w = workbook();
    const std::string out = w.dir.file("merged.findings.json");
    const auto r = testsupport::runCli("merge " + shellQuote(w.base) + " " + shellQuote(w.edited) + " -o " +
                                       shellQuote(out));
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK_THAT(r.err, Catch::Contains(w.src + "-WY-03: action.status \"amber\" -> \"green\""));
    CHECK_THAT(r.err, Catch::Contains(w.src + "-WY-05: themes \"child_protection\" -> \"workforce; front_door\""));
    CHECK_THAT(r.err, Catch::Contains(w.src + "-WY-06: polarity \"weakness\" -> \"mixed\""));
    CHECK_THAT(r.err, Catch::Contains("7 change(s) applied"));
    // WY-07's two sheets disagree: the summary counts that conflict too.
    CHECK_THAT(r.err, Catch::Contains("1 conflict(s) between the workbook's sheets kept the exported value"));
    const auto merged = findings::readFindingsFile(out);
    const auto expected = expectedAfterEdits(w);
    REQUIRE(merged.findings.size() == expected.size());
    for (size_t k = 0; k < expected.size(); ++k) CHECK(merged.findings[k] == expected[k]);
}
