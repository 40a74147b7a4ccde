// Layouts and phrasings met in real letters, reports, articles and press releases from
// other councils and years than the corpus's. Every document here is fictional, written
// in the style of the real one that first failed.
#include <catch2/catch.hpp>

#include "support.hpp"

#include "findings/docparse/parser.hpp"
#include "findings/docparse/readers.hpp"
#include "findings/docparse/scanners.hpp"

using namespace findings::docparse;
using letters_test::parseText;
using letters_test::withRole;

// Letters reprinted on a news site: one paragraph per line, no blank lines, "- " bullets.
TEST_CASE("dash bullets after a lead-in are areas covered, one paragraph per line", "[parser][letter][robust]") {
    ParsedDocument doc = parseText(
        "This letter summarises the findings of the monitoring visit to Wyvern children’s services on 7 and 8 June "
        "2022. This was the first monitoring visit since the local authority was judged inadequate in December 2021. "
        "His Majesty’s Inspectors for this visit were Jane Roe and Tom Poe.\n"
        "Areas covered by the visit\n"
        "The focus of the monitoring visit was the front door. In particular, inspectors reviewed the progress made in "
        "the following areas of concern identified at the last inspection, which this sentence makes long enough:\n"
        "- The quality of assessment and the use of chronologies in the work of the front door teams of the council.\n"
        "- The timeliness of strategy discussions for children who may be at risk of significant harm in Wyvern.\n"
        "Headline findings\n"
        "Leaders have made steady progress in improving the front door since the inspection in December last year.\n");
    CHECK(doc.kind == DocumentKind::MonitoringLetter);
    REQUIRE(doc.areas_covered.size() == 2);
    CHECK(doc.areas_covered[0].rfind("The quality of assessment", 0) == 0);
    CHECK(withRole(doc, ParagraphRole::Headline).size() == 1);
}

TEST_CASE("dash bullets after a lead-in are areas covered in hard-wrapped text", "[parser][letter][robust]") {
    ParsedDocument doc = parseText(
        "Dear Lee\n\nMonitoring visit to Wyvern Children’s Trust\n\n"
        "This letter summarises the findings of the monitoring visit to Wyvern Children’s\n"
        "Trust on 13 and 14 April 2021.\n\n"
        "Areas covered by the visit\n\n"
        "Inspectors evaluated the progress made in the following areas:\n"
        "- care leavers' pathway plans\n"
        "- the support of personal advisers\n\n"
        "Headline findings\n\nThe trust is making sustained progress.\n");
    CHECK(doc.local_authority == "Wyvern");
    CHECK(doc.areas_covered == std::vector<std::string>{"care leavers' pathway plans", "the support of personal advisers"});
}

TEST_CASE("a dash continuing a wrapped sentence is not a bullet", "[parser][reflow][robust]") {
    ParsedDocument doc = parseText(
        "Dear Lee\n\nMonitoring visit to Wyvern children’s services\n\n"
        "Headline findings\n\n"
        "Leaders have a clear plan for the service, and the pace of change\n"
        "- while still slower than leaders would wish - has increased.\n");
    REQUIRE(withRole(doc, ParagraphRole::Headline).size() == 1);
    CHECK(withRole(doc, ParagraphRole::Headline)[0]->text.find("- while still") != std::string::npos);
}

// A SIF report copied as text: grades on rows of their own ("Requires" / "Improvement"),
// repeated down the table, and a lead-in sentence above the first row.
TEST_CASE("a SIF judgement table with grades on their own rows", "[parser][report][robust]") {
    ParsedDocument doc = parseText(
        "Wyvern\nInspection of services for children in need of help and\nprotection, children looked after and care "
        "leavers\nInspection date: 3 March 2015 – 25 March 2015\nReport published: 13 May 2015\n"
        "The overall judgement is that children’s services require\nimprovement\n"
        "The authority is not yet delivering good protection and help and care for children,\n"
        "young people and families. It is Ofsted’s expectation that all children receive good help.\n"
        "The judgements on areas of the service that contribute to overall effectiveness are:\n"
        "1. Children who need help and protection\nRequires\nImprovement\n"
        "2. Children looked after and achieving\npermanence\nRequires\nImprovement\n"
        "2.1 Adoption performance\nGood\n"
        "2.2 Experiences and progress of care leavers\nRequires\nImprovement\n"
        "3. Leadership, management and governance\nGood\n"
        "Contents\nSummary of findings\n3\n");
    CHECK(doc.kind == DocumentKind::InspectionReport);
    REQUIRE(doc.judgements.size() == 6);
    CHECK(doc.judgements[0].area == "Overall effectiveness");
    CHECK(doc.judgements[0].grade == "requires improvement");
    CHECK(doc.judgements[1].area == "Children who need help and protection");
    CHECK(doc.judgements[1].grade == "requires improvement");
    CHECK(doc.judgements[2].area == "Children looked after and achieving permanence");
    CHECK(doc.judgements[3].area == "Adoption performance");
    CHECK(doc.judgements[3].grade == "good");
    CHECK(doc.judgements[4].grade == "requires improvement");
    CHECK(doc.judgements[5].area == "Leadership, management and governance");
    CHECK(doc.judgements[5].grade == "good");
}

