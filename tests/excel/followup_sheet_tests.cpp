// The Follow-up, Summary and Actions sheets over the Wyvern samples linked as the demo links
// them (findings import ... --link), read back with openpyxl: rows, visit columns, stance
// fills, comments, proposals, the Actions sheet's full text. And printing: LibreOffice's PDF
// of each sheet of the Wyvern set and of Herefordshire's real corpus set, counted per sheet.
#include "workbook_fixture.hpp"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/JSON/Stringifier.h>

#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <memory>
#include <sstream>

using namespace exceltest;
using testsupport::runCli;
using testsupport::runCommand;
using testsupport::shellQuote;

namespace {

testsupport::TempDir& dir() {
    static testsupport::TempDir d;
    return d;
}

/// Imports `inputs` with --link into DIR/name; throws with the CLI's words on failure.
std::string importLinked(const std::string& name, const std::vector<std::string>& inputs) {
    std::string args = "import --quiet --link";
    for (const auto& in : inputs) args += " " + shellQuote(in);
    const std::string out = dir().file(name);
    const auto r = runCli(args + " -o " + shellQuote(out));
    if (r.status != 0) throw std::runtime_error("import failed: " + r.err);
    return out;
}

const std::string& wyvernSet() {
    static const std::string path = [] {
        const std::string s = testsupport::samplesDir() + "/";
        return importLinked("wyvern.findings.json",
                            {s + "wyvern-inspection-report-2022-10.txt", s + "wyvern-monitoring-letter-2024-05.txt",
                             s + "wyvern-monitoring-letter-2025-02.txt", s + "wyvern-news-article-2024-06.txt",
                             s + "wyvern-press-release-2025-03.txt", s + "wyvern-improvement-tracker.xlsx"});
    }();
    return path;
}

std::string convertTo(const std::string& set, const std::string& name, const std::string& options = "") {
    const std::string out = dir().file(name);
    const auto r = runCli("convert --quiet " + shellQuote(set) + " -o " + shellQuote(out) + " " + options);
    if (r.status != 0) throw std::runtime_error("convert failed: " + r.err);
    return out;
}

/// [text, fill RRGGBB, pattern, comment or null] per cell, per row.
using Looks = Poco::JSON::Array::Ptr;
Looks cellLooks(const std::string& workbook, const std::string& sheet) {
    const std::string text = runScript("cell_looks.py", shellQuote(workbook) + " " + shellQuote(sheet));
    return Poco::JSON::Parser().parse(text).extract<Poco::JSON::Array::Ptr>();
}
std::string at(const Looks& rows, std::size_t r, std::size_t c, std::size_t part = 0) {
    auto row = rows->getArray(static_cast<unsigned>(r));
    if (!row || c >= row->size()) return {};
    auto cell = row->getArray(static_cast<unsigned>(c));
    if (cell->isNull(static_cast<unsigned>(part))) return {};
    return cell->getElement<std::string>(static_cast<unsigned>(part));
}
bool hasComment(const Looks& rows, std::size_t r, std::size_t c) {
    auto row = rows->getArray(static_cast<unsigned>(r));
    return row && c < row->size() && !row->getArray(static_cast<unsigned>(c))->isNull(3);
}
std::size_t rowWith(const Looks& rows, std::size_t col, const std::string& text, std::size_t from = 0) {
    for (std::size_t r = from; r < rows->size(); ++r)
        if (at(rows, r, col) == text) return r;
    throw std::runtime_error("no row with '" + text + "'");
}

Poco::JSON::Object::Ptr readJson(const std::string& path) {
    std::ifstream in(path);
    return Poco::JSON::Parser().parse(in).extract<Poco::JSON::Object::Ptr>();
}

const std::map<std::string, std::string> kStanceFill{
    {"Improved", "D9EAD3"}, {"Mixed", "FFE599"}, {"Not improved", "F4CCCC"}, {"Unclear", "FFF8E5"}};

}  // namespace

