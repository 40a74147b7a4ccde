// Authority names joined by "with" or led by "Council of the", letter openings and dates
// in other forms, year-less visit dates in articles, and a report flattened onto one line.
// Every document here is fictional (the authority names are real place names).
#include <catch2/catch.hpp>

#include "support.hpp"

#include "findings/docparse/parser.hpp"
#include "findings/docparse/readers.hpp"
#include "findings/docparse/scanners.hpp"

using namespace findings::docparse;
using letters_test::parseText;

TEST_CASE("an authority joined by 'with', or led by 'Council of the', in prose", "[scanner][authority][robust]") {
    CHECK(findAuthority("Blackburn with Darwen Council has been told to improve.") == "Blackburn with Darwen");
    CHECK(findAuthority("Leaders at Blackburn with Darwen Borough Council welcomed the letter.") ==
          "Blackburn with Darwen");
    CHECK(findAuthority("The Council of the Isles of Scilly has been told that help for children must improve.") ==
          "Isles of Scilly");
}

TEST_CASE("a title run onto the salutation's line", "[parser][letter][robust]") {
    ParsedDocument doc = parseText(
        "12 April 2023\n\nMs Jo Patel\nDirector of Children's Services\nTelford and Wrekin Council\n\n"
        "Dear Ms Patel, Monitoring visit to Telford and Wrekin children's services\n\n"
        "This letter summarises the findings of the monitoring visit to Telford and Wrekin children's services on 1 "
        "and 2 March 2023.\n\nHeadline findings\n\nProgress is slow.\n");
    CHECK(doc.recipient == "Jo Patel");
    CHECK(doc.title == "Monitoring visit to Telford and Wrekin children's services");
    CHECK(doc.local_authority == "Telford and Wrekin");
    CHECK(doc.visit.start == "2023-03-01");
}

TEST_CASE("dates written in figures", "[scanner][date][robust]") {
    CHECK(findFullDate("03/03/2025")->iso() == "2025-03-03");
    CHECK(findFullDate("Date: 3.3.2025.")->iso() == "2025-03-03");
    CHECK(findFullDate("2025-03-03")->iso() == "2025-03-03");
    // Reference and version numbers, and ranges of days or years, are not dates.
    CHECK(!findFullDate("Ref 12/03/2019/44"));
    CHECK(!findFullDate("v1.2.2025"));
    CHECK(findDates("the 2014-15 budget").empty());
    REQUIRE(findDates("14-16 June 2025").size() == 1);
    CHECK(findDates("14-16 June 2025")[0].end.iso() == "2025-06-16");
}

TEST_CASE("a letterhead with the date in figures and no blank line before the salutation",
          "[parser][letter][robust]") {
    ParsedDocument doc = parseText(
        "Ofsted\nPiccadilly Gate\nStore Street\nManchester\nM1 2WD\n03/03/2025\nJane Smith\nWyvern Council\n"
        "Dear Jane\n\nMonitoring visit to Wyvern children's services\n\n"
        "This letter summarises the findings of the monitoring visit to Wyvern children's services on 4 and 5 "
        "February 2025.\n\nHeadline findings\n\nLeaders have made steady progress.\n");
    CHECK(doc.date == "2025-03-03");
    CHECK(doc.recipient == "Jane Smith");
    CHECK(doc.title == "Monitoring visit to Wyvern children's services");
    CHECK(doc.paragraphs.size() == 1);
}

TEST_CASE("an undated article dates a year-less visit only when its other dates agree", "[parser][article][robust]") {
    ParsedDocument doc = parseText(
        "Ofsted praises Wyvern children's services\n\n"
        "The council has had six monitoring visits since it was judged inadequate in April 2017. Inspectors found "
        "that the council was making steady progress.\n\n"
        "Inspectors visited on 4 and 5 June. The letter was sent to the council on 2 July 2019.\n");
    CHECK(doc.visit.start == "2019-06-04");
    CHECK(doc.visit.end == "2019-06-05");
    // "six monitoring visits since" counts visits; it does not number this one.
    CHECK(doc.visit.ordinal == -1);
    CHECK(doc.previous_judgement.date == "2017-04");

    // Other dates in two different years: the visit's year would be a guess.
    doc = parseText(
        "Ofsted praises Wyvern children's services\n\n"
        "Inspectors visited on 4 and 5 June. The council's improvement plan was approved in November 2018, and the "
        "letter was sent to the council on 2 July 2019.\n");
    CHECK(doc.visit.start.empty());

    // No other date at all, and "the final monitoring visit" states no number.
    doc = parseText(
        "Wyvern told to improve help for children\n\n"
        "Inspectors visited on 3 and 4 October for the final monitoring visit, and found that the council had not "
        "made enough progress.\n");
    CHECK(doc.visit.start.empty());
    CHECK(doc.visit.ordinal == -1);
}

