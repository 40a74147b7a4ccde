// Which importer `findings inspect` picks: the letter importers take letters, reports and
// articles in their own containers, and never a spreadsheet, CSV or arbitrary text.
#include <catch2/catch.hpp>

#include "import_run.hpp"

#include <map>
#include <sstream>

using namespace letters_plugin_test;
using testsupport::runCli;
using testsupport::shellQuote;

namespace {

struct Inspection {
    std::string chosen;                 ///< importer id, or "no importer"
    std::map<std::string, int> scores;  ///< importer id -> confidence (-1 for unknown)
};

/// Parses `findings inspect FILE`: "FILE: CHOSEN" then "  SCORE  ID: reason" lines.
Inspection inspect(const std::string& file) {
    const testsupport::RunResult r = runCli("inspect " + shellQuote(file));
    INFO(r.out << r.err);
    Inspection result;
    std::istringstream lines(r.out);
    std::string line;
    while (std::getline(lines, line)) {
        if (line.rfind(file + ": ", 0) == 0) {
            result.chosen = line.substr(file.size() + 2);
            continue;
        }
        std::istringstream fields(line);
        std::string score, id;
        if (!(fields >> score >> id)) continue;
        if (score != "-" && score.find_first_not_of("0123456789") != std::string::npos) continue;
        if (id.back() == ':') id.pop_back();  // "ID: reason"; an importer with no reason has no colon
        result.scores[id] = score == "-" ? -1 : std::stoi(score);
    }
    REQUIRE(!result.chosen.empty());
    return result;
}

bool isLetterImporter(const std::string& id) { return id.rfind("uk.findings.letters", 0) == 0; }

}  // namespace

TEST_CASE("inspect names the letter importer for a letter", "[identify]") {
    const Inspection i = inspect(sampleFile("wyvern-monitoring-letter-2024-05.txt"));
    CHECK(i.chosen == "uk.findings.letters.text");
    CHECK(i.scores.at("uk.findings.letters.text") >= 75);
    CHECK(i.scores.at("uk.findings.letters.docx") == -1);
}

TEST_CASE("inspect does not give the tracker CSV or workbook to a letter importer", "[identify]") {
    for (const char* name : {"wyvern-improvement-tracker.csv", "wyvern-improvement-tracker.xlsx"}) {
        INFO(name);
        const Inspection i = inspect(sampleFile(name));
        CHECK(!isLetterImporter(i.chosen));
        for (const auto& [id, score] : i.scores)
            if (isLetterImporter(id)) CHECK(score <= 5);
    }
}

TEST_CASE("inspect gives arbitrary text a low confidence at most", "[identify]") {
    testsupport::TempDir dir;
    const std::string path = dir.file("notes.txt");
    testsupport::writeFile(path, "Remember to book the meeting room for Thursday and bring the slides.\n");
    const Inspection i = inspect(path);
    CHECK(i.scores.at("uk.findings.letters.text") <= 20);
}

TEST_CASE("inspect gives Word and PDF letters to their own importers", "[identify][corpus]") {
    const std::string docx = convertedFile("herefordshire-monitoring-letter-2025-03.docx");
    {
        const Inspection i = inspect(docx);
        CHECK(i.chosen == "uk.findings.letters.docx");
        CHECK(i.scores.at("uk.findings.letters.text") == -1);
    }
    if (!havePdfPlugin()) return;
    const Inspection i = inspect(corpusFile("ilacs/herefordshire_2022-09-21.pdf"));
    CHECK(i.chosen == "uk.findings.letters.pdf");
    CHECK(i.scores.at("uk.findings.letters.text") == -1);
    CHECK(i.scores.at("uk.findings.letters.docx") == -1);
}
