// Options and profiles: explicit column mapping (map.FIELD=HEADER), header_row, sheet, saved
// import profiles reused with --profile, and a user's own column vocabulary.
#include "import_fixture.hpp"

#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <findings/format/findings_json.hpp>
#include <findings/core/profiles.hpp>

using namespace spreadsheet_test;
using testsupport::shellQuote;

TEST_CASE("map.* reads fields from the columns named, whatever the vocabulary says", "[options][map]") {
    const Imported i = importFile(sample("wyvern-improvement-tracker.csv"),
                                  {{"map.text", "Action"}, {"map.action", "Area for improvement"}});
    INFO(i.log());
    REQUIRE(i.result.ok);
    const findings::Finding& f = i.byRef("WY-01");
    CHECK(f.text == "Refresh MASH consent guidance and deliver briefings to MASH staff, police and health colleagues");
    CHECK(f.action.text == "Parental consent is not always sought or recorded before checks are made with other agencies");
}

TEST_CASE("an empty map.FIELD keeps its column as a property", "[options][map]") {
    const Imported i = importFile(sample("wyvern-improvement-tracker.csv"), {{"map.theme", ""}});
    REQUIRE(i.result.ok);
    const findings::Finding& f = i.byRef("WY-11");
    CHECK(*findings::findProperty(f.properties, "Theme") == "Supervision & oversight");
    CHECK_FALSE(f.themes.empty());  // from the classifier now
}

TEST_CASE("headers no vocabulary knows are found through map.* options", "[options][map]") {
    const Imported none = importFile(fixture("odd-headers.csv"));
    CHECK_FALSE(none.result.ok);
    CHECK_THAT(none.log(), Catch::Contains("odd-headers.csv: error: no header row"));

    const Imported i = importFile(fixture("odd-headers.csv"),
                                  {{"map.text", "Weakness noted"}, {"map.action", "planned RESPONSE"}});
    INFO(i.log());
    REQUIRE(i.result.ok);
    REQUIRE(i.result.set.findings.size() == 2);
    const findings::Finding& f = i.result.set.findings[0];
    CHECK(f.text == "Assessments lack analysis of risk");
    CHECK(f.action.text == "Training for all social workers");
    CHECK(f.action.owner == "Ann");         // "Who" is in the vocabulary
    CHECK(f.action.due == "2025-06-30");    // "When" too
    CHECK(f.id == f.source + "-1");         // "Item" is a Ref column
}

TEST_CASE("map.* naming no column, or no field, is a bad option that says why", "[options][map]") {
    const Imported missing = importFile(sample("wyvern-improvement-tracker.csv"), {{"map.owner", "Lead person"}});
    CHECK_FALSE(missing.result.ok);
    CHECK_THAT(missing.log(), Catch::Contains("option map.owner: no column \"Lead person\"") &&
                                  Catch::Contains("columns: Ref, Source, Area for improvement"));
    const Imported field = importFile(sample("wyvern-improvement-tracker.csv"), {{"map.colour", "RAG"}});
    CHECK_FALSE(field.result.ok);
    CHECK_THAT(field.log(), Catch::Contains("there is no field \"colour\""));
}

TEST_CASE("header_row names the header, rows above it become source properties", "[options][header]") {
    const Imported i = importFile(sample("wyvern-improvement-tracker.xlsx"), {{"header_row", "4"}, {"sheet", "Tracker"}});
    INFO(i.log());
    REQUIRE(i.result.ok);
    CHECK(i.result.set.findings.size() == 24);

    const Imported wrong = importFile(sample("wyvern-improvement-tracker.xlsx"), {{"header_row", "5"}, {"sheet", "Tracker"}});
    CHECK_FALSE(wrong.result.ok);
    CHECK_THAT(wrong.log(), Catch::Contains("sheet Tracker: no column for the finding text in the header on row 5"));

    const Imported blank = importFile(sample("wyvern-improvement-tracker.xlsx"), {{"header_row", "3"}, {"sheet", "Tracker"}});
    CHECK_FALSE(blank.result.ok);
    CHECK_THAT(blank.log(), Catch::Contains("header row 3 (option header_row) is empty"));
}

