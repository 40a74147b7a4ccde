// Letters on pages (text with form feeds, as a PDF's text layer gives it): running headers
// and footers of several lines or on all but the first page are left out, a paragraph
// broken by a page break is joined back whatever its next word, and the close is no finding;
// text copied out of a PDF without its blank lines still splits into paragraphs.
#include <catch2/catch.hpp>

#include "support.hpp"

#include "findings/docparse/parser.hpp"
#include "findings/docparse/readers.hpp"

using namespace findings::docparse;
using letters_test::parseText;

namespace {

const std::string kOpening =
    "3 May 2023\n\nJane Doe\nDirector of Children's Services\nNorthmoor Council\n\nDear Jane\n\n"
    "Monitoring visit to Northmoor children's services\n\n"
    "This letter summarises the findings of the monitoring visit to Northmoor children's services on 4 and 5 "
    "April 2023. This was the second monitoring visit since the local authority was judged inadequate in\n"
    "March 2022. His Majesty's Inspectors for this visit were Jo Bloggs and Sam Green.\n\n"
    "Headline findings\n\nLeaders have made steady progress in improving the front door.\n\n"
    "Findings and evaluation of progress\n\n";

const std::string kClose = "Yours sincerely\n\nJo Bloggs\nHis Majesty's Inspector\n\ncc: Councillor A Person\n";

// A findings paragraph of a few wrapped lines, each line naming the teams (real pages
// never repeat a line of text, and a line repeated at page edges is a running header).
std::string paragraph(const std::string& teams) {
    return "In " + teams + ", social workers visit children regularly and\nknow them well, and managers of " + teams +
           " oversee\nthe work in " + teams + " closely.\n\n";
}

std::vector<std::string> texts(const ParsedDocument& doc) {
    std::vector<std::string> out;
    for (const Paragraph& p : doc.paragraphs) out.push_back(p.text);
    return out;
}

}  // namespace

TEST_CASE("a running header on every page but the first of a short letter is left out", "[parser][pages]") {
    // The authority and the letter's date head pages 2 and 3 only: two repeats.
    const std::string header = "Northmoor Council\n3 May 2023\n\n";
    ParsedDocument doc = parseText(kOpening + paragraph("most teams") +
                                   "Strategy discussions are timely, and partners attend them. The quality of\n"
                                   "\f" + header + "plans is improving.\n\n" + paragraph("the assessment teams") +
                                   "\f" + header + paragraph("the children in care teams") + kClose);
    CHECK(doc.date == "2023-05-03");
    REQUIRE(doc.paragraphs.size() == 5);
    CHECK(doc.paragraphs[2].text ==
          "Strategy discussions are timely, and partners attend them. The quality of plans is improving.");
    for (const std::string& t : texts(doc)) CHECK(t.find("Northmoor Council") == std::string::npos);
    CHECK(doc.paragraphs[4].page == 3);
}

TEST_CASE("a running letterhead of four lines at the top of every page is left out", "[parser][pages]") {
    const std::string letterhead = "Ofsted\nPiccadilly Gate\nStore Street\nManchester M1 2WD\n\n";
    ParsedDocument doc = parseText(letterhead + kOpening + paragraph("most teams") + "\f" + letterhead +
                                   paragraph("the assessment teams") + "\f" + letterhead +
                                   paragraph("the children in care teams") + kClose);
    REQUIRE(doc.paragraphs.size() == 4);
    for (const std::string& t : texts(doc)) {
        CHECK(t.find("Manchester") == std::string::npos);
        CHECK(t.find("Piccadilly") == std::string::npos);
    }
    CHECK(doc.paragraphs[2].text.rfind("In the assessment teams,", 0) == 0);
    CHECK(doc.paragraphs[2].page == 2);
}

TEST_CASE("a paragraph broken by a page break before a capitalised word is joined back", "[parser][pages]") {
    const std::string footer = "\n1/2\n";
    ParsedDocument doc = parseText(kOpening + paragraph("most teams") +
                                   "Leaders have strengthened the quality assurance framework, and the audits\n"
                                   "completed since the last visit were moderated by managers from\n" + footer +
                                   "\fNorthmoor's partner agencies. Audits now lead to improvement.\n\n" +
                                   paragraph("the children in care teams") + kClose);
    REQUIRE(doc.paragraphs.size() == 4);
    CHECK(doc.paragraphs[2].text ==
          "Leaders have strengthened the quality assurance framework, and the audits completed since the last "
          "visit were moderated by managers from Northmoor's partner agencies. Audits now lead to improvement.");
    CHECK(doc.paragraphs[2].page == 1);
}

