// CSV as councils send it: Windows-1252 from old Excel, UTF-16 "Unicode text" with tabs,
// quoted line breaks and doubled quotes, and ragged rows reported with their lines.
#include "import_fixture.hpp"

#include <catch2/catch.hpp>

using namespace spreadsheet_test;

namespace {

std::vector<std::string> texts(const Imported& i) {
    std::vector<std::string> out;
    for (const auto& f : i.result.set.findings) out.push_back(textAndAction(f));
    return out;
}

}  // namespace

TEST_CASE("a Windows-1252 CSV reads like the UTF-8 one", "[csv][encoding]") {
    const Imported cp = importFile(fixture("wyvern-cp1252.csv"));
    const Imported utf8 = importFile(sample("wyvern-improvement-tracker.csv"));
    INFO(cp.log());
    REQUIRE(cp.result.ok);
    CHECK(texts(cp) == texts(utf8));
    CHECK(*findings::findProperty(cp.result.set.sources[0].properties, "csv_encoding") == "Windows-1252");
    // The en dash survives the re-encoding.
    CHECK_THAT(*findings::findProperty(cp.byRef("WY-21").properties, "Progress update"),
               Catch::Contains("positive \xE2\x80\x93 launch"));
}

TEST_CASE("Excel's Unicode text (UTF-16, tabs, .txt) is recognised and reads the same", "[csv][encoding]") {
    const Imported u = importFile(fixture("wyvern-unicode.txt"));
    const Imported utf8 = importFile(sample("wyvern-improvement-tracker.csv"));
    INFO(u.log());
    REQUIRE(u.result.ok);
    REQUIRE(u.result.importerId == "uk.findings.spreadsheet.csv");
    CHECK(texts(u) == texts(utf8));
    const auto& props = u.result.set.sources[0].properties;
    CHECK(*findings::findProperty(props, "csv_encoding") == "UTF-16LE");
    CHECK(*findings::findProperty(props, "csv_delimiter") == "tab");
}

TEST_CASE("quoted line breaks and doubled quotes are kept, ragged rows reported by line", "[csv][ragged]") {
    const Imported i = importFile(fixture("ragged.csv"));
    INFO(i.log());
    REQUIRE(i.result.ok);
    REQUIRE(i.result.set.findings.size() == 4);
    CHECK(i.byRef("R1").text == "The \"front door\" is slow, and re-referrals are high");
    const findings::Finding& r4 = i.byRef("R4");
    CHECK(r4.text == "Too many\nchanges of social worker");
    CHECK(r4.location.line_start == 5);
    CHECK(r4.location.line_end == 6);
    CHECK(r4.action.status == "green");
    // A short row keeps what it has; a long one keeps the extra cell as a property.
    CHECK(i.byRef("R2").action.owner == "Bob");
    CHECK(i.byRef("R2").action.due.empty());
    CHECK(*findings::findProperty(i.byRef("R3").properties, "Column G") == "extra value");
    const auto ragged = i.messages("ragged-row");
    REQUIRE(ragged.size() == 2);
    CHECK_THAT(ragged[0], Catch::StartsWith("line 3 has 4 fields where the header has 6"));
    CHECK_THAT(ragged[1], Catch::StartsWith("line 4 has 7 fields"));
    bool located = false;
    for (const auto& d : i.diagnostics)
        if (d.code == "ragged-row" && d.line == 3) located = true;
    CHECK(located);
}

TEST_CASE("encoding and delimiter options override detection", "[csv][options]") {
    // Read as UTF-8 the Windows-1252 bytes are repaired the same way; as ';'-separated the
    // file has no header at all.
    const Imported semicolon = importFile(sample("wyvern-improvement-tracker.csv"), {{"delimiter", ";"}});
    CHECK_FALSE(semicolon.result.ok);
    const Imported forced = importFile(fixture("wyvern-cp1252.csv"), {{"encoding", "windows-1252"}, {"delimiter", ","}});
    INFO(forced.log());
    REQUIRE(forced.result.ok);
    CHECK(forced.result.set.findings.size() == 25);
}

TEST_CASE("a letter in a .txt file is not taken for a table", "[csv][identify]") {
    const Imported letter = importFile(sample("wyvern-monitoring-letter-2024-05.txt"));
    // Another importer may take it (the letters plugin, when built), never the CSV one.
    CHECK(letter.result.importerId != "uk.findings.spreadsheet.csv");
}
