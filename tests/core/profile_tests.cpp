// Import profiles save and load a mapping under a name.
#include <catch2/catch.hpp>

#include "test_support.hpp"

#include <findings/core/profiles.hpp>

using namespace findings::core;
using namespace testsupport;

TEST_CASE("a saved profile loads back with its options in order", "[profiles]") {
    TempDir dir;
    ImportProfile p;
    p.name = "Monthly tracker";
    p.importer = "uk.findings.spreadsheet.xlsx";
    p.options = {{"sheet", "Tracker"}, {"map.text", "Area for improvement"}, {"header_row", "4"}};
    const std::string path = saveProfile(p, dir.file("monthly.json"));
    const ImportProfile back = loadProfile(path);
    CHECK(back.name == p.name);
    CHECK(back.importer == p.importer);
    CHECK(back.options == p.options);
}

TEST_CASE("a file that is not a profile is refused naming the file", "[profiles]") {
    TempDir dir;
    writeFile(dir.file("x.json"), R"({"name":"x"})");
    try {
        loadProfile(dir.file("x.json"));
        FAIL("accepted a file that is not a profile");
    } catch (const std::runtime_error& e) {
        CHECK(std::string(e.what()).find("x.json") != std::string::npos);
    }
}

TEST_CASE("an unknown profile name is a clear error", "[profiles]") {
    CHECK_THROWS_WITH(loadProfile("no-such-profile-anywhere"),
                      Catch::Contains("no-such-profile-anywhere"));
}