TEST_CASE("a heading or a list item ending a page is not run into the next page", "[parser][pages]") {
    // The areas covered end page 1 without full stops; the next page opens with prose.
    ParsedDocument doc = parseText(
        "3 May 2023\n\nJane Doe\nNorthmoor Council\n\nDear Jane\n\nMonitoring visit to Northmoor children's services\n\n"
        "This letter summarises the findings of the monitoring visit to Northmoor children's services on 4 and 5 "
        "April 2023.\n\nAreas covered by the visit\n\nInspectors reviewed the following areas:\n\n"
        "• the quality and timeliness of assessments for children in need of help and protection\n"
        "• management oversight and supervision of frontline practice across all the teams\n"
        "\fThis visit was carried out in line with the inspection of local authority children's services "
        "(ILACS) framework.\n\nHeadline findings\n\nLeaders have made steady progress.\n\n" + kClose);
    REQUIRE(doc.areas_covered.size() == 2);
    CHECK(doc.areas_covered[1] == "management oversight and supervision of frontline practice across all the teams");
}

TEST_CASE("a letter's date repeated in the running header is still its date", "[parser][pages]") {
    // On the first page the date stands near the top, where the header stands on the others.
    const std::string header = "Northmoor Council\n3 May 2023\n\n";
    ParsedDocument doc = parseText(kOpening + paragraph("most teams") + "\f" + header +
                                   paragraph("the assessment teams") + "\f" + header +
                                   paragraph("the children in care teams") + kClose);
    CHECK(doc.date == "2023-05-03");
    CHECK(doc.recipient == "Jane Doe");
    CHECK(doc.paragraphs.size() == 4);
}

TEST_CASE("a closing sentence that copies the letter to the DfE is not a finding", "[parser][letter]") {
    ParsedDocument doc = parseText(kOpening + paragraph("most teams") +
                                   "Ofsted will continue to monitor progress through further monitoring visits, and I "
                                   "am copying this letter to the Department for Education.\n\n" + kClose);
    REQUIRE(doc.paragraphs.size() == 2);
    CHECK(doc.paragraphs.back().text.rfind("In most teams,", 0) == 0);
}

TEST_CASE("a letter copied out of a PDF without blank lines splits at short last lines", "[parser][pages][reflow]") {
    // Wrapped at about 80 characters, as text copied from a PDF viewer: no blank line sets
    // the title, the headings or the paragraphs apart.
    ParsedDocument doc = parseText(
        "3 May 2023\nJane Doe\nDirector of Children's Services\nNorthmoor Council\nDear Jane\n"
        "Monitoring visit to Northmoor children's services\n"
        "This letter summarises the findings of the monitoring visit to Northmoor children's\n"
        "services on 4 and 5 April 2023. This was the second monitoring visit since the local\n"
        "authority was judged inadequate in March 2022. His Majesty's Inspectors for this\n"
        "visit were Jo Bloggs and Sam Green.\n"
        "Headline findings\n"
        "Leaders have made steady progress in improving the help and protection of children\n"
        "since the last visit, and most children now receive a timely response.\n"
        "Findings and evaluation of progress\n"
        "Strategy discussions are held promptly when concerns about significant harm are\n"
        "identified, and partners attend them. Section 47 enquiries are thorough.\n"
        "The quality of child protection plans is too variable. Some plans are specific, but\n"
        "others do not say what parents need to do to reduce risks.\n"
        "Supervision is regular, and team managers give social workers clear direction. The\n"
        "records of supervision are brief and do not set timescales.\n"
        "Leaders use performance information well to understand the quality of practice in\n"
        "each team, and audits are moderated by senior managers every month.\n"
        "Partnership working has strengthened, and the safeguarding partnership has agreed\n"
        "a shared approach to neglect, although it is too early to see its impact.\n"
        "I am copying this letter to the Department for Education.\n"
        "Yours sincerely\nJo Bloggs\nHis Majesty's Inspector\n");
    CHECK(doc.title == "Monitoring visit to Northmoor children's services");
    CHECK(doc.date == "2023-05-03");
    CHECK(doc.visit.start == "2023-04-04");
    CHECK(doc.inspectors == std::vector<std::string>{"Jo Bloggs", "Sam Green"});
    const std::vector<std::string> found = texts(doc);
    REQUIRE(found.size() == 6);
    CHECK(found[1] ==
          "Strategy discussions are held promptly when concerns about significant harm are identified, and partners "
          "attend them. Section 47 enquiries are thorough.");
    CHECK(found[5].rfind("Partnership working", 0) == 0);
    CHECK(found[5].find("copying") == std::string::npos);
}
