// Fictional news articles and press releases in the styles real ones come in (a BBC page,
// a local paper's web page, trade press, a council's and a children's trust's release, a
// grade change, relative dates, opposition and union voices), each checked field by field
// as the importer is scored: kind, authority, publication date, visit, previous
// judgement, people with their roles, and one finding per judgement paragraph or quotation.
#include <catch2/catch.hpp>

#include <utility>

#include "findings/docparse/identify.hpp"
#include "findings/docparse/parser.hpp"
#include "findings/docparse/readers.hpp"

using namespace findings::docparse;

namespace {

struct Expected {
    DocumentKind kind;
    std::string authority, date, visit_start, visit_end;
    int ordinal;
    std::string previous_grade, previous_date;  // previous_date "YYYY" stands for a year alone
    std::vector<std::pair<std::string, std::string>> people;  // name, role
    // One entry per finding in order: "" for a paragraph reporting the judgement, else the
    // quotation's attribution.
    std::vector<std::string> findings;
};

void checkArticle(const std::string& text, const Expected& e) {
    const ParsedDocument doc = parseDocument(readTextLines(text));
    CHECK(kindName(doc.kind) == std::string(kindName(e.kind)));
    CHECK(doc.local_authority == e.authority);
    CHECK(doc.date == e.date);
    CHECK(doc.visit.start == e.visit_start);
    CHECK(doc.visit.end == e.visit_end);
    CHECK(doc.visit.ordinal == e.ordinal);
    CHECK(doc.previous_judgement.grade == e.previous_grade);
    if (e.previous_date.size() == 4) {
        CHECK(doc.previous_judgement.date.empty());
        CHECK(std::to_string(doc.previous_judgement.year) == e.previous_date);
        CHECK(doc.properties.count("previous_judgement_year") == 1);
    } else {
        CHECK(doc.previous_judgement.date == e.previous_date);
    }
    std::vector<std::pair<std::string, std::string>> people;
    for (const PersonInfo& p : doc.people) people.emplace_back(p.name, p.role);
    CHECK(people == e.people);
    std::vector<std::string> findings;
    for (const Paragraph& p : doc.paragraphs) {
        CHECK((p.role == ParagraphRole::Quotation) == !p.attribution.empty());
        findings.push_back(p.role == ParagraphRole::Quotation ? p.attribution : std::string());
    }
    CHECK(findings == e.findings);
}

}  // namespace

TEST_CASE("a BBC article: 'Published' over its date, captions, and links to other stories after 'Related topics'", "[parser][article][robust]") {
    const std::string text = R"DOC(Ofsted: Thornbury children's services no longer inadequate

Published
12 March 2025

Share
Save

Sarah Pemberton
BBC News, Thornbury

Image source, Getty Images
Image caption, Inspectors said children were now safer

Children's services in Thornbury have been rated good, three years after inspectors found serious failings.

Ofsted inspectors visited the council between 13 and 24 January and found leaders had made "significant progress" since the service was judged inadequate in March 2022.

The report said social workers knew their children well and that caseloads were now manageable.

However, inspectors said care leavers did not always get the help they needed to find suitable housing.

Councillor Amira Khan, cabinet member for children and families, said: "This is a huge achievement for our staff and, most importantly, for the children we look after."

Director of children's services Paul Whitlock said the council would not be complacent.

"There is more to do, particularly for our care leavers, and we will do it," he added.

Related topics
Thornbury
Ofsted
Children's services

More on this story
Council's children's services 'inadequate'
Published 12 May 2022
)DOC";
    checkArticle(text, Expected{DocumentKind::NewsArticle, "Thornbury", "2025-03-12", "2025-01-13", "2025-01-24", -1, "inadequate", "2022-03",
                                {{"Amira Khan", "cabinet member for children and families"}, {"Paul Whitlock", "Director of children's services"}},
                                {"", "", "", "", "Amira Khan", "Paul Whitlock"}});
}

TEST_CASE("a local paper's page: navigation, a four-line byline with the date, 'Read more:' links and a newsletter box", "[parser][article][robust]") {
    const std::string text = R"DOC(Skip to content
Home
News
Sport
What's On
Subscribe

Council's care for vulnerable children still 'requires improvement', say inspectors

By Tom Hargreaves
Local Democracy Reporter
12:00, 8 April 2024
Updated 14:35, 8 April 2024

Share this article
14 comments

Kingsmere Borough Council's children's services still require improvement, a new Ofsted report has found.

Inspectors who visited in February said leaders had a good understanding of where practice needed to improve, but that the quality of work with children in need remained too variable.

Read more: Plans for new children's home in Kingsmere approved

The council was rated requires improvement to be good at its last full inspection in 2019.

The report said children at risk of exploitation were identified quickly and that partnership work with police was strong.

Councillor Dev Malhotra, lead member for children's services, said: "We are pleased that inspectors recognised the progress we have made, but we know we have more to do."

Read more: School transport costs soar by £2m

Subscribe to our newsletter
Sign up to get the latest news straight to your inbox
)DOC";
    checkArticle(text, Expected{DocumentKind::NewsArticle, "Kingsmere", "2024-04-08", "2024-02", "2024-02", -1, "requires improvement", "2019",
                                {{"Dev Malhotra", "lead member for children's services"}},
                                {"", "", "", "", "Dev Malhotra"}});
}