TEST_CASE("Follow-up: a row per area for improvement, a column per later visit, stances coloured with the quote as a comment",
          "[workbook][followup]") {
    const std::string xlsx = convertTo(wyvernSet(), "followup.xlsx");
    const auto facts = workbookFacts(xlsx);
    auto sheets = facts->getArray("sheets");
    REQUIRE(sheets->getObject(0)->getValue<std::string>("title") == "Summary");
    REQUIRE(sheets->getObject(1)->getValue<std::string>("title") == "Follow-up");

    const Looks rows = cellLooks(xlsx, "Follow-up");
    const std::size_t header = rowWith(rows, 1, "Area for improvement (Ofsted's words)");
    CHECK_THAT(at(rows, header - 1, 0), Catch::Contains("Wyvern: Inspection report") &&
                                            Catch::Contains("overall: Inadequate") &&
                                            Catch::Contains("9 areas for improvement"));
    // The later visits in date order: Ofsted's letters; commentary only on request.
    CHECK(at(rows, header, 2) == "Monitoring letter 3\n15 May 2024");
    CHECK(at(rows, header, 3) == "Monitoring letter 5\n19 Feb 2025");
    CHECK(at(rows, header, 4) == "The council's plan items (owner, due, RAG)");
    CHECK(at(rows, header, 5) == "Coverage");

    std::size_t stances = 0, covered = 0, uncovered = 0;
    for (std::size_t i = 1; i <= 9; ++i) {
        const std::size_t r = header + i;
        CHECK(at(rows, r, 0) == std::to_string(i));
        CHECK_FALSE(at(rows, r, 1).empty());
        for (std::size_t c = 2; c <= 3; ++c) {
            const std::string stance = at(rows, r, c);
            if (stance.empty()) {
                CHECK_FALSE(hasComment(rows, r, c));
                continue;
            }
            ++stances;
            INFO("row " << r << " column " << c << ": " << stance);
            REQUIRE(kStanceFill.count(stance));
            CHECK(at(rows, r, c, 1) == kStanceFill.at(stance));
            CHECK(at(rows, r, c, 2) == "solid");
            CHECK(hasComment(rows, r, c));
            CHECK(at(rows, r, c, 3).size() > 20);  // the inspectors' words
        }
        const std::string plan = at(rows, r, 4), coverage = at(rows, r, 5);
        if (plan.empty()) {
            CHECK(coverage == "No plan item");
            ++uncovered;
        } else {
            CHECK(coverage == "Covered");
            CHECK(plan.rfind("\u2022 ", 0) == 0);
            ++covered;
        }
    }
    CHECK(at(rows, header + 10, 1).empty());  // nine points, no more
    CHECK(stances >= 9);
    CHECK(covered > 0);
    CHECK(uncovered > 0);

    const auto summary = sheetText(xlsx, "Summary");
    bool councilLine = false;
    for (const auto& row : summary)
        if (!row.empty() && row[0] == "Wyvern") {
            councilLine = true;
            CHECK(row[2] == "Inadequate");
            CHECK(row[4] == "9");
            CHECK(row[5] == std::to_string(covered));
        }
    CHECK(councilLine);
}

TEST_CASE("Follow-up: proposals below the threshold show only with include_proposed, marked and hatched",
          "[workbook][followup]") {
    // Make every follow-up link to one area for improvement a machine's unsure proposal.
    auto doc = readJson(wyvernSet());
    auto findings = doc->getArray("findings");
    std::string lowered;
    std::size_t links = 0;
    for (int pass = 0; pass < 2; ++pass)
        for (std::size_t i = 0; i < findings->size(); ++i) {
            auto list = findings->getObject(static_cast<unsigned>(i))->getArray("links");
            for (std::size_t k = 0; list && k < list->size(); ++k) {
                auto link = list->getObject(static_cast<unsigned>(k));
                if (link->getValue<std::string>("relation") != "follows_up") continue;
                if (lowered.empty()) lowered = link->getValue<std::string>("target");
                if (pass == 0 || link->getValue<std::string>("target") != lowered) continue;
                link->set("confidence", 0.2);
                link->set("review", "proposed");
                link->set("origin", "auto");
                ++links;
            }
        }
    REQUIRE(links >= 1);
    const std::string unsure = dir().file("unsure.findings.json");
    {
        std::ofstream out(unsure);
        Poco::JSON::Stringifier::stringify(doc, out);
    }
    auto count = [](const Looks& rows, const std::string& needle, std::string* pattern) {
        std::size_t n = 0;
        for (std::size_t r = 0; r < rows->size(); ++r)
            for (std::size_t c = 2; c <= 3; ++c)
                if (at(rows, r, c).find(needle) != std::string::npos) {
                    ++n;
                    if (pattern) *pattern = at(rows, r, c, 2);
                }
        return n;
    };
    const Looks plain = cellLooks(convertTo(unsure, "unsure.xlsx", "--option sheets=follow-up"), "Follow-up");
    const Looks with = cellLooks(
        convertTo(unsure, "unsure-proposed.xlsx", "--option sheets=follow-up --option include_proposed=true"),
        "Follow-up");
    CHECK(count(plain, "(proposed)", nullptr) == 0);
    std::string pattern;
    CHECK(count(with, "(proposed)", &pattern) >= 1);
    CHECK(pattern == "lightUp");
}

TEST_CASE("Actions: the council's working list with Ofsted's words in full beside the action",
          "[workbook][actions]") {
    const std::string xlsx = convertTo(wyvernSet(), "actions.xlsx", "--option sheets=actions");
    const auto rows = sheetText(xlsx, "Actions");
    REQUIRE(rows.size() > 1);
    const auto& head = rows[0];
    auto col = [&](const std::string& name) {
        for (std::size_t i = 0; i < head.size(); ++i)
            if (head[i] == name) return i;
        throw std::runtime_error("no column " + name);
    };
    const std::size_t words = col("Ofsted's words (full text)"), action = col("Action"), id = col("Id"),
                      type = col("Type");
    std::map<std::string, Poco::JSON::Object::Ptr> byId;
    auto findings = readJson(wyvernSet())->getArray("findings");
    for (std::size_t i = 0; i < findings->size(); ++i) {
        auto f = findings->getObject(static_cast<unsigned>(i));
        byId[f->getValue<std::string>("id")] = f;
    }
    std::size_t points = 0, longer = 0;
    for (std::size_t r = 1; r < rows.size(); ++r) {
        const auto& row = rows[r];
        REQUIRE(byId.count(row[id]));
        const auto f = byId[row[id]];
        CHECK(row[words] == f->getValue<std::string>("text"));  // whole, never a summary
        const std::string summary = f->optValue<std::string>("summary", "");
        if (!summary.empty() && summary.size() < row[words].size()) ++longer;
        if (row[type] == "Area for improvement") ++points;
        auto act = f->getObject("action");
        CHECK(row[action] == (act ? act->optValue<std::string>("text", "") : std::string()));
    }
    CHECK(points == 9);
    CHECK(longer > 0);  // findings whose summary is shorter are given whole
}

