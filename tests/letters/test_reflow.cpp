// The parser on small made-up documents: reflow, page-break rejoin, artefacts, bullets,
// Markdown and genre variants.
#include <catch2/catch.hpp>

#include "support.hpp"

#include "findings/docparse/parser.hpp"
#include "findings/docparse/readers.hpp"

using namespace findings::docparse;
using letters_test::parseText;

namespace {

const std::string kLetterHead =
    "1 February 2021\n\nJane Doe\nDirector of Children's Services\nBarnet Council\n\nDear Jane\n\n"
    "Monitoring visit to London Borough of Barnet children’s services\n\n"
    "This letter summarises the findings of the monitoring visit to Barnet children’s services on Wednesday 13 and "
    "Thursday 14 January 2021. This was the 3rd monitoring visit since the local authority was judged inadequate in "
    "May 2019. Her Majesty’s Inspectors for this visit were Jo Bloggs and Sam Green.\n\n";

}  // namespace

TEST_CASE("bullets of any glyph are areas covered", "[parser][letter]") {
    ParsedDocument doc = parseText(kLetterHead +
                                   "Areas covered by the visit\n\nInspectors reviewed the following:\n\n"
                                   "▪ children in need\n* care leavers\n1. the front door\n\nHeadline findings\n\n"
                                   "Progress is steady.\n\nFindings and evaluation of progress\n\nOne finding.\n\n"
                                   "Yours sincerely\n\nJo Bloggs\n");
    CHECK(doc.kind == DocumentKind::MonitoringLetter);
    CHECK(doc.areas_covered == std::vector<std::string>{"children in need", "care leavers", "the front door"});
    CHECK(doc.local_authority == "Barnet");
    CHECK(doc.visit.start == "2021-01-13");
    CHECK(doc.visit.end == "2021-01-14");
    CHECK(doc.visit.ordinal == 3);
    CHECK(doc.previous_judgement.date == "2019-05");
    CHECK(doc.inspectors == std::vector<std::string>{"Jo Bloggs", "Sam Green"});
    CHECK(doc.recipient == "Jane Doe");
}

TEST_CASE("Markdown emphasis and heading marks are removed", "[parser][letter]") {
    ParsedDocument doc = parseText(kLetterHead + "## Headline findings\n\nLeaders have **strengthened** practice.\n\n"
                                                 "## Findings\n\n  Caseloads are   manageable.\n");
    REQUIRE(doc.paragraphs.size() == 2);
    CHECK(doc.paragraphs[0].text == "Leaders have strengthened practice.");
    CHECK(doc.paragraphs[1].text == "Caseloads are manageable.");
    CHECK(doc.paragraphs[1].section == "Findings");
}

TEST_CASE("a paragraph ending mid-sentence continues in the next lower-case block", "[parser][reflow]") {
    ParsedDocument doc = parseText(kLetterHead + "Findings and evaluation of progress\n\nToo many children wait\n\n12\n\n"
                                                 "for a social worker. Leaders know this.\n\nA second paragraph.\n");
    REQUIRE(doc.paragraphs.size() == 2);
    CHECK(doc.paragraphs[0].text == "Too many children wait for a social worker. Leaders know this.");
}

TEST_CASE("a block ending with a full stop is not joined to a lower-case one that follows a heading", "[parser][reflow]") {
    ParsedDocument doc = parseText(kLetterHead + "Headline findings\n\nPractice is improving.\n\n"
                                                 "Findings and evaluation of progress\n\nand this one starts low.\n");
    REQUIRE(doc.paragraphs.size() == 2);
    CHECK(doc.paragraphs[1].section == "Findings and evaluation of progress");
}

TEST_CASE("suspended hyphens keep their space", "[parser][reflow]") {
    ParsedDocument doc = parseText(kLetterHead + "Findings\n\nServices for 16-\nand 17-year-olds are\nunder-\ndeveloped.\n");
    REQUIRE(doc.paragraphs.size() == 1);
    CHECK(doc.paragraphs[0].text == "Services for 16- and 17-year-olds are under-developed.");
}

TEST_CASE("a focused visit letter with improvement points", "[parser][letter]") {
    ParsedDocument doc = parseText(
        "3 March 2022\n\nDear Sam\n\nFocused visit to Sefton children’s services\n\nThis letter summarises the findings "
        "of the focused visit to Sefton children’s services on 14-16 February 2022.\n\nHeadline findings\n\nMost "
        "children are safe.\n\nWhat needs to improve in this area of social work practice?\n\n- The timeliness of "
        "assessments.\n- The quality of plans.\n\nMain findings\n\nAssessments are thorough.\n\nYours sincerely\n");
    CHECK(doc.kind == DocumentKind::FocusedVisitLetter);
    CHECK(doc.visit.start == "2022-02-14");
    CHECK(doc.visit.end == "2022-02-16");
    CHECK(doc.visit.ordinal == -1);
    int points = 0;
    for (const Paragraph& p : doc.paragraphs) points += p.role == ParagraphRole::ImprovementPoint;
    CHECK(points == 2);
    CHECK(doc.paragraphs.back().role == ParagraphRole::Finding);
    CHECK(doc.paragraphs.back().section == "Main findings");
}

TEST_CASE("an older letter without section headings keeps its verdict and paragraphs", "[parser][letter]") {
    ParsedDocument doc = parseText(
        "12 May 2017\n\nDear Pat\n\nMonitoring visit of Sunderland children’s services\n\nThis letter summarises the "
        "findings of the second monitoring visit to Sunderland children's services on 25 and 26 April 2017. The local "
        "authority is making steady progress in improving services for its children.\n\nSocial workers now visit "
        "children regularly and the quality of assessments has improved in most cases seen.\n\nManagement oversight "
        "is not yet consistent across all teams, and supervision is sometimes infrequent.\n\nYours sincerely\n");
    CHECK(doc.kind == DocumentKind::MonitoringLetter);
    CHECK(doc.visit.ordinal == 2);
    CHECK(doc.properties.at("verdict").find("steady progress") != std::string::npos);
    CHECK(doc.paragraphs.size() == 2);
}

TEST_CASE("lines without blank lines between them are paragraphs when long (Word style)", "[parser][reflow]") {
    std::string para(180, 'x');
    std::string text = "1 February 2021\nDear Jane\nMonitoring visit to Barnet children’s services\n"
                       "This letter summarises the findings of the monitoring visit to Barnet children's services on "
                       "13 and 14 January 2021 and this intro is long enough to count as a paragraph line here.\n"
                       "Findings\nThe first finding " + para + ".\nThe second finding " + para + ".\n";
    ParsedDocument doc = parseText(text);
    REQUIRE(doc.paragraphs.size() == 2);
    CHECK(doc.paragraphs[1].text.rfind("The second finding", 0) == 0);
}

TEST_CASE("a document with no inspection wording is kind other", "[parser]") {
    ParsedDocument doc = parseText("Shopping list\n\nmilk and eggs\n");
    CHECK(doc.kind == DocumentKind::Other);
    CHECK(doc.paragraphs.empty());
}
