// The board summary end to end, as a user makes it: the Wyvern samples imported and linked
// with the CLI (as `make demo` does), then `findings convert set.findings.json -o board.pdf`;
// the PDF read back with poppler's tools. What the PDF should say is taken from the
// findings file through the SDK's own follow-up table, so the test checks the rendering,
// not the linker's current choices.
#include "pdf_probe.hpp"

#include <findings/format/findings_json.hpp>
#include <findings/sdk/followup.hpp>

#include <catch2/catch.hpp>

#include "test_support.hpp"

#include <string>
#include <vector>

using boardtest::squeezed;
using testsupport::runCli;
using testsupport::shellQuote;
using testsupport::TempDir;

namespace {

/// Imports the Wyvern chain (the Makefile's DEMO_INPUTS) with --link; the findings file.
std::string importWyvern(const TempDir& dir) {
    const std::string d = testsupport::samplesDir() + "/";
    std::string args = "import --quiet --link";
    for (const char* name : {"wyvern-inspection-report-2022-10.txt", "wyvern-monitoring-letter-2024-05.txt",
                             "wyvern-monitoring-letter-2025-02.txt", "wyvern-news-article-2024-06.txt",
                             "wyvern-press-release-2025-03.txt", "wyvern-improvement-tracker.xlsx"})
        args += " " + shellQuote(d + name);
    const std::string out = dir.file("wyvern.findings.json");
    const auto r = runCli(args + " -o " + shellQuote(out));
    INFO(r.err);
    REQUIRE(r.status == 0);
    return out;
}

/// Converts `set` to `pdf` with the given --option arguments; the CLI's result.
testsupport::RunResult convert(const std::string& set, const std::string& pdf,
                               const std::vector<std::string>& options) {
    std::string args = "convert " + shellQuote(set) + " -o " + shellQuote(pdf);
    for (const auto& o : options) args += " --option " + shellQuote(o);
    return runCli(args);
}

std::size_t countOf(const std::string& haystack, const std::string& needle) {
    std::size_t n = 0;
    for (auto at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("the Wyvern board summary is 2 to 4 A4 pages, none of them blank", "[board][pdf]") {
    TempDir dir;
    const std::string set = importWyvern(dir);
    const std::string pdf = dir.file("board.pdf");
    const auto r = convert(set, pdf, {"today=2025-06-01"});
    INFO(r.err);
    REQUIRE(r.status == 0);
    const boardtest::PdfInfo info = boardtest::pdfInfo(pdf);
    CHECK(info.pages >= 2);
    CHECK(info.pages <= 4);
    CHECK(info.pageSize.find("(A4)") != std::string::npos);
    TempDir pages;
    const std::vector<double> ink = boardtest::inkShares(pdf, pages.path());
    REQUIRE(ink.size() == static_cast<std::size_t>(info.pages));
    // A page holding only its footer would have under 80 characters and a fraction of this ink.
    for (std::size_t p = 0; p < ink.size(); ++p) {
        INFO("page " << p + 1 << " ink share " << ink[p]);
        CHECK(ink[p] > 0.003);
        CHECK(boardtest::squeezedPageText(pdf, static_cast<int>(p) + 1).size() > 400);
    }
    // The page numbering knows the total.
    CHECK(boardtest::squeezedText(pdf).find(squeezed("Page 1 of " + std::to_string(info.pages))) !=
          std::string::npos);
}

TEST_CASE("the Wyvern board summary shows the council, its judgements overall first, and each area's stances",
          "[board][pdf]") {
    TempDir dir;
    const std::string set = importWyvern(dir);
    const std::string pdf = dir.file("board.pdf");
    REQUIRE(convert(set, pdf, {"today=2025-06-01"}).status == 0);
    const std::string text = boardtest::squeezedText(pdf);

    CHECK(text.find("Wyvern") != std::string::npos);
    const auto overall = text.find(squeezed("Overall effectiveness Inadequate"));
    const auto leaders = text.find(squeezed("The impact of leaders on social work practice with children and families Inadequate"));
    const auto inCare = text.find(squeezed("The experiences and progress of children in care and care leavers Requires improvement"));
    REQUIRE(overall != std::string::npos);
    REQUIRE(leaders != std::string::npos);
    REQUIRE(inCare != std::string::npos);
    CHECK(overall < leaders);  // the report lists it last; the summary puts it first

    // Every area for improvement, in order, followed by what each later visit found.
    const findings::FindingsSet records = findings::readFindingsFile(set);
    const findings::followup::Table table = findings::followup::buildTable(records.sources, records.findings);
    REQUIRE(table.blocks.size() == 1);
    const findings::followup::Block& block = table.blocks.front();
    REQUIRE(block.rows.size() == 9);
    REQUIRE(block.columns.size() == 2);
    std::size_t from = 0;
    int number = 0;
    for (const auto& row : block.rows) {
        // As printed: the words shortened at the generous caps the Wyvern set fits in.
        const std::string words = findings::followup::shortQuote(records.findings[row.point], 200);
        std::string expected = std::to_string(++number) + words;
        for (const auto& cell : row.cells) expected += findings::followup::stanceLabel(cell.stance);
        INFO("area " << number << ": " << expected);
        const auto at = text.find(squeezed(expected), from);
        CHECK(at != std::string::npos);
        if (at == std::string::npos) continue;
        from = at + 1;
    }
    // The key names every stance.
    for (const char* label : {"improved", "mixed", "not improved", "unclear", "no evidence"})
        CHECK(countOf(text, squeezed(label)) >= 1);
}

TEST_CASE("actions are overdue against the today option, Red ones flagged and listed first", "[board][pdf]") {
    TempDir dir;
    const std::string set = importWyvern(dir);
    const findings::FindingsSet records = findings::readFindingsFile(set);
    auto expectedHeadline = [&](const std::string& today) {
        std::size_t open = 0, overdue = 0, red = 0;
        for (const auto& f : records.findings) {
            if (f.kind != "plan_item" || f.action.status == "complete") continue;
            ++open;
            overdue += findings::followup::isOverdue(f.action, today);
            red += findings::followup::isRed(f.action);
        }
        return std::to_string(open) + " open actions: " + std::to_string(overdue) + " overdue, " +
               std::to_string(red) + " Red.";
    };
    // WY-11, Red and due 31 December 2024.
    const std::string supervision = squeezed("New supervision policy, template and reflective supervision training for all team managers");

    const std::string june = dir.file("june.pdf");
    REQUIRE(convert(set, june, {"today=2025-06-01"}).status == 0);
    const std::string juneText = boardtest::squeezedText(june);
    CHECK(juneText.find(squeezed(expectedHeadline("2025-06-01"))) != std::string::npos);
    CHECK(expectedHeadline("2025-06-01").find(" 0 overdue") == std::string::npos);
    const auto row = juneText.find(supervision);
    REQUIRE(row != std::string::npos);
    CHECK(juneText.find(squeezed("31 Dec 2024 overdue Red"), row) != std::string::npos);
    // Overdue and Red before anything merely open: the first row of the table is this one.
    CHECK(juneText.find(squeezed("Action Owner Due RAG Area") + supervision) != std::string::npos);

    const std::string before = dir.file("before.pdf");
    REQUIRE(convert(set, before, {"today=2024-01-01"}).status == 0);
    const std::string beforeText = boardtest::squeezedText(before);
    CHECK(beforeText.find(squeezed(expectedHeadline("2024-01-01"))) != std::string::npos);
    CHECK(beforeText.find(squeezed("0 overdue, ")) != std::string::npos);
    CHECK(beforeText.find(squeezed("31 Dec 2024 Red")) != std::string::npos);
    CHECK(beforeText.find(squeezed("31 Dec 2024 overdue")) == std::string::npos);
}

TEST_CASE("the title option heads the summary and names the PDF", "[board][pdf]") {
    TempDir dir;
    const std::string set = importWyvern(dir);
    const std::string pdf = dir.file("titled.pdf");
    REQUIRE(convert(set, pdf, {"title=Wyvern improvement board, July", "today=2025-07-01"}).status == 0);
    CHECK(boardtest::pdfInfo(pdf).title == "Wyvern improvement board, July");
    CHECK(boardtest::squeezedText(pdf).rfind(squeezed("Wyvern improvement board, July Prepared 1 July 2025"), 0) == 0);
}

TEST_CASE("a today that is not a date is refused, naming the option, and no PDF is left", "[board][pdf]") {
    TempDir dir;
    const std::string set = importWyvern(dir);
    const std::string pdf = dir.file("bad.pdf");
    const auto r = convert(set, pdf, {"today=2025-02-30"});
    CHECK(r.status != 0);
    CHECK(r.err.find("today") != std::string::npos);
    CHECK(r.err.find("2025-02-30") != std::string::npos);
    CHECK_FALSE(testsupport::fileExists(pdf));
}

TEST_CASE("Herefordshire's chain makes a summary of at most 4 pages with its areas and stances",
          "[board][pdf][corpus]") {
    TempDir dir;
    const std::string c = testsupport::corpusDir();
    REQUIRE(!c.empty());
    std::string args = "import --quiet --link";
    for (const char* doc : {"ilacs/herefordshire_2014-06-30.pdf", "ilacs/herefordshire_2018-07-23.pdf",
                            "ilacs/herefordshire_2022-09-21.pdf", "seeds/herefordshire-monitoring-letter-2024-03.txt",
                            "seeds/herefordshire-monitoring-letter-2025-03.txt", "ilacs/herefordshire_2026-01-12.pdf",
                            "seeds/news-inspection-little-progress.txt",
                            "seeds/council-press-release-first-monitoring-visit-2023-06.txt",
                            "seeds/news-second-monitoring-visit-2023.txt"})
        args += " " + shellQuote(c + "/" + doc);
    const std::string set = dir.file("herefordshire.findings.json");
    const auto imported = runCli(args + " -o " + shellQuote(set));
    INFO(imported.err);
    REQUIRE(imported.status == 0);
    const std::string pdf = dir.file("herefordshire.pdf");
    const auto r = convert(set, pdf, {"today=2026-03-01"});
    INFO(r.err);
    REQUIRE(r.status == 0);
    const boardtest::PdfInfo info = boardtest::pdfInfo(pdf);
    CHECK(info.pages >= 1);
    CHECK(info.pages <= 4);
    TempDir pages;
    const std::vector<double> ink = boardtest::inkShares(pdf, pages.path());
    REQUIRE(ink.size() == static_cast<std::size_t>(info.pages));
    for (std::size_t p = 0; p < ink.size(); ++p) {
        INFO("page " << p + 1 << " ink share " << ink[p]);
        CHECK(ink[p] > 0.003);
        CHECK(boardtest::squeezedPageText(pdf, static_cast<int>(p) + 1).size() > 400);
    }
    const std::string text = boardtest::squeezedText(pdf);
    CHECK(text.find("Herefordshire") != std::string::npos);
    CHECK(text.find(squeezed("Overall effectiveness Good")) != std::string::npos);
    // The 2022 report's points, followed up by the 2024 and 2025 letters and the 2026 report.
    CHECK(text.find(squeezed("Areas for improvement from the Full inspection, July 2022 and what later visits found")) !=
          std::string::npos);
    CHECK(text.find(squeezed("Monitoring and tracking to prevent drift and delay.")) != std::string::npos);
    CHECK(text.find(squeezed("Monitoring visit 4 February 2024")) != std::string::npos);
    CHECK(text.find(squeezed("Monitoring visit 6 February 2025")) != std::string::npos);
}
