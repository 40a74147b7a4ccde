// Older monitoring letters (about 2016-2019) state a verdict before their sections: "The
// local authority is making steady progress ...". It is the inspectors' own summary, so
// the letter's overall direction follows it even when the overview below is mixed.
#include <catch2/catch.hpp>

#include "import_run.hpp"

using namespace letters_plugin_test;

TEST_CASE("an older letter's verdict sets its overall direction", "[letter][direction]") {
    testsupport::TempDir dir;
    const std::string path = dir.file("wyvern-monitoring-letter-2017-03.txt");
    testsupport::writeFile(path,
        "15 March 2017\n\nDear Colin\n\nMonitoring visit of Wyvern children’s services\n\n"
        "This letter summarises the findings of the monitoring visit to Wyvern local authority children’s services on "
        "21 and 22 February 2017. The visit was the fourth monitoring visit since the local authority was judged "
        "inadequate in March 2015. The inspectors were Jane Roe and Tom Poe.\n\n"
        "The local authority is making steady progress in improving services for its children and young people.\n\n"
        "Overview\n\n"
        "Senior leaders understand the strengths and weaknesses of services for children looked after, although too "
        "many care plans still lack clear timescales and some children experience drift.\n\n"
        "Yours sincerely\n\nJane Roe\nHer Majesty’s Inspector\n");
    const Imported imported = importOk({path});
    REQUIRE(imported.set.sources.size() == 1);
    const findings::Source& s = imported.set.sources.front();
    CHECK(s.kind == "monitoring_letter");
    CHECK(s.inspectors == std::vector<std::string>{"Jane Roe", "Tom Poe"});
    CHECK(propertyOf(s.properties, "verdict").rfind("The local authority is making steady progress", 0) == 0);
    CHECK(propertyOf(s.properties, "overall_direction") == "improving");
}