namespace {

struct PrintCount {
    int pages = 0;
    int blank = 0;  ///< pages with nothing but the running header and footer
};

/// Pages of a PDF LibreOffice made, and how many hold no content.
PrintCount countPages(const std::string& pdf) {
    const auto text = runCommand("pdftotext -layout " + shellQuote(pdf) + " -");
    if (text.status != 0) throw std::runtime_error("pdftotext failed on " + pdf + ": " + text.err);
    PrintCount count;
    std::stringstream pages(text.out);
    std::string page;
    while (std::getline(pages, page, '\f')) {
        int lines = 0;
        std::stringstream in(page);
        for (std::string line; std::getline(in, line);)
            if (line.find_first_not_of(" \t") != std::string::npos) ++lines;
        if (lines == 0 && pages.peek() == EOF) break;  // pdftotext ends with a form feed
        ++count.pages;
        if (lines <= 2) ++count.blank;  // a running header and footer at most
    }
    return count;
}

const char* kSheetsInOrder[] = {"summary", "follow-up", "findings", "progress", "charts", "sources", "actions"};

/// Prints each sheet alone, then the whole workbook (one LibreOffice start for all of them);
/// checks for blank pages and returns the counts by sheet (and "all"), which the test prints
/// for the record.
std::map<std::string, int> pageCounts(const std::string& set, const std::string& stem) {
    std::vector<std::string> names;
    std::string files;
    for (const char* sheet : kSheetsInOrder) {
        names.push_back(sheet);
        files += " " + shellQuote(convertTo(set, stem + "-" + sheet + ".xlsx", std::string("--option sheets=") + sheet));
    }
    names.push_back("all");
    files += " " + shellQuote(convertTo(set, stem + "-all.xlsx"));
    const std::string out = dir().file(stem + "-pdf");
    runLibreOffice("--convert-to pdf --outdir " + shellQuote(out) + files);
    std::map<std::string, int> counts;
    int sum = 0;
    for (const std::string& name : names) {
        const PrintCount c = countPages(out + "/" + stem + "-" + name + ".pdf");
        INFO(stem << " " << name << ": " << c.pages << " pages");
        CHECK(c.blank == 0);
        CHECK(c.pages >= 1);
        counts[name] = c.pages;
        if (name != "all") sum += c.pages;
    }
    CHECK(counts["all"] == sum);  // the hidden data sheet prints nothing
    std::string line = stem + " pages:";
    for (const auto& [sheet, n] : counts) line += " " + sheet + "=" + std::to_string(n);
    WARN(line);
    return counts;
}

}  // namespace

TEST_CASE("the Wyvern workbook prints without blank pages, each sheet a page wide", "[workbook][soffice][print]") {
    const auto counts = pageCounts(wyvernSet(), "wyvern");
    CHECK(counts.at("summary") == 1);
    CHECK(counts.at("follow-up") <= 3);
    CHECK(counts.at("sources") == 1);
    CHECK(counts.at("actions") <= 10);
}

TEST_CASE("Herefordshire's corpus set prints without blank pages, with a short working list",
          "[workbook][soffice][print][corpus]") {
    const std::string c = testsupport::corpusDir() + "/";
    const std::string set = importLinked(
        "herefordshire.findings.json",
        {c + "ilacs/herefordshire_2014-06-30.pdf", c + "ilacs/herefordshire_2018-07-23.pdf",
         c + "ilacs/herefordshire_2022-09-21.pdf", c + "seeds/herefordshire-monitoring-letter-2024-03.txt",
         c + "seeds/herefordshire-monitoring-letter-2025-03.txt", c + "ilacs/herefordshire_2026-01-12.pdf",
         c + "seeds/news-inspection-little-progress.txt",
         c + "seeds/council-press-release-first-monitoring-visit-2023-06.txt",
         c + "seeds/news-second-monitoring-visit-2023.txt"});
    const auto counts = pageCounts(set, "herefordshire");
    // Before this work: 50 pages (Findings 27, Actions 19, Sources 2 wide) and a blank one.
    CHECK(counts.at("summary") == 1);
    CHECK(counts.at("follow-up") <= 7);  // four reports' blocks, each from a new page
    CHECK(counts.at("actions") <= 6);    // since the 2026 report, not every weakness ever
    CHECK(counts.at("sources") == 1);
    CHECK(counts.at("findings") <= 30);
}
