// Which plugin a file or an id goes to when several could: a tie between importers (in
// folder mode too), a third party's importer outbidding a built-in one, and an explicit
// --plugin-dir shadowing the installed copy of a plugin.
#include <catch2/catch.hpp>

#include "test_support.hpp"

#include <findings/format/findings_json.hpp>

using namespace testsupport;

namespace {

const std::string kRivalPlugins = shellQuote(FINDINGS_RIVAL_PLUGIN_DIR);

}  // namespace

TEST_CASE("a file two importers claim equally is refused, naming both", "[cli][choice]") {
    TempDir dir;
    writeFile(dir.file("a.tie"), "TIE\nOne line\n");
    RunResult r = runCli("import --plugin-dir " + kRivalPlugins + " " + shellQuote(dir.file("a.tie")) +
                         " -o " + shellQuote(dir.file("out.findings.json")));
    INFO(r.err);
    CHECK(r.status == 1);
    CHECK_THAT(r.err, Catch::Contains("several importers claim this file equally") &&
                          Catch::Contains("test.rival.tie_a (70") &&
                          Catch::Contains("test.rival.tie_b (70"));
}

TEST_CASE("folder mode says a skipped file is a tie and names the importers", "[cli][choice][folder]") {
    TempDir dir;
    const std::string folder = dir.file("in");
    runCommand("mkdir -p " + shellQuote(folder));
    writeFile(folder + "/a.tie", "TIE\nOne line\n");
    writeFile(folder + "/b.csv", "rival,b,c\nTaken by the rival,2,3\n");
    writeFile(folder + "/notes.txt", "Shopping list\n");
    const std::string out = dir.file("out.findings.json");
    RunResult r = runCli("import --plugin-dir " + kRivalPlugins + " " + shellQuote(folder) + " -o " +
                         shellQuote(out));
    INFO(r.err);
    CHECK(r.status == 0);
    CHECK_THAT(r.err, Catch::Contains("a.tie: warning: skipped: several importers claim this file "
                                      "equally: test.rival.tie_a (70: starts with TIE), "
                                      "test.rival.tie_b (70: starts with TIE)"));
    CHECK_THAT(r.err, !Catch::Contains("a.tie: warning: skipped: no importer is confident"));
    // A file below the threshold is still skipped for that reason.
    CHECK_THAT(r.err, Catch::Contains("notes.txt: warning: skipped: no importer is confident"));
    CHECK(findings::readFindingsFile(out).findings.size() == 1);
}

TEST_CASE("a third party's importer outbidding a built-in one is warned about", "[cli][choice]") {
    TempDir dir;
    writeFile(dir.file("t.csv"), "rival,owner,status\nCase notes are late,Ann,red\n");
    const std::string out = dir.file("out.findings.json");
    RunResult r = runCli("import --plugin-dir " + kRivalPlugins + " " + shellQuote(dir.file("t.csv")) +
                         " -o " + shellQuote(out));
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK_THAT(r.err, Catch::Contains("t.csv: warning: importer test.rival.csv (95: header starts "
                                      "with rival) of plugin test.rival outbids the built-in "
                                      "importer uk.findings.spreadsheet.csv ("));
    const auto set = findings::readFindingsFile(out);
    REQUIRE(set.sources.size() == 1);
    CHECK(set.sources[0].importer.id == "test.rival.csv");

    // The built-in importer winning over a third party's is no news: no warning.
    writeFile(dir.file("u.csv"), "Area for improvement,Owner,RAG\nCase notes are late,Ann,red\n");
    r = runCli("import --plugin-dir " + kRivalPlugins + " " + shellQuote(dir.file("u.csv")) + " -o " +
               shellQuote(out));
    INFO(r.err);
    CHECK(r.status == 0);
    CHECK_THAT(r.err, Catch::Contains("by uk.findings.spreadsheet.csv") && !Catch::Contains("outbids"));
}

TEST_CASE("an explicit --plugin-dir wins over the installed copy, which is named", "[cli][choice]") {
    TempDir dir;
    const std::string installed = std::string(FINDINGS_PLUGIN_DIR) + "/json.findings-plugin";
    const std::string mine = dir.file("json.findings-plugin");
    runCommand("cp " + shellQuote(installed) + " " + shellQuote(mine));
    RunResult r = runCli("plugins --json --plugin-dir " + shellQuote(dir.path()));
    INFO(r.out << r.err);
    REQUIRE(r.status == 0);
    // The copy named on the command line is the one loaded; the installed one is only
    // listed as shadowed by it ...
    const size_t shadowed = r.out.find("\"shadowed\"");
    REQUIRE(shadowed != std::string::npos);
    CHECK(r.out.find("\"path\": \"" + mine + "\"") < shadowed);
    CHECK(r.out.find("\"path\": \"" + installed + "\"") > shadowed);
    // ... and the installed one is named in a warning, not listed as a failure.
    CHECK_THAT(r.err, Catch::Contains(installed + ": warning: plugin uk.findings.json not loaded "
                                      "from here: the copy at " + mine));
    CHECK_THAT(r.out, Catch::Contains("\"by\": \"" + mine + "\""));
}
