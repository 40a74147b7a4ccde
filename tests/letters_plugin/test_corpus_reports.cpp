// Ofsted's full inspection reports (corpus ilacs/, the original PDFs) imported by the PDF
// plugin: every gold field (judgements from the table, whatever its layout), improvement
// points as weaknesses with their action, numbered judgement paragraphs with pages.
#include <catch2/catch.hpp>

#include "finding_invariants.hpp"
#include "gold_source_check.hpp"
#include "import_run.hpp"

#include <set>

using namespace letters_plugin_test;
using testsupport::runCli;
using testsupport::shellQuote;

namespace {

std::vector<std::string> reportPaths() {
    std::vector<std::string> paths;
    for (const char* r : {"herefordshire_2014-06-30", "herefordshire_2018-07-23", "herefordshire_2022-09-21",
                          "herefordshire_2026-01-12"})
        paths.push_back(corpusFile(std::string("ilacs/") + r + ".pdf"));
    return paths;
}

/// The four reports, imported once per test process.
const Imported& reports() {
    static const Imported imported = importOk(reportPaths());
    return imported;
}

}  // namespace

TEST_CASE("inspection reports import with every gold field and improvement point", "[corpus][report]") {
    if (!havePdfPlugin()) return;
    const Imported& imported = reports();
    REQUIRE(imported.set.sources.size() == 4);
    for (const std::string& path : reportPaths()) {
        INFO(path);
        const findings::Source& source = sourceFor(imported.set, path);
        checkGold(loadGold(path), imported.set, source);
        CHECK(source.importer.id == "uk.findings.letters.pdf");
        CHECK(source.author == "Ofsted");
        CHECK(propertyOf(source.properties, "format") == "pdf");
    }
}

TEST_CASE("report findings carry pages, printed paragraph numbers and themes", "[corpus][report]") {
    if (!havePdfPlugin()) return;
    const Imported& imported = reports();
    for (const std::string& path : reportPaths()) {
        INFO(path);
        const findings::Source& source = sourceFor(imported.set, path);
        checkFindingInvariants(imported.set, source, true);
        checkThemedRoles(imported.set, source);
        // Judgement paragraphs use the report's own numbering, which runs through the report.
        const auto numbered = withRole(imported.set, source.id, "judgement_paragraph");
        REQUIRE(numbered.size() >= 20);
        std::set<std::string> sections;
        for (const findings::Finding* f : numbered) sections.insert(f->section);
        CHECK(sections.size() >= 3);
        CHECK(themedShare(imported.set, source) >= 0.9);
    }
}

TEST_CASE("the reports' import validates", "[corpus][report][validate]") {
    if (!havePdfPlugin()) return;
    const testsupport::RunResult v = runCli("validate " + shellQuote(reports().output));
    INFO(v.out << v.err);
    CHECK(v.status == 0);
}
