// `findings plugin-check`: the SDK's test harness (findings/plugin_check) run on real plugin
// libraries — a good one, one that emits bad records, declares bad options and emits from a
// thread of its own, and files that are no plugin of this SDK.
#include <catch2/catch.hpp>

#include "test_support.hpp"

#include <string>

using namespace testsupport;

namespace {

std::string testPlugin(const std::string& name) {
    return shellQuote(std::string(FINDINGS_TEST_PLUGIN_DIR) + "/" + name + ".findings-plugin");
}
const std::string kBadRecords =
    shellQuote(std::string(FINDINGS_BAD_RECORDS_PLUGIN_DIR) + "/bad_records.findings-plugin");

}  // namespace

TEST_CASE("plugin-check passes a good plugin, reporting each call and its time", "[cli][plugin-check]") {
    TempDir dir;
    writeFile(dir.file("a.good"), "GOOD\nstrength: Leaders know their services well\nweakness: Plans are late\n");
    const RunResult r = runCli("plugin-check " + testPlugin("good") + " " + shellQuote(dir.file("a.good")));
    INFO(r.out << r.err);
    CHECK(r.status == 0);
    CHECK_THAT(r.out, Catch::Contains("plugin test.good 2.3.4 (SDK 1."));
    CHECK_THAT(r.out, Catch::Contains("importer test.good.import: Good test importer"));
    CHECK_THAT(r.out, Catch::Matches("(.|\n)*identify test.good.import: 90 \\(starts with GOOD\\), [0-9.]+ ms(.|\n)*"));
    CHECK_THAT(r.out, Catch::Matches("(.|\n)*import test.good.import: ok, 1 source, 2 findings, [0-9.]+ ms, 1 diagnostic(.|\n)*"));
    CHECK_THAT(r.out, Catch::Contains("warning [test-warning] the good importer always warns once"));
    CHECK_THAT(r.out, Catch::Contains("every record passes the record check"));
    CHECK_THAT(r.out, Catch::Matches("(.|\n)*export of 3 sample findings: ok, [1-9][0-9]* bytes(.|\n)*"));
    CHECK_THAT(r.out, Catch::EndsWith("OK: no problems\n"));
}

TEST_CASE("plugin-check reports bad records, bad options and a sink called from another thread", "[cli][plugin-check]") {
    TempDir dir;
    writeFile(dir.file("polarity.bad"), "BADRECORDS polarity\n");
    writeFile(dir.file("threads.bad"), "BADRECORDS threads\n");
    const RunResult r = runCli("plugin-check " + kBadRecords + " " + shellQuote(dir.file("polarity.bad")) + " " +
                               shellQuote(dir.file("threads.bad")));
    INFO(r.out << r.err);
    CHECK(r.status == 1);
    CHECK_THAT(r.out, Catch::Contains("PROBLEM: test.badrecords.import emitted finding #3 (id \"f-3\"): polarity "
                                      "\"good\" is not one of strength, weakness, mixed, neutral"));
    CHECK_THAT(r.out, Catch::Contains("PROBLEM: importer test.badrecords.import option \"style\" has the default "
                                      "\"gaudy\", which is not one of its choices"));
    CHECK_THAT(r.out, Catch::Contains("option \"verbose\" is a boolean whose default \"yes\" is not true or false"));
    CHECK_THAT(r.out, Catch::Contains("option \"style\" is declared twice"));
    CHECK_THAT(r.out, Catch::Contains("test.badrecords.import called the host from other threads 1 time (allowed)"));
    CHECK_THAT(r.out, Catch::Contains("PROBLEM: test.badrecords.import called the sink from another thread 4 times: "
                                      "only the thread running the call may"));
    CHECK_THAT(r.out, Catch::EndsWith("5 problem(s)\n"));
}

