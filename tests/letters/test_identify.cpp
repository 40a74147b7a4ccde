// identify(): letters, reports and articles are claimed; spreadsheets, CSV and arbitrary
// text are not.
#include <catch2/catch.hpp>

#include "findings/docparse/identify.hpp"
#include "support.hpp"

using namespace findings::docparse;
using namespace letters_test;

TEST_CASE("a monitoring letter's text is identified with high confidence", "[identify]") {
    std::string head =
        "27 March 2024\n\nDear Darryl\n\nMonitoring visit to Herefordshire children's services\n\nThis letter "
        "summarises the findings of the monitoring visit to Herefordshire children's services on 21 and 22 "
        "February 2024. His Majesty's inspectors for this visit were Alison Smale and Janet Fraser.\n";
    Identification id = identify("letter.txt", head);
    CHECK(id.confidence >= 75);
    CHECK(id.kind == DocumentKind::MonitoringLetter);
    CHECK(!id.reason.empty());
}

TEST_CASE("the seed article is identified as an article, below a letter", "[identify][corpus]") {
    std::string path = corpusPath("seeds/news-second-monitoring-visit-2023.txt");
    Identification id = identify(path, readFile(path).substr(0, 4096));
    CHECK(id.confidence >= 40);
    CHECK(id.confidence < 75);
    CHECK(id.kind == DocumentKind::NewsArticle);
}

TEST_CASE("CSV is not claimed", "[identify]") {
    std::string csv = "Local authority,Inspection date,Overall effectiveness\nBarnet,2024-01-01,Good\n"
                      "Herefordshire,2022-07-29,Inadequate\nYork,2023-05-05,Good\n";
    CHECK(identify("outcomes.csv", csv).confidence <= 10);
    CHECK(identify("outcomes.txt", csv).confidence <= 10);
}

TEST_CASE("arbitrary text is not claimed with confidence", "[identify]") {
    CHECK(identify("notes.txt", "Shopping list\nmilk\neggs\nbread\n").confidence <= 20);
}

TEST_CASE("a spreadsheet zip is left unknown", "[identify]") {
    std::string xlsx("PK\x03\x04\x14\0\0\0\x08\0", 10);
    xlsx += "xl/workbook.xml";
    CHECK(identify("tracker.xlsx", xlsx).confidence == -1);
}

TEST_CASE("binary content is left unknown", "[identify]") {
    std::string bin("\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0", 16);
    CHECK(identify("a.txt", bin).confidence == -1);
}

TEST_CASE("Word and PDF files are recognised by their magic bytes", "[identify]") {
    std::string docx("PK\x03\x04\x14\0\0\0\x08\0", 10);
    docx += "word/document.xml";
    CHECK(detectFormat("x.bin", docx) == InputFormat::Docx);
    CHECK(detectFormat("x.bin", "%PDF-1.7\n") == InputFormat::Pdf);
    Identification id = identify("monitoring-letter.pdf", "%PDF-1.7\n");
    CHECK(id.confidence > 25);
    CHECK(id.confidence < 75);
}

TEST_CASE("an article reprinting a letter is identified as the article", "[identify]") {
    std::string head =
        "Wyvern children's services still not good enough\n\nPublished 14 July 2023\n\n"
        "Children's services in Wyvern are still not good enough, according to a letter from Ofsted.\n\n"
        "Monitoring visit to Wyvern children's services\n\nThis letter summarises the findings of the monitoring "
        "visit to Wyvern children's services on 7 and 8 June 2023.\n\nHeadline findings\n\nLeaders have a plan.\n";
    Identification id = identify("article.txt", head);
    CHECK(id.confidence >= 60);
    CHECK(id.kind == DocumentKind::NewsArticle);
}
