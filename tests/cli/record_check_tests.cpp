// The host checks every record an importer emits (sdk/record_check) before it reaches a
// document: a plugin that emits one kind of bad record fails its file, with a message naming
// the importer, the record and the field, while the good files of the batch are imported and
// the document validates. Run through the built CLI, in worker processes and in process,
// with tests/test_plugins/bad_records_plugin.cpp.
#include <catch2/catch.hpp>

#include "test_support.hpp"

#include <findings/format/findings_json.hpp>

#include <string>
#include <utility>
#include <vector>

using namespace testsupport;

namespace {

const std::string kPlugins = "--plugin-dir " + shellQuote(FINDINGS_TEST_PLUGIN_DIR) +
                             " --plugin-dir " + shellQuote(FINDINGS_BAD_RECORDS_PLUGIN_DIR);
const std::string kImporter = "test.badrecords.import emitted ";

/// Each kind of bad record the plugin emits, and what the host must say about it.
const std::vector<std::pair<std::string, std::string>> kBadRecords{
    {"source-kind", "source #1 (id \"src-bad\"): kind \"letter\" is not one of monitoring_letter, "
                    "focused_visit_letter, inspection_report, news_article, press_release, "
                    "spreadsheet, findings_workbook, other"},
    {"finding-kind", "finding #3 (id \"f-3\"): kind \"observation\" is not one of finding, "
                     "improvement_point, plan_item"},
    {"polarity", "finding #3 (id \"f-3\"): polarity \"good\" is not one of strength, weakness, mixed, neutral"},
    {"confidence", "finding #3 (id \"f-3\"): confidence 7.5 is outside 0..1"},
    {"date", "finding #3 (id \"f-3\"): action.due \"31/03/2025\" is not a day of the calendar in ISO "
             "form (YYYY-MM-DD or YYYY-MM)"},
    {"location", "finding #3 (id \"f-3\"): location.page 0 is less than 1"},
    {"utf8", "finding #3 (id \"f-3\"): text is not valid UTF-8"},
    {"duplicate-finding-id", "finding #3 (id \"f-1\"): id \"f-1\" is also the id of finding #1"},
    {"duplicate-source-id", "source #2 (id \"src-bad\"): id \"src-bad\" is also the id of source #1"},
    {"missing-source", "finding #3 (id \"f-3\"): source \"src-nowhere\" names no source of this file"},
    {"link", "finding #3 (id \"f-3\"): links[0].target \"f-9\" names no finding of this file"},
};

/// A good file, one file of each kind of bad record, a bad-records file with nothing wrong,
/// and another good file.
struct Batch {
    TempDir dir;
    std::string files;
    Batch() {
        add("a.good", "GOOD\nstrength: Leaders know their services well\n");
        for (const auto& [what, message] : kBadRecords) add("bad-" + what + ".bad", "BADRECORDS " + what + "\n");
        add("none.bad", "BADRECORDS none\n");
        add("z.good", "GOOD\nweakness: Too many changes of social worker\n");
    }
    void add(const std::string& name, const std::string& text) {
        writeFile(dir.file(name), text);
        files += " " + shellQuote(dir.file(name));
    }
};

void checkBatch(const std::string& mode) {
    Batch b;
    const std::string out = b.dir.file("out.findings.json");
    const RunResult r = runCli("import --quiet " + kPlugins + mode + b.files + " -o " + shellQuote(out));
    CHECK(r.status == 1);
    for (const auto& [what, message] : kBadRecords) {
        INFO(what);
        CHECK_THAT(r.err, Catch::Contains(b.dir.file("bad-" + what + ".bad") + ": error: " + kImporter + message));
    }
    // One line per file: no list of every record.
    CHECK_THAT(r.err, !Catch::Contains("none.bad"));
    // The good files, and the bad-records file with nothing wrong, are in the document.
    const auto set = findings::readFindingsFile(out);
    REQUIRE(set.sources.size() == 3);
    CHECK(set.sources[1].title == "Bad records: none");
    REQUIRE(set.findings.size() == 5);
    CHECK(set.findings.front().text == "Leaders know their services well");
    CHECK(set.findings.back().text == "Too many changes of social worker");
    const RunResult valid = runCli("validate " + shellQuote(out));
    CHECK(valid.status == 0);
}

}  // namespace

TEST_CASE("each kind of bad record fails its file, isolated", "[cli][record-check]") {
    checkBatch("");
}

TEST_CASE("each kind of bad record fails its file, in process", "[cli][record-check]") {
    checkBatch(" --in-process");
}

TEST_CASE("many bad records are summed up, not listed", "[cli][record-check]") {
    TempDir dir;
    // The good importer takes its polarity from each line: 2000 lines, 2000 bad polarities.
    std::string text = "GOOD\n";
    for (int i = 0; i < 2000; ++i) text += "great: line " + std::to_string(i) + "\n";
    writeFile(dir.file("many.good"), text);
    const RunResult r = runCli("import --quiet " + kPlugins + " " + shellQuote(dir.file("many.good")) +
                               " -o " + shellQuote(dir.file("out.findings.json")));
    CHECK(r.status == 1);
    CHECK_THAT(r.err, Catch::Contains("test.good.import emitted finding #1 (id \"good-source-0001\"): "
                                      "polarity \"great\" is not one of strength, weakness, mixed, neutral; "
                                      "finding #2"));
    CHECK_THAT(r.err, Catch::Contains("(and 1997 more problems)"));
    CHECK(r.err.size() < 2000);
    CHECK_FALSE(fileExists(dir.file("out.findings.json")));
}