TEST_CASE("a report flattened onto one line is still a report", "[parser][report][robust]") {
    std::string filler;
    for (int i = 0; i < 12; ++i)
        filler += "Social workers know their children well and visit them regularly, and most plans are reviewed "
                  "on time by managers. ";
    const std::string flat =
        "Inspection of Wyvern local authority children's services Inspection dates: 3 to 14 March 2025 Lead "
        "inspector: Jane Roe, His Majesty's Inspector Children in Wyvern receive good help. " +
        filler +
        "What needs to improve? ◼ The quality of plans for children in need. ◼ The timeliness of return home "
        "interviews. (outcome 3, national framework) The experiences and progress of children who need help and "
        "protection: good 1. Children "
        "receive a timely response at the front door. " +
        filler + "2. Strategy discussions are timely and well attended. " + filler + "\n";
    REQUIRE(flat.size() > 2000);
    ParsedDocument doc = parseText(flat);
    CHECK(doc.kind == DocumentKind::InspectionReport);
    CHECK(doc.title == "Inspection of Wyvern local authority children's services");
    CHECK(doc.local_authority == "Wyvern");
    CHECK(doc.visit.start == "2025-03-03");
    CHECK(doc.visit.end == "2025-03-14");
    CHECK(doc.inspectors == std::vector<std::string>{"Jane Roe"});
    int points = 0, judgementParagraphs = 0;
    for (const Paragraph& p : doc.paragraphs) {
        points += p.role == ParagraphRole::ImprovementPoint;
        judgementParagraphs += p.role == ParagraphRole::JudgementParagraph;
    }
    CHECK(points == 2);
    CHECK(judgementParagraphs == 2);
}

TEST_CASE("a visit counted in a sentence of its own, after an earlier visit", "[scanner][ordinal][robust]") {
    CHECK(findVisitOrdinal("The first visit was in May. This was the third.") == 3);
    CHECK(findVisitOrdinal("This was the local authority's third monitoring visit since it was judged inadequate "
                           "in May 2021.") == 3);
    CHECK(findVisitOrdinal("Inspectors made the second of up to eight visits on 3 and 4 May.") == 2);
    CHECK(findVisitOrdinal("This monitoring visit was the third since the council was judged inadequate.") == 3);
    CHECK(findVisitOrdinal("Ofsted's fifth and final monitoring visit took place in May.") == 5);
    CHECK(findVisitOrdinal("Ofsted's first visit in May found little progress. The latest visit, the third, found "
                           "that leaders had acted.") == 3);
    CHECK(findVisitOrdinal("The first monitoring visit was in May. The most recent visit was the fourth since the "
                           "council was judged inadequate.") == 4);
    // Without a sentence about visits, "This is the third." counts nothing.
    CHECK(findVisitOrdinal("This is the third.") == 0);
}

TEST_CASE("a letter's title counts the visit; its introduction recalls an earlier one", "[parser][letter][robust]") {
    ParsedDocument doc = parseText(
        "Dear Sam\n\nFourth monitoring visit to Wyvern children’s services\n\n"
        "This letter summarises the findings of the monitoring visit to Wyvern children’s services on 7 and 8 June "
        "2022. Leaders have acted on the findings of the second monitoring visit in February 2022. His Majesty’s "
        "Inspectors for this visit were Jane Roe and Tom Poe.\n\n"
        "Headline findings\n\nProgress since the last visit has been steady, and children are safer.\n");
    CHECK(doc.visit.ordinal == 4);

    doc = parseText(
        "Dear Sam\n\nMonitoring visit to Wyvern children’s services\n\n"
        "This letter summarises the findings of the monitoring visit to Wyvern children’s services on 7 and 8 June "
        "2022. The first visit was in November 2021. This was the third. His Majesty’s Inspectors for this visit "
        "were Jane Roe and Tom Poe.\n\n"
        "Headline findings\n\nProgress since the last visit has been steady, and children are safer.\n");
    CHECK(doc.visit.ordinal == 3);
}