TEST_CASE("an overall grade broken across rows is read whole", "[parser][report][robust]") {
    ParsedDocument doc = parseText(
        "Wyvern City Council Re-inspection of services for children in need of help and\n\n"
        "protection, children looked after and care leavers\n\nInspection dates: 9 October to 2 November 2017\n\n"
        "Report published: 21 December 2017\n\n"
        "Children’s services in Wyvern require improvement to be\n\ngood\n\n"
        "1. Children who need help and protection Requires improvement\n\n"
        "2.1 Adoption performance Good\n\nExecutive summary\n\nThis is a re-inspection.\n");
    REQUIRE(doc.judgements.size() == 3);
    CHECK(doc.judgements[0].area == "Overall effectiveness");
    CHECK(doc.judgements[0].grade == "requires improvement");
    CHECK(doc.judgements[2].grade == "good");
}

TEST_CASE("an overall statement 'services are good' is the overall effectiveness", "[parser][report][robust]") {
    ParsedDocument doc = parseText(
        "London Borough of Wyvern\nInspection of services for children in need of help and\nprotection, children "
        "looked after and care leavers\nInspection date: 20 January 2015 to 11 February 2015\n"
        "The overall judgement is that children’s services are good\n"
        "1. Children who need help and protection\nRequires improvement\n"
        "2.1 Adoption performance\nGood\n2.2 Experiences and progress of care leavers\nGood\n"
        "3. Leadership, management and governance\nGood\nContents\n");
    REQUIRE(doc.judgements.size() == 5);
    CHECK(doc.judgements[0].area == "Overall effectiveness");
    CHECK(doc.judgements[0].grade == "good");
    CHECK(doc.judgements[3].area == "Experiences and progress of care leavers");
    CHECK(doc.judgements[3].grade == "good");
}

TEST_CASE("an authority named as a list of places, and by its initials", "[scanner][authority][robust]") {
    CHECK(findAuthority("Monitoring visit to Ashby, Brackwater and Combe children’s services") ==
          "Ashby, Brackwater and Combe");
    // Without "and <place>" the comma ends the name: it is not a list of places.
    CHECK(findAuthority("Monitoring visit to Ashby, the county town, children’s services") != "Ashby, the county town");
    // Articles say "ABC Council" throughout and spell the name out once.
    CHECK(findAuthority("ABC Council was judged inadequate. Services for children in Ashby, Brackwater and Combe "
                        "are improving. ABC Council welcomed the letter.") == "Ashby, Brackwater and Combe");
}

TEST_CASE("an authority whose name joins places with 'of'", "[scanner][authority][robust]") {
    CHECK(findAuthority("Inspection of Isle of Wyvern local authority children’s services") == "Isle of Wyvern");
    CHECK(findAuthority("Monitoring visit to Isle of Wyvern children’s services") == "Isle of Wyvern");
}

TEST_CASE("an authority behind a trust, an office holder or a photo credit", "[scanner][authority][robust]") {
    CHECK(findAuthority("Wyvern Children’s Trust is making some progress, Ofsted has said.") == "Wyvern");
    CHECK(findAuthority("Leader of Wyvern Council Councillor Jo Bloggs said the report was fair.") == "Wyvern");
    CHECK(findAuthority("A mutual runs the service. Picture: Google\n\nKestrel Vale children's services was taken "
                        "over last year.") == "Kestrel Vale");
}