TEST_CASE("a trade-press article: a lower-case byline with a US-style date, and a quotation from the letter", "[parser][article][robust]") {
    const std::string text = R"DOC(Ofsted finds 'widespread weaknesses' in Eastmoor care leaver support

by Joanne Fraser, Wednesday, March 5, 2025

Eastmoor Council has been told by Ofsted that its support for care leavers is not good enough, in a focused visit letter published this week.

Inspectors found that too many care leavers were living in unsuitable accommodation and that pathway plans were often out of date.

The focused visit, carried out on 4 and 5 February, also found that personal advisers had high caseloads, which limited the time they could spend with young people.

"Leaders have an accurate understanding of the weaknesses in the service, but progress has been too slow," the letter said.

Eastmoor's director of children's services, Rachel Obi, said: "We accept the findings in full and have already begun to act on them."

The council was judged requires improvement to be good at its last inspection in October 2022.
)DOC";
    checkArticle(text, Expected{DocumentKind::NewsArticle, "Eastmoor", "2025-03-05", "2025-02-04", "2025-02-05", -1, "requires improvement", "2022-10",
                                {{"Rachel Obi", "Eastmoor's director of children's services"}},
                                {"", "", "", "Ofsted", "Rachel Obi", ""}});
}

TEST_CASE("a council press release: labels above the title, 'Leader of X, Cllr Y, said', a single-quoted quotation, notes to editors", "[parser][article][robust]") {
    const std::string text = R"DOC(Press release

Date: 5 March 2025

Ofsted praises improvements in Harlow Vale children's services

Harlow Vale Council's children's services have been judged good in every area by Ofsted, following an inspection in January.

Inspectors visited from 20 to 31 January 2025 and found that children in care were well supported by stable, skilled social workers. The report said that the council's front door was effective and that decisions about children were timely.

Leader of Harlow Vale Council, Cllr Margaret Dunn, said: "I am delighted that Ofsted has recognised the hard work of our staff. This is a fantastic result for the children of Harlow Vale."

Cabinet Member for Children and Families, Cllr Oliver Brand, said: 'Our social workers go above and beyond every day. This report shows that their work is making a real difference.'

Director of Children's Services Helen Achebe said:

"We are proud of this judgement, but we know there is always more to do. Inspectors told us that some care leavers need more help with their mental health and we will act on that."

The council was previously judged requires improvement to be good in 2021.

Ends

Notes to editors
Ofsted inspects local authority children's services under the ILACS framework.

For media enquiries contact the communications team on 01234 567890 or press@harlowvale.gov.uk
)DOC";
    checkArticle(text, Expected{DocumentKind::PressRelease, "Harlow Vale", "2025-03-05", "2025-01-20", "2025-01-31", -1, "requires improvement", "2021",
                                {{"Margaret Dunn", "Leader of Harlow Vale Council"}, {"Oliver Brand", "Cabinet Member for Children and Families"}, {"Helen Achebe", "Director of Children's Services"}},
                                {"", "", "Margaret Dunn", "Oliver Brand", "Helen Achebe", ""}});
}

TEST_CASE("a children's trust's release: 'welcomes' in its title and 'Posted on' over it", "[parser][article][robust]") {
    const std::string text = R"DOC(Larkfield Children's Trust welcomes Ofsted monitoring visit findings

Posted on 18 October 2023

Larkfield Children's Trust has welcomed the findings of Ofsted's fourth monitoring visit, which recognised continued progress in the support given to children in care.

Inspectors visited on 12 and 13 September 2023 and found that children in care lived in stable homes and were visited regularly by their social workers. They also found that care plans were not always updated when children's circumstances changed.

The trust was set up in 2021 after Larkfield's children's services were judged inadequate in November 2020.

Jenny Marsh, chief executive of Larkfield Children's Trust, said: "This letter shows that our work is making a difference to children's lives. We know where we need to improve and we are focused on it."

Cllr Ben Adeyemi, Larkfield Council's cabinet member for children's services, said: "I want to thank the trust's staff for their commitment."
)DOC";
    checkArticle(text, Expected{DocumentKind::PressRelease, "Larkfield", "2023-10-18", "2023-09-12", "2023-09-13", 4, "inadequate", "2020-11",
                                {{"Jenny Marsh", "chief executive of Larkfield Children's Trust"}, {"Ben Adeyemi", "Larkfield Council's cabinet member for children's services"}},
                                {"", "", "", "Jenny Marsh", "Ben Adeyemi"}});
}

