// Genre variants the corpus does not show: older report and letter phrasings, trusts,
// US-style dates, text copies of report tables.
#include <catch2/catch.hpp>

#include "support.hpp"

#include "findings/docparse/parser.hpp"
#include "findings/docparse/readers.hpp"
#include "findings/docparse/scanners.hpp"

using namespace findings::docparse;
using letters_test::parseText;

TEST_CASE("a SIF re-inspection report copied as text", "[parser][report][variant]") {
    ParsedDocument doc = parseText(
        "Manchester City Council\nRe-inspection of services for children in need of help and\nprotection, children "
        "looked after and care leavers\nInspection dates: 9 October to 2 November 2017\nReport published: 21 December "
        "2017\n\nChildren’s services in Manchester require improvement to be good\n\n"
        "1. Children who need help and protection Requires improvement\n\n"
        "2.1 Adoption performance Good\n\n"
        "3. Leadership, management and governance Good\n\n"
        "Executive summary\n\nThis is a re-inspection of children’s services in Manchester.\n\n"
        "Lead inspector: Jane Roe\n\nDeputy lead inspector: Tom Poe\n");
    CHECK(doc.kind == DocumentKind::InspectionReport);
    CHECK(doc.local_authority == "Manchester");
    CHECK(doc.visit.start == "2017-10-09");
    CHECK(doc.visit.end == "2017-11-02");
    CHECK(doc.date == "2017-12-21");
    CHECK(doc.framework == "SIF");
    CHECK(doc.inspectors == std::vector<std::string>{"Jane Roe", "Tom Poe"});
    REQUIRE(doc.judgements.size() == 4);
    CHECK(doc.judgements[0].area == "Overall effectiveness");
    CHECK(doc.judgements[0].grade == "requires improvement");
    CHECK(doc.judgements[1].area == "Children who need help and protection");
    CHECK(doc.judgements[2].grade == "good");
}

TEST_CASE("a trust-run service's letter names the authority", "[parser][letter][variant]") {
    ParsedDocument doc = parseText(
        "8 January 2020\n\nDear Andy\n\nMonitoring visit to Birmingham Children’s Trust\n\nThis letter summarises the "
        "findings of the monitoring visit to Birmingham Children's Trust on 3 and 4 December 2019. This was the fourth "
        "monitoring visit since the local authority was judged inadequate in January 2016, and the second since the "
        "trust began. The visit was carried out by Her Majesty’s Inspectors (HMI) Jo Bloggs and Sam Green.\n\n"
        "Overview\n\nThe trust is making steady progress.\n\nYours sincerely\n");
    CHECK(doc.local_authority == "Birmingham");
    CHECK(doc.visit.ordinal == 4);
    CHECK(doc.visit.start == "2019-12-03");
    CHECK(doc.inspectors == std::vector<std::string>{"Jo Bloggs", "Sam Green"});
    REQUIRE(doc.paragraphs.size() == 1);
    CHECK(doc.paragraphs[0].role == ParagraphRole::Headline);
}

TEST_CASE("a month-first date with a comma and year", "[scanner][date][variant]") {
    auto r = findDates("on June 28, 2023 and later");
    REQUIRE(!r.empty());
    CHECK(r[0].start.iso() == "2023-06-28");
}

TEST_CASE("'Dear Mr Smith' finds the full name in the address", "[parser][letter][variant]") {
    ParsedDocument doc = parseText(
        "2 May 2023\n\nMr John Smith\nDirector of Children’s Services\nSefton Council\n\nDear Mr Smith\n\n"
        "Monitoring visit to Sefton children’s services\n\nThis letter summarises the findings of the monitoring "
        "visit to Sefton children’s services on 12 and 13 April 2023.\n\nHeadline findings\n\nProgress is slow.\n");
    CHECK(doc.recipient == "John Smith");
    CHECK(doc.local_authority == "Sefton");
}

TEST_CASE("a letterhead laid out in columns still gives date and recipient", "[parser][letter][variant]") {
    ParsedDocument doc = parseText(
        "                                                  Ofsted\n"
        "27 March 2024                                     Store Street\n"
        "Jane Doe                                          T 0300 123 1231\n"
        "Director of Children's Services                   enquiries@ofsted.gov.uk\n\n"
        "Dear Jane\n\nMonitoring visit to Barnet children's services\n\nThis letter summarises the findings of the "
        "monitoring visit to Barnet children's services on 21 and 22 February 2024.\n\nHeadline findings\n\nProgress "
        "is slow.\n");
    CHECK(doc.date == "2024-03-27");
    CHECK(doc.recipient == "Jane Doe");
}

TEST_CASE("a letter reprinted without letterhead or salutation is still a letter", "[parser][letter][variant]") {
    ParsedDocument doc = parseText(
        "Monitoring visit to Sefton children’s services\n\nInspectors visited on 12 and 13 April 2023 for the third "
        "monitoring visit.\n\nHeadline findings\n\nProgress is slow.\n\nFindings and evaluation of progress\n\nOne.\n");
    CHECK(doc.kind == DocumentKind::MonitoringLetter);
    CHECK(doc.title == "Monitoring visit to Sefton children’s services");
    CHECK(doc.visit.ordinal == 3);
    CHECK(doc.paragraphs.size() == 2);
}
