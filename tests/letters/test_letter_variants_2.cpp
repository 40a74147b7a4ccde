// Six fictional letters that vary the way real monitoring and focused-visit letters do:
// recipient blocks, authority names, visit-date ranges, previous-judgement phrasings,
// inspectors named in the intro, the sign-off or by label, bullets of every kind, and a
// lead-in sentence under the findings heading that describes the visit, not a finding.
// Every field the corpus's gold files score is checked.
#include <catch2/catch.hpp>

#include "support.hpp"

#include <string>
#include <vector>

#include "findings/docparse/parser.hpp"
#include "findings/docparse/readers.hpp"
#include "findings/docparse/scanners.hpp"

using namespace findings::docparse;
using letters_test::parseText;

namespace {

int countRole(const ParsedDocument& doc, ParagraphRole role) {
    int n = 0;
    for (const Paragraph& p : doc.paragraphs) n += p.role == role;
    return n;
}

constexpr const char* kNbsp = "\u00a0";  // real letters keep non-breaking spaces in dates

}  // namespace

TEST_CASE("a borough council letter with the recipient's address in full, NBSP dates and bullets", "[parser][letter][variant2]") {
    const ParsedDocument doc = parseText(
        std::string(R"letter(Ofsted
Piccadilly Gate
Store Street
Manchester M1 2WD

14 June 2024

Ms Jane Smith
Director of Children's Services
Northmoor Borough Council
Town Hall
Northmoor NM1 1AA

Dear Ms Smith

Monitoring visit to Northmoor children's services

This letter summarises the findings of the monitoring visit to Northmoor children's services on 8 and 9)letter") + kNbsp +
        std::string(R"letter(May)letter") + kNbsp +
        std::string(R"letter(2024. This was the third monitoring visit since the local authority was judged to be inadequate in March 2023. The visit was carried out by Jane Roberts and Peter Hale, His Majesty's Inspectors.

Areas covered by the visit

Inspectors reviewed the progress made in the following areas of concern identified at the last inspection:

• the quality of assessments for children in need
• management oversight and supervision.

This visit was carried out in line with the inspection of local authority children's services (ILACS) framework.

Headline findings

Leaders have made steady progress since the last monitoring visit. Practice is improving for most children.

Findings and evaluation of progress

Most assessments are timely and thorough. Social workers know their children well.

Supervision is regular but does not always challenge drift.

I am copying this letter to the Department for Education.

Yours sincerely

Jane Roberts
His Majesty's Inspector
)letter"));
    CHECK(doc.kind == DocumentKind::MonitoringLetter);
    CHECK(doc.local_authority == "Northmoor");
    CHECK(doc.date == "2024-06-14");
    CHECK(doc.recipient == "Jane Smith");
    CHECK(doc.visit.start == "2024-05-08");
    CHECK(doc.visit.end == "2024-05-09");
    CHECK(doc.visit.ordinal == 3);
    CHECK(doc.previous_judgement.grade == "inadequate");
    CHECK(doc.previous_judgement.date == "2023-03");
    CHECK(doc.framework == "ILACS");
    CHECK(doc.inspectors == std::vector<std::string>{"Jane Roberts", "Peter Hale"});
    CHECK(doc.areas_covered == std::vector<std::string>{"the quality of assessments for children in need", "management oversight and supervision."});
    CHECK(countRole(doc, ParagraphRole::Headline) == 1);
    CHECK(countRole(doc, ParagraphRole::Finding) == 2);
}

TEST_CASE("a London borough letter with a one-line title, an en-dash range and a lead-in under 'Findings'", "[parser][letter][variant2]") {
    const ParsedDocument doc = parseText(
        std::string(R"letter(3 May 2024

Mr John Brown, Corporate Director, Children and Young People
London Borough of Eastwick
Civic Centre

Dear John

Monitoring visit to the London Borough of Eastwick children's services

This letter summarises the findings of the monitoring visit to the London Borough of Eastwick children's services on 8–9)letter") + kNbsp +
        std::string(R"letter(April 2024. This was the second monitoring visit since the local authority was judged inadequate overall in its ILACS inspection in March 2023. This visit was carried out by His Majesty's Inspectors Anna Clarke and David Mensah.

Areas covered by the visit

Inspectors reviewed the progress made in the following areas of concern identified at the last inspection:

- the front door and multi-agency safeguarding hub
- strategy discussions and section 47 enquiries

Findings

Inspectors looked at the experiences of children referred to the front door.

Contacts are screened swiftly. Thresholds are applied appropriately.

Strategy discussions are not always held promptly.

Leaders have strengthened quality assurance.

Yours sincerely

Anna Clarke
His Majesty's Inspector
)letter"));
    CHECK(doc.kind == DocumentKind::MonitoringLetter);
    CHECK(doc.local_authority == "Eastwick");
    CHECK(doc.date == "2024-05-03");
    CHECK(doc.recipient == "John Brown");
    CHECK(doc.visit.start == "2024-04-08");
    CHECK(doc.visit.end == "2024-04-09");
    CHECK(doc.visit.ordinal == 2);
    CHECK(doc.previous_judgement.grade == "inadequate");
    CHECK(doc.previous_judgement.date == "2023-03");
    CHECK(doc.framework == "ILACS");
    CHECK(doc.inspectors == std::vector<std::string>{"Anna Clarke", "David Mensah"});
    CHECK(doc.areas_covered == std::vector<std::string>{"the front door and multi-agency safeguarding hub", "strategy discussions and section 47 enquiries"});
    CHECK(countRole(doc, ParagraphRole::Headline) == 0);
    CHECK(countRole(doc, ParagraphRole::Finding) == 3);
}

TEST_CASE("a metropolitan borough letter across a month change, signed by both inspectors", "[parser][letter][variant2]") {
    const ParsedDocument doc = parseText(
        std::string(R"letter(20 May 2024

Sarah Patel
Executive Director of People
Kingsmere Metropolitan Borough Council

Dear Sarah

Monitoring visit to Kingsmere Metropolitan Borough Council children's services

This letter summarises the findings of the monitoring visit to Kingsmere children's services on 30 April and 1 May 2024. This was the fifth monitoring visit since the inspection in March 2023, when services were judged inadequate. His Majesty's Inspectors for this visit were Ruth Okafor and Ian McLeod.

Areas covered by the visit

Inspectors reviewed the progress made in the following areas:

◼ children in care
◼ permanence planning

Headline findings

Progress has been too slow. Many children still wait too long for permanence.

Findings and evaluation of progress

Care plans are not sufficiently specific.

Independent reviewing officers now challenge drift more effectively.

Yours sincerely

Ruth Okafor
His Majesty's Inspector

Ian McLeod
His Majesty's Inspector
)letter"));
    CHECK(doc.kind == DocumentKind::MonitoringLetter);
    CHECK(doc.local_authority == "Kingsmere");
    CHECK(doc.date == "2024-05-20");
    CHECK(doc.recipient == "Sarah Patel");
    CHECK(doc.visit.start == "2024-04-30");
    CHECK(doc.visit.end == "2024-05-01");
    CHECK(doc.visit.ordinal == 5);
    CHECK(doc.previous_judgement.grade == "inadequate");
    CHECK(doc.previous_judgement.date == "2023-03");
    CHECK(doc.framework == "");
    CHECK(doc.inspectors == std::vector<std::string>{"Ruth Okafor", "Ian McLeod"});
    CHECK(doc.areas_covered == std::vector<std::string>{"children in care", "permanence planning"});
    CHECK(countRole(doc, ParagraphRole::Headline) == 1);
    CHECK(countRole(doc, ParagraphRole::Finding) == 2);
}

TEST_CASE("a focused visit across a year change, addressed only 'Dear Mr Hughes', with an Ofsted Inspector", "[parser][letter][variant2]") {
    const ParsedDocument doc = parseText(
        std::string(R"letter(24 January 2025

Dear Mr Hughes

Focused visit to the Royal Borough of Ashbury children's services

This letter summarises the findings of the focused visit to the Royal Borough of Ashbury children's services on 30)letter") + kNbsp +
        std::string(R"letter(December 2024 to 2)letter") + kNbsp +
        std::string(R"letter(January 2025. The local authority was judged 'requires improvement to be good' at its last ILACS inspection in October 2022.

This visit was carried out by Olivia Grant, His Majesty's Inspector, and Tom Reyes, Ofsted Inspector.

Inspectors looked at the local authority's arrangements for care leavers.

Headline findings

Care leavers are well supported by personal advisers.

Main findings

Pathway plans are detailed and reflect young people's wishes.

Too many care leavers live in unsuitable accommodation.

Yours sincerely

Olivia Grant
His Majesty's Inspector
)letter"));
    CHECK(doc.kind == DocumentKind::FocusedVisitLetter);
    CHECK(doc.local_authority == "Ashbury");
    CHECK(doc.date == "2025-01-24");
    CHECK(doc.recipient == "Mr Hughes");
    CHECK(doc.visit.start == "2024-12-30");
    CHECK(doc.visit.end == "2025-01-02");
    CHECK(doc.visit.ordinal == -1);
    CHECK(doc.previous_judgement.grade == "requires improvement");
    CHECK(doc.previous_judgement.date == "2022-10");
    CHECK(doc.framework == "ILACS");
    CHECK(doc.inspectors == std::vector<std::string>{"Olivia Grant", "Tom Reyes"});
    CHECK(doc.areas_covered == std::vector<std::string>{"care leavers"});
    CHECK(countRole(doc, ParagraphRole::Headline) == 1);
    CHECK(countRole(doc, ParagraphRole::Finding) == 2);
}

TEST_CASE("a city council letter with 'o' bullets and a lead and team inspector in the sign-off", "[parser][letter][variant2]") {
    const ParsedDocument doc = parseText(
        std::string(R"letter(12 November 2023

Mrs Helen Ward
Director of Children's Services
City of Westmarsh Council

Dear Helen

Monitoring visit to City of Westmarsh children's services

This letter summarises the findings of the monitoring visit to Westmarsh children's services on 17 to 18 October 2023. This was the first monitoring visit since the local authority was judged inadequate in June 2023.

Areas covered by the visit

Inspectors reviewed the progress made in the following areas of concern:

o help and protection for children in need
o the quality of child protection plans

Headline findings

There has been some progress, but practice remains inconsistent.

Findings and evaluation of progress

Child protection plans are clearer.

Core groups do not always meet.

Yours sincerely

Lead inspector: Kate Morrow
His Majesty's Inspector

Team inspector: Sam Idowu
Ofsted Inspector
)letter"));
    CHECK(doc.kind == DocumentKind::MonitoringLetter);
    CHECK(doc.local_authority == "Westmarsh");
    CHECK(doc.date == "2023-11-12");
    CHECK(doc.recipient == "Helen Ward");
    CHECK(doc.visit.start == "2023-10-17");
    CHECK(doc.visit.end == "2023-10-18");
    CHECK(doc.visit.ordinal == 1);
    CHECK(doc.previous_judgement.grade == "inadequate");
    CHECK(doc.previous_judgement.date == "2023-06");
    CHECK(doc.framework == "");
    CHECK(doc.inspectors == std::vector<std::string>{"Kate Morrow", "Sam Idowu"});
    CHECK(doc.areas_covered == std::vector<std::string>{"help and protection for children in need", "the quality of child protection plans"});
    CHECK(countRole(doc, ParagraphRole::Headline) == 1);
    CHECK(countRole(doc, ParagraphRole::Finding) == 2);
}

TEST_CASE("an islands council letter with numbered areas and a lead-in under the findings heading", "[parser][letter][variant2]") {
    const ParsedDocument doc = parseText(
        std::string(R"letter(2 March 2026

Ms Fiona Tait
Director of Children's Services
Council of the Isles of Scarra
Council Offices

Dear Fiona

Monitoring visit to Council of the Isles of Scarra children's services

This letter summarises the findings of the monitoring visit to the Isles of Scarra children's services on 4 to 5 February 2026. This was the second monitoring visit since the local authority was judged inadequate in May 2025. His Majesty's Inspectors for this visit were Nadia Bell and Owen Price.

Areas covered by the visit

Inspectors reviewed the progress made in the following areas of concern identified at the last inspection:

1. the response to children at risk of exploitation
2. return home interviews for children missing from home

Findings and evaluation of progress

Inspectors looked at children's records and met social workers.

Exploitation screening is timely.

Return home interviews are not always completed.

Yours sincerely

Nadia Bell
His Majesty's Inspector
)letter"));
    CHECK(doc.kind == DocumentKind::MonitoringLetter);
    CHECK(doc.local_authority == "Isles of Scarra");
    CHECK(doc.date == "2026-03-02");
    CHECK(doc.recipient == "Fiona Tait");
    CHECK(doc.visit.start == "2026-02-04");
    CHECK(doc.visit.end == "2026-02-05");
    CHECK(doc.visit.ordinal == 2);
    CHECK(doc.previous_judgement.grade == "inadequate");
    CHECK(doc.previous_judgement.date == "2025-05");
    CHECK(doc.framework == "");
    CHECK(doc.inspectors == std::vector<std::string>{"Nadia Bell", "Owen Price"});
    CHECK(doc.areas_covered == std::vector<std::string>{"the response to children at risk of exploitation", "return home interviews for children missing from home"});
    CHECK(countRole(doc, ParagraphRole::Headline) == 0);
    CHECK(countRole(doc, ParagraphRole::Finding) == 2);
}

TEST_CASE("inspectors named only in a sign-off, each above their title, in signing order", "[parser][letter][variant2]") {
    const ParsedDocument doc = parseText(R"letter(20 May 2024

Sarah Patel
Executive Director of People
Kingsmere Metropolitan Borough Council

Dear Sarah

Monitoring visit to Kingsmere Metropolitan Borough Council children's services

This letter summarises the findings of the monitoring visit to Kingsmere children's services on 30 April and 1 May 2024. This was the fifth monitoring visit since the inspection in March 2023, when services were judged inadequate.

Areas covered by the visit

Inspectors reviewed the progress made in the following areas:

◼ children in care
◼ permanence planning

Headline findings

Progress has been too slow. Many children still wait too long for permanence.

Findings and evaluation of progress

Care plans are not sufficiently specific.

Independent reviewing officers now challenge drift more effectively.

Yours sincerely

Ruth Okafor
His Majesty's Inspector

Ian McLeod
His Majesty's Inspector
)letter");
    CHECK(doc.inspectors == std::vector<std::string>{"Ruth Okafor", "Ian McLeod"});
}

TEST_CASE("a findings paragraph that opens with what inspectors did is still a finding when it reports more", "[parser][letter][variant2]") {
    const ParsedDocument doc = parseText(
        "14 June 2024\n\nDear Sam\n\nMonitoring visit to Brackley children's services\n\nThis letter summarises the "
        "findings of the monitoring visit to Brackley children's services on 8 and 9 May 2024.\n\n"
        "Findings and evaluation of progress\n\nInspectors looked at the records of care leavers. Too many pathway "
        "plans are out of date.\n\nPersonal advisers know their young people well.\n\nYours sincerely\n");
    CHECK(countRole(doc, ParagraphRole::Finding) == 2);
}

namespace {
// A minimal letter whose intro sentence and sign-off vary.
ParsedDocument letterNaming(const std::string& introSentence, const std::string& signOff) {
    return parseText("14 June 2024\n\nDear Sam\n\nMonitoring visit to Brackley children's services\n\nThis letter "
                     "summarises the findings of the monitoring visit to Brackley children's services on 8 and 9 May "
                     "2024. " + introSentence + "\n\nHeadline findings\n\nProgress is slow.\n\nYours sincerely\n\n" +
                     signOff + "\n");
}
}  // namespace

TEST_CASE("a second inspector named by the short title after a comma", "[parser][letter][variant2]") {
    ParsedDocument doc = letterNaming(
        "The visit was carried out by Jane Smith, His Majesty's Inspector (HMI), and John Brown, HMI.",
        "Jane Smith\nHis Majesty's Inspector");
    CHECK(doc.inspectors == std::vector<std::string>{"Jane Smith", "John Brown"});
}

TEST_CASE("the lead inspector comes first when the next sentence names the other", "[parser][letter][variant2]") {
    ParsedDocument doc = letterNaming(
        "The lead inspector was Jane Smith, His Majesty's Inspector. She was accompanied by John Brown, Ofsted "
        "Inspector.", "");
    CHECK(doc.inspectors == std::vector<std::string>{"Jane Smith", "John Brown"});
}

TEST_CASE("a senior inspector's sign-off names her", "[parser][letter][variant2]") {
    ParsedDocument doc = letterNaming("", "Jane Smith\nSenior His Majesty's Inspector");
    CHECK(doc.inspectors == std::vector<std::string>{"Jane Smith"});
}

namespace {
// A letter with no areas section whose findings open with `leadIn`.
ParsedDocument findingsOpeningWith(const std::string& leadIn) {
    return parseText("14 June 2024\n\nDear Sam\n\nMonitoring visit to Brackley children's services\n\nThis letter "
                     "summarises the findings of the monitoring visit to Brackley children's services on 8 and 9 May "
                     "2024.\n\nFindings and evaluation of progress\n\n" + leadIn +
                     "\n\nPersonal advisers know their young people well.\n\nYours sincerely\n");
}
}  // namespace

TEST_CASE("a lead-in under the findings heading names the areas when no list does", "[parser][letter][variant2]") {
    ParsedDocument doc = findingsOpeningWith("Inspectors looked at the experiences of care leavers.");
    CHECK(doc.areas_covered == std::vector<std::string>{"the experiences of care leavers"});
    CHECK(countRole(doc, ParagraphRole::Finding) == 1);
}

TEST_CASE("a lead-in telling the evidence is neither a finding nor an area", "[parser][letter][variant2]") {
    ParsedDocument doc = findingsOpeningWith("Inspectors reviewed children's records and met social workers.");
    CHECK(doc.areas_covered.empty());
    CHECK(countRole(doc, ParagraphRole::Finding) == 1);
}

TEST_CASE("a visit over three listed days runs from the first to the last", "[scanner][date][variant2]") {
    auto r = findDates("on 8, 9 and 10 May 2024.");
    REQUIRE(r.size() == 1);
    CHECK(r[0].start.iso() == "2024-05-08");
    CHECK(r[0].end.iso() == "2024-05-10");
}

TEST_CASE("two visit days joined by a slash", "[scanner][date][variant2]") {
    auto r = findDates("on 8/9 May 2024.");
    REQUIRE(!r.empty());
    CHECK(r[0].start.iso() == "2024-05-08");
    CHECK(r[0].end.iso() == "2024-05-09");
}

TEST_CASE("an authority joined by an ampersand keeps both places", "[scanner][authority][variant2]") {
    CHECK(findAuthority("Monitoring visit to Bramford & Hove City Council children's services") == "Bramford and Hove");
}

TEST_CASE("'Findings of the visit' heads the findings", "[parser][letter][variant2]") {
    const ParsedDocument doc = parseText(
        "14 June 2024\n\nDear Sam\n\nMonitoring visit to Brackley children's services\n\nThis letter summarises the "
        "findings of the monitoring visit to Brackley children's services on 8 and 9 May 2024.\n\nOverview\n\n"
        "Progress is slow.\n\nFindings of the visit\n\nPlans are not specific.\n\nCaseloads are manageable.\n\n"
        "Yours sincerely\n");
    CHECK(countRole(doc, ParagraphRole::Headline) == 1);
    CHECK(countRole(doc, ParagraphRole::Finding) == 2);
}