TEST_CASE("an article reporting a grade change: the headline's new grade is not the previous judgement", "[parser][article][robust]") {
    const std::string text = R"DOC(Ashdown children's services rated 'good' by Ofsted

By Priya Shah
Published: 21 November 2024

Children's services in Ashdown have been rated 'good' having previously been judged 'inadequate' in 2022.

The service moved from inadequate to good across all areas after an inspection from 23 September to 4 October.

Inspectors found that children who need help and protection now receive timely and effective support, and that the experiences of care leavers had improved considerably.

The report noted that some children waited too long for their health assessments.

Council leader Cllr Fiona Reid said the result was "a testament to the dedication of our social workers".

"Two years ago we were told our services were failing children. Today they are good," she said.
)DOC";
    checkArticle(text, Expected{DocumentKind::NewsArticle, "Ashdown", "2024-11-21", "2024-09-23", "2024-10-04", -1, "inadequate", "2022",
                                {{"Fiona Reid", "Council leader"}},
                                {"", "", "", "", "Fiona Reid", "Fiona Reid"}});
}

TEST_CASE("an article dating the visit 'last month' and counting it 'the third since'; an unnamed spokesperson", "[parser][article][robust]") {
    const std::string text = R"DOC(Inspectors see 'insufficient progress' at Brookfield children's services

Published 14 March 2024

Ofsted inspectors have found that Brookfield Council is making insufficient progress in improving services for children in care.

The monitoring visit took place last month and was the third since the council was judged inadequate in June 2022.

Inspectors said that too many children in care had experienced several changes of social worker and that management oversight was not yet consistently effective.

The letter, published on Tuesday, also said that leaders had a realistic understanding of the challenges facing the service.

A council spokesperson said: "We recognise that the pace of improvement has not been fast enough and we are determined to change that."
)DOC";
    checkArticle(text, Expected{DocumentKind::NewsArticle, "Brookfield", "2024-03-14", "2024-02", "2024-02", 3, "inadequate", "2022-06",
                                {},
                                {"", "", "", "", "council spokesperson"}});
}

TEST_CASE("an article quoting Ofsted's spokesperson, opposition councillors and a union", "[parser][article][robust]") {
    const std::string text = R"DOC(Ofsted warns Millbrook children's services remain inadequate

By Chris Dunmore, Local Democracy Reporting Service
Published 2 July 2024

Children's services in Millbrook remain inadequate, according to a damning Ofsted report published today.

Inspectors who visited the council from 3 to 14 June found that children at risk of harm were not always protected quickly enough and that the council relied heavily on agency staff.

An Ofsted spokesperson said: "Too many children in Millbrook are not getting the help they need when they need it."

Cllr Laura Finch, Liberal Democrat spokesperson for children's services, said: "This report makes grim reading. The administration has had two years to fix this."

Conservative opposition leader Cllr Mark Tennant said the findings were "deeply worrying".

Sue Parry, branch secretary of Unison Millbrook, said social workers had been "pushed to breaking point" by high caseloads.

The council was first judged inadequate in April 2022.
)DOC";
    checkArticle(text, Expected{DocumentKind::NewsArticle, "Millbrook", "2024-07-02", "2024-06-03", "2024-06-14", -1, "inadequate", "2022-04",
                                {{"Laura Finch", "Liberal Democrat spokesperson for children's services"}, {"Mark Tennant", "Conservative opposition leader"}, {"Sue Parry", "branch secretary of Unison Millbrook"}},
                                {"", "", "Ofsted spokesperson", "Laura Finch", "Mark Tennant", "Sue Parry"}});
}

TEST_CASE("'remain inadequate' states the previous judgement; a spokesperson 'for the council' is quoted",
          "[parser][article][robust]") {
    checkArticle("Council services still failing\n\nPublished: 2 May 2024\n\n"
                 "Children's services at Wyvern Council remain inadequate, Ofsted inspectors have said after a "
                 "monitoring visit.\n\n"
                 "A spokesperson for the council said: \"We are working hard to improve.\"\n",
                 Expected{DocumentKind::NewsArticle, "Wyvern", "2024-05-02", "", "", -1, "inadequate", "", {},
                          {"", "spokesperson for the council"}});
}