TEST_CASE("plugin-check tries the document text and the preview the built-in importers offer", "[cli][plugin-check]") {
    const std::string plugins = std::string(FINDINGS_PLUGIN_DIR) + "/";
    const RunResult letters = runCli("plugin-check " + shellQuote(plugins + "letters.findings-plugin") + " " +
                                     shellQuote(samplesDir() + "/wyvern-monitoring-letter-2024-05.txt"));
    INFO(letters.out << letters.err);
    CHECK(letters.status == 0);
    CHECK_THAT(letters.out, Catch::Matches("(.|\n)*document text uk.findings.letters.text: ok, [1-9][0-9]* bytes, "
                                           "[1-9][0-9]* lines, [0-9.]+ ms(.|\n)*"));
    CHECK_THAT(letters.out, Catch::Contains("every finding's location falls inside the text"));
    CHECK_THAT(letters.out, Catch::Contains("preview: not offered (no findings.preview.v1 extension)"));
    const RunResult sheets = runCli("plugin-check " + shellQuote(plugins + "spreadsheet.findings-plugin") + " " +
                                    shellQuote(samplesDir() + "/wyvern-improvement-tracker.csv"));
    INFO(sheets.out << sheets.err);
    CHECK(sheets.status == 0);
    CHECK_THAT(sheets.out, Catch::Matches("(.|\n)*preview uk.findings.spreadsheet.csv: ok, header on row 4, 20 rows, "
                                          "[1-9] of 10 fields mapped, [0-9.]+ ms(.|\n)*"));
    CHECK_THAT(sheets.out, Catch::Contains("document text: not offered"));
}

TEST_CASE("plugin-check finds findings whose lines are not in the importer's document text", "[cli][plugin-check]") {
    TempDir dir;
    writeFile(dir.file("lines.bad"), "BADRECORDS document-lines\n");
    const RunResult r = runCli("plugin-check " + kBadRecords + " " + shellQuote(dir.file("lines.bad")));
    INFO(r.out << r.err);
    CHECK(r.status == 1);
    CHECK_THAT(r.out, Catch::Contains("PROBLEM: test.badrecords.import: 1 finding (first: f-3) name lines or bytes "
                                      "past the end of the document text"));
}

TEST_CASE("plugin-check says why a file is no plugin it can check", "[cli][plugin-check]") {
    const RunResult text = runCli("plugin-check " + testPlugin("not_a_library"));
    CHECK(text.status == 1);
    CHECK_THAT(text.out, Catch::Contains("PROBLEM: not a loadable plugin library: "));
    const RunResult other = runCli("plugin-check " + testPlugin("wrong_major"));
    CHECK(other.status == 1);
    CHECK_THAT(other.out, Catch::Contains("PROBLEM: no entry symbol findings_plugin_entry_v1"));
    const RunResult refused = runCli("plugin-check " + testPlugin("entry_null"));
    CHECK(refused.status == 1);
    CHECK_THAT(refused.out, Catch::Contains("PROBLEM: the entry point returned no descriptor"));
    const RunResult none = runCli("plugin-check");
    CHECK(none.status == 2);
    CHECK_THAT(none.err, Catch::Contains("plugin-check needs the plugin library to check"));
}

TEST_CASE("plugin-check names a sample file no importer claims", "[cli][plugin-check]") {
    TempDir dir;
    writeFile(dir.file("notes.txt"), "Nothing the good importer reads.\n");
    const RunResult r = runCli("plugin-check " + testPlugin("good") + " " + shellQuote(dir.file("notes.txt")));
    CHECK(r.status == 1);
    CHECK_THAT(r.out, Catch::Contains("PROBLEM: no importer claims notes.txt"));
}

TEST_CASE("plugin-check reports a plugin that crashes or hangs, after the lines it got through", "[cli][plugin-check]") {
    const std::string broken = std::string(FINDINGS_BROKEN_PLUGIN_DIR) + "/misbehaving_";
    TempDir dir;
    writeFile(dir.file("a.segv"), "SEGV\n");
    const RunResult crash = runCli("plugin-check " + shellQuote(broken + "segv.findings-plugin") + " " +
                                   shellQuote(dir.file("a.segv")));
    INFO(crash.out << crash.err);
    CHECK(crash.status == 1);
    CHECK_THAT(crash.out, Catch::Contains("identify test.segv.import: 95 (starts with SEGV)"));
#if !defined(__SANITIZE_ADDRESS__)
    // Under `make test-sanitize` AddressSanitizer turns the fault into its report and exit
    // status 1 instead (only findings-worker hands SIGSEGV back to the plugin).
    CHECK_THAT(crash.out, Catch::Contains("PROBLEM: the plugin crashed (SIGSEGV) during the check"));
    CHECK_THAT(crash.out, Catch::EndsWith("the check did not finish\n"));
#endif

    writeFile(dir.file("b.hang"), "HANG\n");
    const RunResult hang = runCli("plugin-check --time-limit 1 " + shellQuote(broken + "hang.findings-plugin") + " " +
                                  shellQuote(dir.file("b.hang")));
    CHECK(hang.status == 1);
    CHECK_THAT(hang.out, Catch::Contains("PROBLEM: the check took longer than 1 s (--time-limit)"));
}