TEST_CASE("previous judgements in news phrasing", "[scanner][grade][robust]") {
    auto m = findPreviousJudgement("Ofsted has been visiting the council after finding it inadequate in December 2021.",
                                   PartialDate{2024, 3, 20});
    REQUIRE(m);
    CHECK(m->grade == "inadequate");
    CHECK(m->date.iso() == "2021-12");
    m = findPreviousJudgement("since the service was judged to be inadequate in March last year",
                              PartialDate{2016, 8, 1});
    REQUIRE(m);
    CHECK(m->date.iso() == "2015-03");
    // Bare "found" names no judgement.
    CHECK(!findPreviousJudgement("Inspectors found good practice in the front door.", PartialDate{2024, 3, 1}));
}

TEST_CASE("inspectors named without 'for this visit'", "[parser][letter][robust]") {
    ParsedDocument doc = parseText(
        "Dear Sam\n\nMonitoring visit to Wyvern children’s services\n\nThis letter summarises the findings of the "
        "third monitoring visit to Wyvern children’s services since the local authority was judged inadequate in "
        "January 2019. The visit took place on 14–15 January 2020. The inspectors were Jane Roe and Tom Poe.\n\n"
        "Headline findings\n\nProgress is slow.\n");
    CHECK(doc.inspectors == std::vector<std::string>{"Jane Roe", "Tom Poe"});
    CHECK(doc.visit.ordinal == 3);
    CHECK(doc.visit.start == "2020-01-14");

    doc = parseText(
        "Dear Sam\n\nFocused visit to Wyvern children’s services\n\nThis letter summarises the findings of the "
        "focused visit to Wyvern children’s services on 3 and 4 March 2020. This visit was carried out by Her "
        "Majesty’s Inspector Jane Roe and Ofsted Inspector Tom Poe.\n\nHeadline findings\n\nProgress is steady.\n");
    CHECK(doc.kind == DocumentKind::FocusedVisitLetter);
    CHECK(doc.inspectors == std::vector<std::string>{"Jane Roe", "Tom Poe"});
}

TEST_CASE("web page furniture and repeated captions are not findings", "[parser][article][robust]") {
    ParsedDocument doc = parseText(
        "Skip to content\n\nWyvern Council: children 'still at risk', Ofsted says\n\n"
        "Image caption,\n\n"
        "Ofsted has been monitoring children's services at Wyvern Council after finding it inadequate in May 2021\n\n"
        "Ofsted has been monitoring children's services at Wyvern Council after finding it inadequate in May 2021.\n\n"
        "The inspectorate said the council had made considerable progress but there were still areas for "
        "improvement in the front door.\n\n"
        "To read the letter in full see Wyvern_Monitoring_visit_letter_of_local_authority_services.pdf\n");
    CHECK(doc.kind == DocumentKind::NewsArticle);
    CHECK(doc.title == "Wyvern Council: children 'still at risk', Ofsted says");
    CHECK(doc.local_authority == "Wyvern");
    CHECK(doc.previous_judgement.grade == "inadequate");
    CHECK(doc.previous_judgement.date == "2021-05");
    REQUIRE(doc.paragraphs.size() == 2);
    CHECK(doc.paragraphs[0].text.rfind("Ofsted has been monitoring", 0) == 0);
    CHECK(doc.paragraphs[1].text.rfind("The inspectorate said", 0) == 0);
}

TEST_CASE("a council writing of 'our' visit issued a press release", "[parser][identify][robust]") {
    ParsedDocument doc = parseText(
        "Positive feedback from Ofsted following our focused visit\n\n"
        "Ofsted published the outcome of our latest focused visit on 16 and 17 April 2024, which looked at "
        "arrangements for children in need.\n\n"
        "We have strengthened the quality of support to children in need of help and protection since the last "
        "inspection.\n\n"
        "Senior leaders know their services well, inspectors found, and further improvements are planned.\n");
    CHECK(doc.kind == DocumentKind::PressRelease);
    CHECK(doc.visit.start == "2024-04-16");
}

TEST_CASE("a speaker's office keeps its place name, not the title before the name", "[parser][article][robust]") {
    ParsedDocument doc = parseText(
        "Wyvern children's services no longer inadequate\n\n"
        "Ofsted today published its findings after an inspection of children's services in Wyvern in May.\n\n"
        "Leader of Wyvern Council Councillor Jo Bloggs said: \"We are pleased the inspection shows progress.\"\n");
    REQUIRE(doc.people.size() == 1);
    CHECK(doc.people[0].name == "Jo Bloggs");
    CHECK(doc.people[0].role == "Leader of Wyvern Council");
}