// `findings inspect` and `findings import` must name the same kind: a "Published:" line
// alone does not make an article a press release.
TEST_CASE("identify names an article's kind as the parser does", "[identify][article][robust]") {
    const std::string article =
        "Ashdown children's services rated 'good' by Ofsted\n\nBy Priya Shah\nPublished: 21 November 2024\n\n"
        "Children's services in Ashdown have been rated 'good' having previously been judged 'inadequate' in 2022, "
        "after an Ofsted inspection from 23 September to 4 October.\n";
    CHECK(identify("ashdown.txt", article).kind == DocumentKind::NewsArticle);
    CHECK(parseDocument(readTextLines(article)).kind == DocumentKind::NewsArticle);
    const std::string release =
        "Larkfield Children's Trust welcomes Ofsted monitoring visit findings\n\nPosted on 18 October 2023\n\n"
        "Larkfield Children's Trust has welcomed the findings of Ofsted's fourth monitoring visit of its children's "
        "services, which the inspectors carried out in September.\n";
    CHECK(identify("larkfield.txt", release).kind == DocumentKind::PressRelease);
    CHECK(parseDocument(readTextLines(release)).kind == DocumentKind::PressRelease);
}

TEST_CASE("a BBC-style article with a dateline and time: 'an improvement on the inadequate rating', roles after 'the'", "[parser][article][robust]") {
    const std::string text = R"DOC(Wyvern council's children's services 'require improvement'

Monday 10 March 2025 09:05 GMT

Ofsted has rated Wyvern Council's children's services as requires improvement to be good, an improvement on the inadequate rating it was given in 2021.

Inspectors, who visited in January, said leaders had a clear plan but that too many children experienced changes of social worker.

Executive Director of Children's Services at Wyvern Council, John Brown, said: "We are on the right track."

"We know there is more to do," said Cllr Jane Smith, Labour's cabinet member for children's services.

Jo Bloggs, Ofsted's regional director for the South West, said the council had "turned a corner".

Mr Brown added that recruitment remained the council's biggest challenge.
)DOC";
    checkArticle(text, Expected{DocumentKind::NewsArticle, "Wyvern", "2025-03-10", "2025-01", "2025-01", -1, "inadequate", "2021",
                                {{"John Brown", "Executive Director of Children's Services at Wyvern Council"}, {"Jane Smith", "Labour's cabinet member for children's services"}, {"Jo Bloggs", "Ofsted's regional director for the South West"}},
                                {"", "", "John Brown", "Jane Smith", "Jo Bloggs"}});
}

TEST_CASE("a news release: 'Published:' with a weekday, 'said:' over a single-quoted paragraph, 'Our Director'", "[parser][article][robust]") {
    const std::string text = R"DOC(News release

Published: Wednesday, 12 February 2025

Ofsted recognises progress in Fenwick children's services

Ofsted inspectors have found that Fenwick Council is making steady progress in improving help and protection for children, following their fifth monitoring visit on 14 and 15 January.

Councillor Priya Nair, Cabinet Member for Children's Services, said:

'I am pleased that inspectors have recognised the hard work of our staff.'

Our Director of Children's Services, Mark Ellis, said: "This is a significant milestone for us."

-ENDS-

Media enquiries: press@fenwick.gov.uk
)DOC";
    checkArticle(text, Expected{DocumentKind::PressRelease, "Fenwick", "2025-02-12", "2025-01-14", "2025-01-15", 5, "", "",
                                {{"Priya Nair", "Cabinet Member for Children's Services"}, {"Mark Ellis", "Director of Children's Services"}},
                                {"", "Priya Nair", "Mark Ellis"}});
}

// The words quoted are the quotation; "he added", "said Cllr Jane Smith, ..." and "the
// letter said" are its attribution, not its text.
TEST_CASE("a quotation's text ends where its attribution begins", "[parser][article][robust]") {
    const ParsedDocument doc = parseDocument(readTextLines(
        "Wyvern children's services 'require improvement'\n\nPublished: 10 March 2025\n\n"
        "Ofsted inspectors judged Wyvern's services for children to require improvement after an inspection in "
        "January.\n\n"
        "\"Leaders understand the weaknesses, but progress has been too slow,\" the letter said.\n\n"
        "\"We know there is more to do,\" said Cllr Jane Smith, Labour's cabinet member for children's services.\n\n"
        "\"We will get there,\" she added. \"Our staff are committed.\"\n"));
    std::vector<std::pair<std::string, std::string>> quotes;
    for (const Paragraph& p : doc.paragraphs)
        if (p.role == ParagraphRole::Quotation) quotes.emplace_back(p.attribution, p.text);
    CHECK(quotes == std::vector<std::pair<std::string, std::string>>{
                        {"Ofsted", "\"Leaders understand the weaknesses, but progress has been too slow,\""},
                        {"Jane Smith", "\"We know there is more to do,\""},
                        // a quotation that goes on after its attribution stays whole
                        {"Jane Smith", "\"We will get there,\" she added. \"Our staff are committed.\""}});
}
