// Reports of every era read in full: fictional reports (fixtures/eras) in the layouts in
// which real ones were misread, one class of miss each.
#include <catch2/catch.hpp>

#include "support.hpp"

#include "findings/docparse/parser.hpp"
#include "findings/docparse/scanners.hpp"

using namespace findings::docparse;
using letters_test::parseFile;
using letters_test::parseText;
using letters_test::withRole;

namespace {

ParsedDocument fixture(const std::string& name) { return parseFile(std::string(LETTERS_FIXTURES_DIR) + "/eras/" + name); }

std::string gradeOf(const ParsedDocument& doc, const std::string& area) {
    for (const JudgementInfo& j : doc.judgements)
        if (j.area == area) return j.grade;
    return "(none)";
}

std::vector<int> numbersOf(const std::vector<const Paragraph*>& ps) {
    std::vector<int> out;
    for (const Paragraph* p : ps) out.push_back(p->number);
    return out;
}

}  // namespace

TEST_CASE("ILACS 2018-2020: area names and grades that both wrap", "[report][eras][judgements]") {
    ParsedDocument doc = fixture("ilacs-2019-wrapped-table.txt");
    CHECK(doc.kind == DocumentKind::InspectionReport);
    CHECK(doc.local_authority == "Northmoor");
    REQUIRE(doc.judgements.size() == 4);
    CHECK(gradeOf(doc, "The impact of leaders on social work practice with children and families") ==
          "requires improvement");
    CHECK(gradeOf(doc, "The experiences and progress of children who need help and protection") ==
          "requires improvement");
    CHECK(gradeOf(doc, "The experiences and progress of children in care and care leavers") == "good");
    CHECK(gradeOf(doc, "Overall effectiveness") == "requires improvement");
    CHECK(withRole(doc, ParagraphRole::ImprovementPoint).size() == 3);
}

TEST_CASE("SIF 2013-2017: a verdict sentence, split grades, areas for improvement, section summaries",
          "[report][eras][sif]") {
    for (const char* name : {"sif-2016-sentence-verdict.txt", "sif-2016-plain.txt"}) {
        DYNAMIC_SECTION(name) {
            ParsedDocument doc = fixture(name);
            CHECK(doc.kind == DocumentKind::InspectionReport);
            CHECK(doc.framework == "SIF");
            CHECK(doc.local_authority == "Fernleigh");
            CHECK(doc.visit.start == "2016-09-12");
            CHECK(gradeOf(doc, "Overall effectiveness") == "requires improvement");
            CHECK(gradeOf(doc, "Children who need help and protection") == "requires improvement");
            CHECK(gradeOf(doc, "Leadership, management and governance") == "requires improvement");
            CHECK(gradeOf(doc, "Adoption performance") == "good");
            // Numbered areas for improvement are improvement points.
            CHECK(numbersOf(withRole(doc, ParagraphRole::ImprovementPoint)) == std::vector<int>{3, 4, 5, 6});
            // Every numbered paragraph of the judgement sections, and nothing glued to them.
            std::vector<const Paragraph*> numbered;
            for (const Paragraph* p : withRole(doc, ParagraphRole::JudgementParagraph))
                if (p->number > 0) numbered.push_back(p);
            CHECK(numbersOf(numbered) == std::vector<int>{7, 8, 9, 10, 11, 12});
            for (const Paragraph& p : doc.paragraphs) {
                INFO(p.text);
                CHECK(p.text.find("Summary") == std::string::npos);
                CHECK(p.text.find("Inspection findings") == std::string::npos);
                CHECK(p.text.find("Leadership, management and governance") == std::string::npos);
                CHECK(p.text.find("Requires improvement") == std::string::npos);
            }
            // A section's summary is a paragraph of its own, in its section.
            bool summaryKept = false;
            for (const Paragraph& p : doc.paragraphs)
                if (p.text.rfind("Senior leaders know their services well", 0) == 0) {
                    summaryKept = true;
                    CHECK(p.section.find("Leadership, management and governance") != std::string::npos);
                }
            CHECK(summaryKept);
        }
    }
}