TEST_CASE("an article that dates the visit by its month only", "[parser][article][robust]") {
    ParsedDocument doc = parseText(
        "Ofsted says Wyvern is making progress\n\n"
        "The letter follows the fourth monitoring visit from Ofsted in July 2017, during which inspectors looked at "
        "care leavers.\n\n"
        "This was the fourth monitoring visit since the service was judged inadequate in March 2015.\n");
    CHECK(doc.visit.ordinal == 4);
    CHECK(doc.visit.start == "2017-07");
    CHECK(doc.previous_judgement.date == "2015-03");

    // The month of a judgement is not the month of the visit.
    doc = parseText(
        "Ofsted says Wyvern is making progress\n\n"
        "This was the fourth monitoring visit since the service was judged inadequate in March 2015, inspectors "
        "said.\n");
    CHECK(doc.visit.start.empty());
}

// Text copied out of a PDF loses the symbol-font bullet glyphs of the areas covered.
TEST_CASE("areas covered whose bullets were lost in copying", "[parser][letter][robust]") {
    ParsedDocument doc = parseText(
        "Dear Sam\n\nMonitoring visit to Wyvern children’s services\n\n"
        "This letter summarises the findings of the monitoring visit to Wyvern children’s services on 3 and 4 "
        "October 2023.\n\n"
        "Areas covered by the visit\n\n"
        "Inspectors reviewed the progress made in the following areas of concern identified at the\n"
        "last inspection:\n\n"
        "the quality of assessments for children in need\n"
        "the timeliness of strategy discussions\n\n"
        "This visit was carried out in line with the inspection of local authority children’s services\n"
        "(ILACS) framework.\n\n"
        "Headline findings\n\nProgress is slow.\n");
    CHECK(doc.areas_covered ==
          std::vector<std::string>{"the quality of assessments for children in need", "the timeliness of strategy discussions"});
    CHECK(doc.framework == "ILACS");
}

TEST_CASE("prose after a bulleted list of areas is not an area", "[parser][letter][robust]") {
    ParsedDocument doc = parseText(
        "Dear Sam\n\nMonitoring visit to Wyvern children’s services\n\n"
        "Areas covered by the visit\n\n"
        "Inspectors reviewed the progress made in the following areas:\n\n"
        "• the quality of assessments\n\n"
        "Inspectors also met the director and the lead member.\n\n"
        "Headline findings\n\nProgress is slow.\n");
    CHECK(doc.areas_covered == std::vector<std::string>{"the quality of assessments"});
}

// A local paper prints the letter under its own headline and byline, and stops before the
// sign-off: the article is the document, the letter's paragraphs the judgement it reports.
TEST_CASE("an article reprinting a letter cut short is the article", "[parser][article][robust]") {
    ParsedDocument doc = parseText(
        "Wyvern children's services still not good enough, Ofsted letter says\n\n"
        "By Sam Porter, Local Democracy Reporting Service\nPublished 14 July 2023\n\n"
        "Children's services in Wyvern are still not good enough, according to a letter from Ofsted published this "
        "week.\n\n"
        "The letter, which was sent to the council's director of children's services, reads:\n\n"
        "Monitoring visit to Wyvern children's services\n\n"
        "This letter summarises the findings of the monitoring visit to Wyvern children's services on 7 and 8 June "
        "2023. This was the second monitoring visit since the local authority was judged inadequate in May 2022.\n\n"
        "Headline findings\n\n"
        "Leaders have a clear plan, but too many children still wait too long for an assessment of their needs.\n\n"
        "Findings and evaluation of progress\n\n"
        "Social workers visit children regularly and know them well, and most plans are clear about what needs to "
        "change.\n");
    CHECK(doc.kind == DocumentKind::NewsArticle);
    CHECK(doc.author == "Sam Porter, Local Democracy Reporting Service");
    CHECK(doc.date == "2023-07-14");
    CHECK(doc.visit.ordinal == 2);
    CHECK(doc.visit.start == "2023-06-07");
    auto reported = withRole(doc, ParagraphRole::ArticleParagraph);
    REQUIRE(reported.size() == 3);
    CHECK(reported[1]->text.rfind("Leaders have a clear plan", 0) == 0);
    CHECK(reported[1]->subsection == "Headline findings");
    CHECK(reported[2]->subsection == "Findings and evaluation of progress");

    // An older letter without section headings, quoted after "according to the letter".
    doc = parseText(
        "Ofsted: Wyvern making steady progress\n\n"
        "Published: 2 May 2017\n\n"
        "Wyvern Council is making steady progress, according to the letter Ofsted sent after its visit.\n\n"
        "This letter summarises the findings of the third monitoring visit to Wyvern children's services since the "
        "local authority was judged inadequate in June 2016. The visit took place on 4 and 5 April 2017.\n\n"
        "Managers now oversee the work of social workers more closely, and most children's plans are up to date.\n");
    CHECK(doc.kind == DocumentKind::NewsArticle);
    CHECK(doc.visit.ordinal == 3);
    reported = withRole(doc, ParagraphRole::ArticleParagraph);
    REQUIRE(reported.size() == 2);
    CHECK(reported[1]->text.rfind("Managers now oversee", 0) == 0);
}

