// The four inspection reports (PDF) against their .gold.json, and what must be left out
// of their findings.
#include <catch2/catch.hpp>

#include "findings/docparse/parser.hpp"
#include "gold_check.hpp"
#include "support.hpp"

using namespace findings::docparse;
using namespace letters_test;

#ifdef LETTERS_HAVE_PDF

namespace {
const char* const kReports[] = {"ilacs/herefordshire_2014-06-30.pdf", "ilacs/herefordshire_2018-07-23.pdf",
                                "ilacs/herefordshire_2022-09-21.pdf", "ilacs/herefordshire_2026-01-12.pdf"};
}  // namespace

TEST_CASE("2014 SIF report matches every gold field", "[gold][report][corpus]") {
    checkAllGoldKeys(kReports[0]);
}

TEST_CASE("2018 ILACS report matches every gold field", "[gold][report][corpus]") {
    checkAllGoldKeys(kReports[1]);
}

TEST_CASE("2022 ILACS report matches every gold field", "[gold][report][corpus]") {
    checkAllGoldKeys(kReports[2]);
}

TEST_CASE("2026 ILACS report matches every gold field", "[gold][report][corpus]") {
    checkAllGoldKeys(kReports[3]);
}

TEST_CASE("judgement paragraphs keep their printed numbers in order", "[gold][report][corpus]") {
    // Last printed paragraph number of each report's final judgement section.
    const int lastNumber[] = {147, 62, 41, 62};
    for (int i = 0; i < 4; ++i) {
        ParsedDocument doc = parseFile(corpusPath(kReports[i]));
        auto paras = withRole(doc, ParagraphRole::JudgementParagraph);
        REQUIRE(!paras.empty());
        int previous = 0, maxNumber = 0;
        for (const Paragraph* p : paras) {
            if (p->section.find("LSCB") != std::string::npos) continue;  // the 2014 board review
            CHECK(p->number == previous + 1 + (i == 0 && previous == 0 ? 44 : 0));
            previous = p->number;
            maxNumber = std::max(maxNumber, p->number);
        }
        CHECK(maxNumber == lastNumber[i]);
    }
}

TEST_CASE("report findings leave out headers, footers, footnotes and back matter", "[gold][report][corpus]") {
    for (const char* r : kReports) {
        ParsedDocument doc = parseFile(corpusPath(r));
        for (const Paragraph& p : doc.paragraphs) {
            INFO(r << ": " << p.text.substr(0, 80));
            CHECK(p.text.find("Inspection of Herefordshire local authority children’s services") == std::string::npos);
            CHECK(p.text.find("cross-referenced with the outcomes") == std::string::npos);
            CHECK(p.text.find("Office for Standards in Education") == std::string::npos);
            CHECK(p.text.find("Crown copyright") == std::string::npos);
            CHECK(p.text.find("An outstanding local authority leads") == std::string::npos);
            CHECK(p.text.find("Approximately 36,000 children") == std::string::npos);
            CHECK(p.page >= 1);
        }
    }
}

TEST_CASE("a numbered paragraph broken by a page is joined across the page footer", "[gold][report][reflow][corpus]") {
    ParsedDocument doc = parseFile(corpusPath(kReports[2]));
    auto paras = withRole(doc, ParagraphRole::JudgementParagraph);
    REQUIRE(!paras.empty());
    CHECK(paras[0]->text.find("Too many children do not have a consistent social worker to rely on.") != std::string::npos);
    CHECK(paras[0]->section == "The experiences and progress of children who need help and protection: inadequate");
}

TEST_CASE("improvement points are one paragraph per bullet", "[gold][report][corpus]") {
    ParsedDocument doc = parseFile(corpusPath(kReports[3]));
    auto points = withRole(doc, ParagraphRole::ImprovementPoint);
    REQUIRE(points.size() == 2);
    CHECK(points[0]->section == "What needs to improve?");
    CHECK(points[0]->text == "The management oversight of the local authority designated officer (LADO). (outcome 3, national framework)");
}

TEST_CASE("an ILACS report's unheaded summary is its headline findings", "[gold][report][corpus]") {
    ParsedDocument doc = parseFile(corpusPath(kReports[1]));
    auto headline = withRole(doc, ParagraphRole::Headline);
    REQUIRE(headline.size() == 3);
    CHECK(headline[0]->text.rfind("Leaders and managers have not secured an environment", 0) == 0);
}

#endif
