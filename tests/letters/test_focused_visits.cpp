// Focused-visit letters (ILACS, 2018-2024) and older monitoring letters (2016-2019): the
// areas looked at are told in prose, not bullets, and the sections have other names.
// Every letter here is fictional, written in the style of the genre.
#include <catch2/catch.hpp>

#include "support.hpp"

#include "findings/docparse/parser.hpp"
#include "findings/docparse/readers.hpp"

using namespace findings::docparse;
using letters_test::parseText;
using letters_test::withRole;

namespace {

const char* const kFocusedVisit2019 =
    "14 November 2019\n\n"
    "Ms Anna Kestrel\nDirector of Children's Services\nAshby with Brackwater Council\nTown Hall\nAshby AB1 2CD\n\n"
    "Dear Anna\n\n"
    "Focused visit to Ashby with Brackwater children's services\n\n"
    "This letter summarises the findings of the focused visit to Ashby with Brackwater children's services on 8 and "
    "9 October 2019. The visit was carried out by Her Majesty's Inspectors Rachel Finch and Owen Marsh.\n\n"
    "Inspectors looked at the local authority's arrangements for children in need and children subject to a child "
    "protection plan, including the quality of assessments, the timeliness of strategy discussions and management "
    "oversight of practice.\n\n"
    "This visit was carried out under the inspection of local authority children's services (ILACS) framework.\n\n"
    "Overview\n\n"
    "Senior leaders have a clear understanding of the strengths and weaknesses of services for children in need.\n\n"
    "What needs to improve in this area of social work practice\n\n"
    "1. The quality of assessments, so that they consider children's histories.\n"
    "2. Management oversight and supervision, so that plans progress without delay.\n\n"
    "Findings\n\n"
    "Children who need help and protection are seen quickly by social workers, who know them well.\n\n"
    "Too many assessments do not consider the history of the family.\n\n"
    "Ofsted will take the findings from this focused visit into account when planning your next inspection or "
    "visit.\n\n"
    "Yours sincerely\n\nRachel Finch\nHer Majesty's Inspector\n";

}  // namespace

TEST_CASE("a focused-visit letter tells the areas it looked at in prose", "[parser][letter][focused]") {
    ParsedDocument doc = parseText(kFocusedVisit2019);
    CHECK(doc.kind == DocumentKind::FocusedVisitLetter);
    CHECK(doc.local_authority == "Ashby with Brackwater");
    CHECK(doc.date == "2019-11-14");
    CHECK(doc.recipient == "Anna Kestrel");
    CHECK(doc.visit.start == "2019-10-08");
    CHECK(doc.visit.end == "2019-10-09");
    CHECK(doc.visit.ordinal == -1);
    CHECK(doc.inspectors == std::vector<std::string>{"Rachel Finch", "Owen Marsh"});
    CHECK(doc.framework == "ILACS");
    // The cohort, then each practice area the sentence lists after "including".
    CHECK(doc.areas_covered == std::vector<std::string>{
                                   "children in need and children subject to a child protection plan",
                                   "the quality of assessments", "the timeliness of strategy discussions",
                                   "management oversight of practice"});
}

TEST_CASE("a focused-visit letter's improvement points and findings", "[parser][letter][focused]") {
    ParsedDocument doc = parseText(kFocusedVisit2019);
    CHECK(withRole(doc, ParagraphRole::Headline).size() == 1);
    auto points = withRole(doc, ParagraphRole::ImprovementPoint);
    REQUIRE(points.size() == 2);
    CHECK(points[0]->section == "What needs to improve in this area of social work practice");
    CHECK(points[0]->text == "The quality of assessments, so that they consider children's histories.");
    // Ofsted's closing line about the next inspection is not a finding.
    auto findings = withRole(doc, ParagraphRole::Finding);
    REQUIRE(findings.size() == 2);
    CHECK(findings[1]->text.rfind("Too many assessments", 0) == 0);
}