TEST_CASE("an article headlined like a letter's title, reprinting the letter", "[parser][article][robust]") {
    ParsedDocument doc = parseText(
        "Monitoring visit to Wyvern children's services finds progress\n\n"
        "By Sam Porter\n\n"
        "Inspectors found that help for children in Wyvern is improving, the council said on Friday.\n\n"
        "Dear Sam\n\n"
        "This letter summarises the findings of the monitoring visit to Wyvern children's services on 7 and 8 June "
        "2023.\n\n"
        "Headline findings\n\n"
        "Leaders have a clear plan, but too many children still wait too long for an assessment of their needs.\n");
    CHECK(doc.kind == DocumentKind::NewsArticle);
    CHECK(doc.title == "Monitoring visit to Wyvern children's services finds progress");
    auto reported = withRole(doc, ParagraphRole::ArticleParagraph);
    REQUIRE(reported.size() == 2);
    CHECK(reported[1]->subsection == "Headline findings");
}

TEST_CASE("a letter with its sign-off stays a letter whatever precedes it", "[parser][letter][robust]") {
    ParsedDocument doc = parseText(
        "Published 14 July 2023\n\nBy email\n\nDear Sam\n\nMonitoring visit to Wyvern children's services\n\n"
        "This letter summarises the findings of the monitoring visit to Wyvern children's services on 7 and 8 June "
        "2023.\n\nHeadline findings\n\nLeaders have a clear plan, and children are safer.\n\n"
        "Yours sincerely\n\nJane Roe\nHis Majesty's Inspector\n");
    CHECK(doc.kind == DocumentKind::MonitoringLetter);
}

// People in an article: the name without its title, the role as the text gives it.
TEST_CASE("people in an article with their roles, in every form reporters write", "[parser][article][people]") {
    ParsedDocument doc = parseText(
        "Ofsted finds Wyvern children's services improving\n\nPublished 3 June 2024\n\n"
        "Ofsted inspectors found that children's services in Wyvern are improving after their latest monitoring "
        "visit.\n\n"
        "\"There is more to do, but the direction is right,\" said Tom Brown, the council's director of children's "
        "services.\n\n"
        "Dr Amira Patel (Director of Children's Services) said the letter showed that practice was improving.\n\n"
        "Cllr Kim Lee (Conservative) said the council had been slow to act on the inspectors' findings.\n\n"
        "Councillor Rob Green, who leads on children's services, said: \"Our social workers deserve credit.\"\n\n"
        "Ofsted's regional director, Yvonne Black, said: \"Inspectors saw real progress in Wyvern.\"\n\n"
        "Professor Alan White, chair of the improvement board, said the board had seen steady progress.\n\n"
        "The report was presented to Mary Jones, chief executive of Wyvern Council, at a meeting of the cabinet.\n\n"
        "In North Wyvern, the director of children's services said the letter was fair to the council's staff.\n\n"
        "Ofsted praised North Yorkshire, a county where the director of children's services has led since 2019.\n\n"
        "Last Tuesday, the director of children's services, Jo Bright, said that the inspection was fair.\n\n"
        "Speaking to the Wyvern Gazette, Councillor Dev Patel, the council’s cabinet member for children, said the "
        "findings reflected hard work.\n\n"
        "Wyvern Council, the local authority, said the inspectors' findings were welcome and progress would "
        "continue.\n");
    auto roleOf = [&](const std::string& name) {
        for (const PersonInfo& p : doc.people)
            if (p.name == name) return p.role;
        return std::string("(absent)");
    };
    CHECK(roleOf("Tom Brown") == "the council's director of children's services");
    CHECK(roleOf("Amira Patel") == "Director of Children's Services");
    CHECK(roleOf("Rob Green") == "leads on children's services");
    CHECK(roleOf("Kim Lee").empty());  // a party is not a role
    CHECK(roleOf("Yvonne Black") == "Ofsted's regional director");
    CHECK(roleOf("Alan White") == "chair of the improvement board");
    CHECK(roleOf("Mary Jones") == "chief executive of Wyvern Council");
    // Places and organisations are not people.
    CHECK(roleOf("North Wyvern") == "(absent)");
    CHECK(roleOf("North Yorkshire") == "(absent)");
    CHECK(roleOf("Last Tuesday") == "(absent)");
    CHECK(roleOf("Jo Bright") == "the director of children's services");
    CHECK(roleOf("Wyvern Council") == "(absent)");
    CHECK(roleOf("Wyvern Gazette") == "(absent)");
    CHECK(roleOf("Dev Patel") == "the council’s cabinet member for children");
    CHECK(doc.people.size() == 9);
}