TEST_CASE("SIF 2013-2014: 'Grade 4 (Inadequate)' under a heading, and numbered recommendations",
          "[report][eras][sif]") {
    ParsedDocument doc = fixture("sif-2014-grade-number.txt");
    CHECK(doc.kind == DocumentKind::InspectionReport);
    CHECK(doc.local_authority == "Ashcombe");
    CHECK(gradeOf(doc, "Overall effectiveness") == "inadequate");
    CHECK(gradeOf(doc, "The experiences and progress of children who need help and protection") == "inadequate");
    CHECK(numbersOf(withRole(doc, ParagraphRole::ImprovementPoint)) == std::vector<int>{1, 2, 3});
    CHECK(numbersOf(withRole(doc, ParagraphRole::JudgementParagraph)) == std::vector<int>{4, 5});
}

TEST_CASE("the overall judgement in a sentence, in any era's words", "[report][eras][sif]") {
    const std::string tail =
        "\n\nInspection judgements about the local authority\n"
        "The experiences and progress of children who need help and protection is good\n\n"
        "1.   Children are seen quickly when they first need help, and their plans are reviewed often.\n";
    const std::string head =
        "Ashcombe Borough Council\nInspection of services for children in need of help and protection, children "
        "looked after and care leavers\nInspection date: 3 February 2015 – 26 February 2015\n\n";
    CHECK(gradeOf(parseText(head + "The overall judgement is requires improvement." + tail), "Overall effectiveness") ==
          "requires improvement");
    CHECK(gradeOf(parseText(head + "The overall judgement is that children’s services are\ninadequate." + tail),
                  "Overall effectiveness") == "inadequate");
    CHECK(gradeOf(parseText(head + "Overall effectiveness\n\nGrade 2 (Good)" + tail), "Overall effectiveness") == "good");
    CHECK(gradeOf(parseText(head + "Overall effectiveness: Grade 3" + tail), "Overall effectiveness") ==
          "requires improvement");
}

TEST_CASE("hyphenated and capitalised names stay as printed, across a line break too", "[eras][names]") {
    ParsedDocument doc = fixture("ilacs-2019-wrapped-table.txt");
    REQUIRE(!doc.inspectors.empty());
    CHECK(doc.inspectors[0] == "Harriet Amberley-Stone");
    CHECK(splitNameList("Jo Thomson-Jones and Jenny-ellen Marsh") ==
          std::vector<std::string>{"Jo Thomson-Jones", "Jenny-ellen Marsh"});
    ParsedDocument report = parseText(
        "Ashcombe Borough Council\nInspection of Ashcombe local authority children’s services\n"
        "Inspection dates: 4 March 2019 to 15 March 2019\n"
        "Lead inspector: Jo Thomson-\nJones\n"
        "Team inspectors: Jenny-\nellen Marsh and Sam O’Neill-Price\n\n"
        "Judgement                                               Grade\n\n"
        "Overall effectiveness                                   Good\n");
    CHECK(report.inspectors == std::vector<std::string>{"Jo Thomson-Jones", "Jenny-ellen Marsh", "Sam O’Neill-Price"});
}

TEST_CASE("plain extracted text keeps every paragraph the PDF keeps", "[report][eras][plain]") {
    // Text without blank lines: the headline summary is two paragraphs, and short numbered
    // paragraphs after a long one are paragraphs of their own.
    ParsedDocument doc = fixture("ilacs-2022-plain.txt");
    CHECK(doc.kind == DocumentKind::InspectionReport);
    CHECK(doc.local_authority == "Ashcombe");
    CHECK(doc.inspectors == std::vector<std::string>{"Sam Idowu-Clarke"});
    CHECK(gradeOf(doc, "Overall effectiveness") == "inadequate");
    CHECK(withRole(doc, ParagraphRole::Headline).size() == 2);
    CHECK(withRole(doc, ParagraphRole::ImprovementPoint).size() == 2);
    CHECK(numbersOf(withRole(doc, ParagraphRole::JudgementParagraph)) == std::vector<int>{1, 2, 3, 4});
}