TEST_CASE("a 2020s focused visit: 'This visit focused on', bulleted improvement, main findings",
          "[parser][letter][focused]") {
    ParsedDocument doc = parseText(
        "Dear Ms Smith\n\nFocused visit to Kestrel Vale children's services\n\n"
        "This letter summarises the findings of the focused visit to Kestrel Vale children's services on 4 and 5 "
        "February 2025.\nHis Majesty's Inspectors for this visit were Priya Lane and Tom Hadley.\n\n"
        "This visit focused on the local authority's arrangements for care leavers, including the quality of pathway "
        "planning, the support provided by personal advisers and the sufficiency of accommodation.\n\n"
        "Headline findings\n\nMost young people now have a personal adviser who knows them well.\n\n"
        "What needs to improve in this area of social work practice?\n\n"
        "• The quality of pathway plans.\n• The sufficiency of suitable accommodation for care leavers.\n\n"
        "Main findings\n\nPersonal advisers keep in touch with young people regularly.\n\n"
        "Ofsted will take the findings from this focused visit into account when planning your next inspection.\n");
    CHECK(doc.kind == DocumentKind::FocusedVisitLetter);
    CHECK(doc.visit.start == "2025-02-04");
    CHECK(doc.inspectors == std::vector<std::string>{"Priya Lane", "Tom Hadley"});
    CHECK(doc.areas_covered == std::vector<std::string>{"care leavers", "the quality of pathway planning",
                                                        "the support provided by personal advisers",
                                                        "the sufficiency of accommodation"});
    REQUIRE(withRole(doc, ParagraphRole::ImprovementPoint).size() == 2);
    REQUIRE(withRole(doc, ParagraphRole::Finding).size() == 1);
    CHECK(withRole(doc, ParagraphRole::Finding)[0]->section == "Main findings");
}

TEST_CASE("an older monitoring letter: areas covered in prose, overview, findings and evaluation",
          "[parser][letter][focused]") {
    ParsedDocument doc = parseText(
        "7 March 2017\n\nMr Peter Holt\nInterim Director of Children's Services\nWyvern and Marsh Council\n\n"
        "Dear Peter\n\nMonitoring visit of Wyvern and Marsh children's services\n\n"
        "This letter summarises the findings of the sixth monitoring visit to Wyvern and Marsh children's services "
        "since the local authority was judged inadequate for overall effectiveness in July 2015. The visit was "
        "carried out on 7 and 8 February 2017 by Her Majesty's Inspectors Sarah Quill and David Penn.\n\n"
        "Areas covered by the visit\n\n"
        "During the visit, inspectors reviewed the progress made by the local authority in the area of help and "
        "protection, with a specific focus on the quality of assessments, child protection planning and the "
        "effectiveness of management oversight.\n\n"
        "Overview\n\n"
        "The local authority is making steady progress in improving services for its children and young people.\n\n"
        "Findings and evaluation of progress\n\n"
        "Strategy discussions are timely and well attended by partner agencies.\n\n"
        "The quality of assessments remains variable.\n\n"
        "I am copying this letter to the Department for Education.\n\nYours sincerely\n");
    CHECK(doc.kind == DocumentKind::MonitoringLetter);
    CHECK(doc.local_authority == "Wyvern and Marsh");
    CHECK(doc.visit.ordinal == 6);
    CHECK(doc.visit.start == "2017-02-07");
    CHECK(doc.previous_judgement.grade == "inadequate");
    CHECK(doc.previous_judgement.date == "2015-07");
    CHECK(doc.areas_covered == std::vector<std::string>{"help and protection", "the quality of assessments",
                                                        "child protection planning",
                                                        "the effectiveness of management oversight"});
    CHECK(doc.properties["verdict"] ==
          "The local authority is making steady progress in improving services for its children and young people.");
    CHECK(withRole(doc, ParagraphRole::Headline).size() == 1);
    CHECK(withRole(doc, ParagraphRole::Finding).size() == 2);
}

TEST_CASE("areas told in a sentence the parser cannot split are kept as the sentence", "[parser][letter][focused]") {
    ParsedDocument doc = parseText(
        "Dear Sam\n\nMonitoring visit to Wyvern children's services\n\n"
        "This letter summarises the findings of the monitoring visit to Wyvern children's services on 3 and 4 May "
        "2018.\n\n"
        "Areas covered by the visit\n\n"
        "Inspectors reviewed the progress made for children at risk of exploitation.\n\n"
        "Headline findings\n\nProgress is slow.\n");
    CHECK(doc.areas_covered ==
          std::vector<std::string>{"Inspectors reviewed the progress made for children at risk of exploitation."});
}

TEST_CASE("how inspectors gathered evidence is not an area covered", "[parser][letter][focused]") {
    ParsedDocument doc = parseText(
        "4 November 2020\n\nSam Okafor\nDirector of Children's Services\nKestrel Vale Council\n\nDear Sam\n\n"
        "Focused visit to Kestrel Vale local authority children's services\n\n"
        "This letter summarises the findings of the focused visit to Kestrel Vale local authority children's services "
        "on 13 and 14 October 2020. Her Majesty's Inspectors for this visit were Joan Birch and Paul Ashe.\n\n"
        "This visit looked at the local authority's arrangements for children in care.\n\n"
        "Inspectors looked at a range of evidence, including case records, supervision notes and discussions with "
        "social workers.\n\n"
        "Headline findings\n\nLeaders responded swiftly to the pandemic.\n");
    CHECK(doc.local_authority == "Kestrel Vale");
    CHECK(doc.areas_covered == std::vector<std::string>{"children in care"});
}