// pdftotext without -layout may print a table column by column: every area, then every
// grade, the same grade line repeated for several areas.
TEST_CASE("a judgement table printed as a column of areas then a column of grades", "[parser][report][robust]") {
    ParsedDocument doc = parseText(
        "Wyvern\nInspection of services for children in need of help and\nprotection, children looked after and care "
        "leavers\nInspection date: 3 March 2016 – 25 March 2016\nReport published: 13 May 2016\n\n"
        "Children’s services in Wyvern are good\n\n"
        "1. Children who need help and protection\n2. Children looked after and achieving\npermanence\n"
        "2.1 Adoption performance\n2.2 Experiences and progress of care leavers\n"
        "3. Leadership, management and governance\n"
        "Good\nGood\nRequires improvement\nGood\nGood\n\nContents\nSummary of findings\n");
    REQUIRE(doc.judgements.size() == 6);
    CHECK(doc.judgements[0].area == "Overall effectiveness");
    CHECK(doc.judgements[2].area == "Children looked after and achieving permanence");
    CHECK(doc.judgements[2].grade == "good");
    CHECK(doc.judgements[3].area == "Adoption performance");
    CHECK(doc.judgements[3].grade == "requires improvement");
    CHECK(doc.judgements[5].area == "Leadership, management and governance");

    doc = parseText(
        "Inspection of Wyvern local authority children’s services\nInspection dates: 3 to 14 March 2019\n"
        "Lead inspector: Jane Roe, Her Majesty’s Inspector\nJudgement\nGrade\n"
        "The impact of leaders on social work practice with children and\nfamilies\n"
        "The experiences and progress of children who need help and protection\n"
        "The experiences and progress of children in care and care leavers\nOverall effectiveness\n"
        "Good\nGood\nRequires improvement to be good\nGood\n\nHeadline findings\n\nChildren receive good help.\n");
    REQUIRE(doc.judgements.size() == 4);
    CHECK(doc.judgements[0].area == "The impact of leaders on social work practice with children and families");
    CHECK(doc.judgements[1].grade == "good");
    CHECK(doc.judgements[2].grade == "requires improvement");
    CHECK(doc.judgements[3].area == "Overall effectiveness");
    CHECK(doc.judgements[3].grade == "good");

    // The grade column wrapped: "Requires" above "improvement" is one grade.
    doc = parseText(
        "Wyvern\nInspection of services for children in need of help and\nprotection, children looked after and care "
        "leavers\nInspection date: 3 March 2016 – 25 March 2016\n\n"
        "1. Children who need help and protection\n2.1 Adoption performance\n3. Leadership, management and "
        "governance\nRequires\nimprovement\nGood\nInadequate\n\nContents\n");
    REQUIRE(doc.judgements.size() == 3);
    CHECK(doc.judgements[0].grade == "requires improvement");
    CHECK(doc.judgements[1].grade == "good");
    CHECK(doc.judgements[2].area == "Leadership, management and governance");
    CHECK(doc.judgements[2].grade == "inadequate");
}