TEST_CASE("a saved profile reused with --profile gives the same result as the options", "[options][profile][cli]") {
    testsupport::TempDir dir;
    const std::string csv = fixture("odd-headers.csv");
    const auto direct = testsupport::runCli("import " + shellQuote(csv) + " --option 'map.text=Weakness noted' " +
                                            "--option 'map.action=Planned response' -o " +
                                            shellQuote(dir.file("direct.findings.json")));
    INFO(direct.err);
    REQUIRE(direct.status == 0);

    findings::core::ImportProfile profile;
    profile.name = "Odd tracker";
    profile.importer = "uk.findings.spreadsheet.csv";
    profile.options = {{"map.text", "Weakness noted"}, {"map.action", "Planned response"}};
    const std::string file = findings::core::saveProfile(profile, dir.file("odd.json"));
    const auto byFile = testsupport::runCli("import " + shellQuote(csv) + " --profile " + shellQuote(file) + " -o " +
                                            shellQuote(dir.file("file.findings.json")));
    INFO(byFile.err);
    REQUIRE(byFile.status == 0);

    // By name, from the user's profiles folder.
    const std::string data = dir.file("data");
    testsupport::runCommand("mkdir -p " + shellQuote(data + "/findings-studio/profiles"));
    findings::core::saveProfile(profile, data + "/findings-studio/profiles/odd-tracker.json");
    const auto byName = testsupport::runCommand("XDG_DATA_HOME=" + shellQuote(data) + " " + FINDINGS_CLI +
                                                " import " + shellQuote(csv) + " --profile odd-tracker -o " +
                                                shellQuote(dir.file("name.findings.json")));
    INFO(byName.err);
    REQUIRE(byName.status == 0);

    const auto a = findings::readFindingsFile(dir.file("direct.findings.json"));
    const auto b = findings::readFindingsFile(dir.file("file.findings.json"));
    const auto c = findings::readFindingsFile(dir.file("name.findings.json"));
    REQUIRE(a.findings.size() == 2);
    CHECK(a.findings == b.findings);
    CHECK(a.findings == c.findings);
    CHECK(a.sources == b.sources);
}

TEST_CASE("a user's columns.json replaces the shipped vocabulary", "[options][vocabulary][cli]") {
    testsupport::TempDir dir;
    const std::string data = dir.file("data");
    testsupport::runCommand("mkdir -p " + shellQuote(data + "/findings-studio"));
    testsupport::writeFile(data + "/findings-studio/columns.json",
                           R"({"version": 1, "fields": {"text": ["weakness noted"], "action": ["planned response"],
                                "owner": ["who"], "due": ["when"], "ref": ["item"]}})");
    const auto r = testsupport::runCommand("XDG_DATA_HOME=" + shellQuote(data) + " " + FINDINGS_CLI + " import " +
                                           shellQuote(fixture("odd-headers.csv")) + " -o " +
                                           shellQuote(dir.file("o.findings.json")));
    INFO(r.err);
    REQUIRE(r.status == 0);
    const auto set = findings::readFindingsFile(dir.file("o.findings.json"));
    REQUIRE(set.findings.size() == 2);
    CHECK(set.findings[1].text == "Care leavers are not visited often enough");
    CHECK(set.findings[1].action.due == "2026-03");
}

TEST_CASE("the CLI imports a tracker sheet by name with options", "[options][cli]") {
    testsupport::TempDir dir;
    const auto r = testsupport::runCli("import " + shellQuote(fixture("layout.xlsx")) +
                                       " --option 'sheet=audit actions' -o " + shellQuote(dir.file("o.findings.json")));
    INFO(r.err);
    REQUIRE(r.status == 0);
    const auto set = findings::readFindingsFile(dir.file("o.findings.json"));
    REQUIRE(set.sources.size() == 1);
    CHECK(set.findings.size() == 2);
    CHECK(testsupport::runCli("validate " + shellQuote(dir.file("o.findings.json"))).status == 0);
}
