// The directory of local authorities (plugins/letters/data/authorities.json) and the names
// read against it: the longest official form, short forms and trusts, never a dates line
// or a word such as "Care", and a name the directory lacks kept whole, with a warning.
#include <catch2/catch.hpp>

#include <set>
#include <stdexcept>

#include "support.hpp"

#include "findings/docparse/authorities.hpp"
#include "findings/docparse/parser.hpp"
#include "findings/docparse/scanners.hpp"

using namespace findings::docparse;
using letters_test::parseText;

TEST_CASE("the shipped directory holds the 153 authorities with children's services and former ones", "[authority]") {
    const AuthorityDirectory& d = AuthorityDirectory::builtIn();
    // 153 current, plus Cumbria and Northamptonshire, which older reports name.
    CHECK(d.size() == 155);
    for (const char* name : {"Herefordshire", "Newcastle upon Tyne", "Southend-on-Sea", "Windsor and Maidenhead",
                             "Bournemouth, Christchurch and Poole", "City of London", "Isles of Scilly", "Cumberland",
                             "Westmorland and Furness", "North Northamptonshire", "Cumbria"})
        CHECK(d.knows(name));
}

TEST_CASE("the longest directory name wins", "[authority]") {
    const AuthorityDirectory& d = AuthorityDirectory::builtIn();
    CHECK(d.lookup("Newcastle upon Tyne City Council") == "Newcastle upon Tyne");
    CHECK(d.lookup("Newcastle City Council") == "Newcastle upon Tyne");
    CHECK(d.lookup("Southend-on-Sea City Council") == "Southend-on-Sea");
    CHECK(d.lookup("Royal Borough of Windsor and Maidenhead") == "Windsor and Maidenhead");
    CHECK(d.lookup("Windsor & Maidenhead") == "Windsor and Maidenhead");
    CHECK(d.lookup("London Borough of Hammersmith and Fulham") == "Hammersmith and Fulham");
    CHECK(d.lookup("Herefordshire Council") == "Herefordshire");
    CHECK(d.lookup("St. Helens Borough Council") == "St Helens");
    CHECK(findAuthority("Monitoring visit to Newcastle upon Tyne children’s services") == "Newcastle upon Tyne");
    CHECK(findAuthority("Inspection of Windsor and Maidenhead local authority children’s services") ==
          "Windsor and Maidenhead");
    CHECK(findAuthority("Monitoring visit to Southend-on-Sea children’s services") == "Southend-on-Sea");
}

TEST_CASE("a trust that runs children's services names its council", "[authority]") {
    CHECK(findAuthority("Monitoring visit to Bradford Children and Families Trust") == "Bradford");
    CHECK(findAuthority("Focused visit to Doncaster Children’s Services Trust") == "Doncaster");
    CHECK(findAuthority("Monitoring visit to Slough Children First") == "Slough");
    CHECK(findAuthority("Inspection of Together for Children, Sunderland’s children’s services company") == "Sunderland");
    CHECK(findAuthority("Monitoring visit to Birmingham Children’s Trust") == "Birmingham");
    CHECK(findAuthority("Monitoring visit to Sandwell Children's Trust") == "Sandwell");
    // A trust serving several councils counts for the one the document names.
    CHECK(findAuthority("Inspection of Achieving for Children, which runs the children’s services of the Royal "
                        "Borough of Kingston upon Thames") == "Kingston upon Thames");
    CHECK(findAuthority("Achieving for Children runs children’s services for Richmond upon Thames Council.") ==
          "Richmond upon Thames");
}

TEST_CASE("a passing mention of another council does not name the document's", "[authority]") {
    CHECK(findAuthority("Monitoring visit to Rotherham children’s services. Leaders visited Leeds and Wakefield to "
                        "learn from their practice.") == "Rotherham");
}

TEST_CASE("the directory is data: a replacement file is read and checked", "[authority]") {
    AuthorityDirectory d = AuthorityDirectory::fromJson(
        R"({"authorities": [{"name": "Wyvern", "official": "Wyvern Borough Council", "aliases": ["Wyvern Marsh"]}],
            "trusts": [{"name": "Wyvern Children First", "authorities": ["Wyvern"]}]})");
    CHECK(d.size() == 1);
    CHECK(d.lookup("Wyvern Marsh") == "Wyvern");
    CHECK(d.lookup("Wyvern Children First") == "Wyvern");
    CHECK(findAuthorityIn("Monitoring visit to Wyvern Borough Council", d).name == "Wyvern");
    CHECK_THROWS_AS(AuthorityDirectory::fromJson("[1, 2]"), std::invalid_argument);
    CHECK_THROWS_AS(AuthorityDirectory::fromJson("{\"authorities\": [{\"official\": \"X Council\"}]}"),
                    std::invalid_argument);
    CHECK_THROWS_AS(AuthorityDirectory::fromJson("not json"), std::invalid_argument);
}

TEST_CASE("a report's first line names the authority only when it is one", "[authority][report]") {
    const std::string body =
        "Inspection of Windsor and Maidenhead local authority children’s services\n"
        "Inspection dates: 4 March 2019 to 15 March 2019\n"
        "Lead inspector: Jo Bright\n\n"
        "Judgement                                               Grade\n\n"
        "Overall effectiveness                                   Good\n";
    // A dates line or a word printed above the title is not a council.
    CHECK(parseText("Care\n" + body).local_authority == "Windsor and Maidenhead");
    CHECK(parseText("4 March 2019 to 15 March 2019\n" + body).local_authority == "Windsor and Maidenhead");
    CHECK(parseText("Royal Borough of Windsor and Maidenhead\n" + body).local_authority == "Windsor and Maidenhead");
}

TEST_CASE("a name the directory lacks is kept whole, with a warning", "[authority]") {
    ParsedDocument doc = parseText(
        "Dear Ms Reed\n\nMonitoring visit to Wyvern and Marshfield children’s services\n\n"
        "This letter summarises the findings of the monitoring visit to Wyvern and Marshfield children’s services "
        "on 7 and 8 June 2022.\n\nHeadline findings\n\nLeaders have made steady progress since the last visit, and "
        "children are seen quickly when they first need help.\n\nYours sincerely\n\nJo Bright\nHis Majesty’s Inspector\n");
    CHECK(doc.local_authority == "Wyvern and Marshfield");
    REQUIRE(doc.warnings.size() == 1);
    CHECK(doc.warnings[0].find("Wyvern and Marshfield") != std::string::npos);
    // A known name gives no warning.
    ParsedDocument known = parseText(
        "Dear Ms Reed\n\nMonitoring visit to Southend-on-Sea children’s services\n\n"
        "Headline findings\n\nLeaders have made steady progress since the last visit, and children are seen "
        "quickly when they first need help.\n");
    CHECK(known.local_authority == "Southend-on-Sea");
    CHECK(known.warnings.empty());
}