TEST_CASE("improvement points whose bullets were lost in copying are one per row", "[parser][letter][focused]") {
    ParsedDocument doc = parseText(
        "Dear Anna\n\nFocused visit to Ashby children's services\n\n"
        "This letter summarises the findings of the focused visit to Ashby children's services on 8 and 9 October "
        "2019.\n\n"
        "What needs to improve in this area of social work practice\n\n"
        "The quality of assessments, so that they consider children's histories.\n"
        "Management oversight and supervision, so that plans progress without delay.\n\n"
        "Findings\n\nChildren are seen quickly by social workers, who\nknow them well.\n");
    auto points = withRole(doc, ParagraphRole::ImprovementPoint);
    REQUIRE(points.size() == 2);
    CHECK(points[1]->text == "Management oversight and supervision, so that plans progress without delay.");
    CHECK(points[1]->line_start == points[1]->line_end);
    // A hard-wrapped paragraph is still one finding.
    REQUIRE(withRole(doc, ParagraphRole::Finding).size() == 1);
}

TEST_CASE("unbulleted improvement points that wrap onto a lower-case line stay one per item",
          "[parser][letter][focused]") {
    ParsedDocument doc = parseText(
        "Dear Anna\n\nFocused visit to Ashby children's services\n\n"
        "This letter summarises the findings of the focused visit to Ashby children's services on 8 and 9 October "
        "2019.\n\n"
        "What needs to improve in this area of social work practice\n\n"
        "The quality of assessments, so that they consider children's histories and\n"
        "the views of their fathers.\n"
        "Management oversight and supervision, so that plans progress without delay.\n"
        "The timeliness of strategy discussions when children are at risk of\n"
        "significant harm.\n"
        "The response of the\nMASH to contacts from schools.\n\n"
        "Findings\n\nChildren are seen quickly by social workers, who know them well.\n");
    auto points = withRole(doc, ParagraphRole::ImprovementPoint);
    REQUIRE(points.size() == 4);
    CHECK(points[0]->text ==
          "The quality of assessments, so that they consider children's histories and the views of their fathers.");
    CHECK(points[3]->text == "The response of the MASH to contacts from schools.");
    CHECK(points[0]->line_end == points[0]->line_start + 1);
    CHECK(points[2]->text ==
          "The timeliness of strategy discussions when children are at risk of significant harm.");
}

TEST_CASE("prose under an improvement heading is not split into items", "[parser][letter][focused]") {
    ParsedDocument doc = parseText(
        "Dear Anna\n\nFocused visit to Ashby children's services\n\n"
        "This letter summarises the findings of the focused visit to Ashby children's services on 8 and 9 October "
        "2019.\n\n"
        "What needs to improve in this area of social work practice\n\n"
        "Leaders should improve the quality of plans. They should also make sure\n"
        "that managers check them.\n"
        "Children wait too long for help.\n\n"
        "Findings\n\nChildren are seen quickly by social workers, who know them well.\n");
    REQUIRE(withRole(doc, ParagraphRole::ImprovementPoint).size() == 1);
}

TEST_CASE("a report's unbulleted improvement items wrap onto lower-case lines", "[parser][report][focused]") {
    ParsedDocument doc = parseText(
        "Wyvern\nInspection of Wyvern local authority children’s services\n\n"
        "Inspection dates: 3 to 14 March 2025\nLead inspector: Jane Roe, His Majesty’s Inspector\n\n"
        "Judgement Grade\nThe impact of leaders on social work practice with children and families Good\n"
        "Overall effectiveness Good\n\n"
        "What needs to improve?\n\n"
        "The quality and timeliness of pathway plans for care leavers, so that they\n"
        "reflect their needs.\n"
        "Management oversight of children in need plans.\n"
        "The sufficiency of homes for children in care, including those\n"
        "with complex needs.\n\n"
        "The experiences and progress of children in care: good\n\n"
        "1. Children come into care when they need to.\n");
    auto points = withRole(doc, ParagraphRole::ImprovementPoint);
    REQUIRE(points.size() == 3);
    CHECK(points[0]->text ==
          "The quality and timeliness of pathway plans for care leavers, so that they reflect their needs.");
    CHECK(points[1]->text == "Management oversight of children in need plans.");
}
