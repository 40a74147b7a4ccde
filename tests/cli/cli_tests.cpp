// The `findings` command line end to end: the built binary, run as a user would.
#include <catch2/catch.hpp>

#include <findings/plugin.h>

#include "test_support.hpp"

#include <findings/format/findings_json.hpp>

using namespace testsupport;

namespace {

const std::string kTestPlugins = shellQuote(FINDINGS_TEST_PLUGIN_DIR);

/// Two good files and one that the throwing importer fails on.
struct Batch {
    TempDir dir;
    Batch() {
        writeFile(dir.file("a.good"), "GOOD\nstrength: Caseloads are “manageable” – £5 saved\n");
        writeFile(dir.file("b.throw"), "THROW\n");
        writeFile(dir.file("c.good"), "GOOD\nweakness: Too many changes of social worker\n");
    }
    std::string files() const {
        return shellQuote(dir.file("a.good")) + " " + shellQuote(dir.file("b.throw")) + " " +
               shellQuote(dir.file("c.good"));
    }
};

}  // namespace

TEST_CASE("plugins lists loaded plugins and every load failure", "[cli]") {
    RunResult r = runCli("plugins --plugin-dir " + kTestPlugins);
    CHECK(r.status == 0);
    CHECK_THAT(r.out, Catch::Contains("test.good 2.3.4") && Catch::Contains("uk.findings.json"));
    CHECK_THAT(r.out, Catch::Contains("importer  test.good.import  [good]"));
    CHECK_THAT(r.out, Catch::Contains("wrong_major.findings-plugin: built for SDK 2.x"));
    CHECK_THAT(r.out, Catch::Contains("not_a_library.findings-plugin"));
}

TEST_CASE("plugins --json is machine-readable", "[cli]") {
    RunResult r = runCli("--plugin-dir " + kTestPlugins + " plugins --json");
    REQUIRE(r.status == 0);
    // test.good is built against this SDK, so it reports this SDK's version.
    const std::string abi = std::to_string(FND_SDK_VERSION_MAJOR) + "." + std::to_string(FND_SDK_VERSION_MINOR);
    CHECK_THAT(r.out, Catch::Contains("\"id\": \"test.good\"") &&
                          Catch::Contains("\"abi\": \"" + abi + "\"") && Catch::Contains("\"failures\""));
}

TEST_CASE("inspect names the importer and every confidence with its reason", "[cli]") {
    Batch b;
    RunResult r = runCli("inspect --plugin-dir " + kTestPlugins + " " +
                         shellQuote(b.dir.file("a.good")));
    CHECK(r.status == 0);
    CHECK_THAT(r.out, Catch::Contains(": test.good.import") &&
                          Catch::Contains("90  test.good.import: starts with GOOD"));
}

TEST_CASE("import goes on past a bad file, writes the rest and exits 1", "[cli]") {
    Batch b;
    const std::string out = b.dir.file("out.findings.json");
    RunResult r = runCli("import --plugin-dir " + kTestPlugins + " " + b.files() + " -o " +
                         shellQuote(out) + " --report " + shellQuote(b.dir.file("report.json")));
    CHECK(r.status == 1);
    CHECK_THAT(r.err, Catch::Contains(b.dir.file("b.throw") + ": error:"));
    CHECK_THAT(r.err, Catch::Contains("failed on purpose"));
    const auto set = findings::readFindingsFile(out);
    REQUIRE(set.findings.size() == 2);
    CHECK(set.findings[0].text == "Caseloads are “manageable” – £5 saved");
    CHECK(set.findings[1].text == "Too many changes of social worker");
    const std::string report = readFile(b.dir.file("report.json"));
    CHECK_THAT(report, Catch::Contains("\"severity\": \"error\"") &&
                           Catch::Contains("\"code\": \"import-failed\""));
}

TEST_CASE("import of only good files exits 0 and the output validates", "[cli]") {
    Batch b;
    const std::string out = b.dir.file("good.findings.json");
    RunResult r = runCli("import --quiet --plugin-dir " + kTestPlugins + " " +
                         shellQuote(b.dir.file("a.good")) + " " + shellQuote(b.dir.file("c.good")) +
                         " -o " + shellQuote(out));
    REQUIRE(r.status == 0);
    // --quiet keeps warnings (the good importer always warns) but drops the info lines.
    CHECK_THAT(r.err, Catch::Contains("warning: the good importer always warns once"));
    CHECK_THAT(r.err, !Catch::Contains("info:") && !Catch::Contains("error:"));
    RunResult v = runCli("validate " + shellQuote(out));
    CHECK(v.status == 0);
    CHECK_THAT(v.out, Catch::Contains("valid"));
    // An independent validator agrees: Python's jsonschema against the shipped schema.
    RunResult py = runCommand(
        "/usr/bin/python3 -c \"import json,sys,jsonschema; "
        "s=json.load(open(sys.argv[1])); d=json.load(open(sys.argv[2])); "
        "jsonschema.Draft202012Validator.check_schema(s); "
        "jsonschema.validate(d, s, cls=jsonschema.Draft202012Validator); print('ok')\" " +
        shellQuote(std::string(FINDINGS_SOURCE_DIR) + "/sdk/schema/findings-1.schema.json") + " " +
        shellQuote(out));
    CHECK(py.err == "");
    CHECK(py.out == "ok\n");
}

TEST_CASE("the same input gives the same ids", "[cli]") {
    Batch b;
    runCli("import -q --plugin-dir " + kTestPlugins + " " + shellQuote(b.dir.file("a.good")) +
           " -o " + shellQuote(b.dir.file("1.findings.json")));
    runCli("import -q --plugin-dir " + kTestPlugins + " " + shellQuote(b.dir.file("a.good")) +
           " -o " + shellQuote(b.dir.file("2.findings.json")));
    const auto one = findings::readFindingsFile(b.dir.file("1.findings.json"));
    const auto two = findings::readFindingsFile(b.dir.file("2.findings.json"));
    REQUIRE(one.findings.size() == 1);
    CHECK(one.findings[0].id == two.findings[0].id);
    CHECK(one.sources[0].id == two.sources[0].id);
}

TEST_CASE("convert exports CSV with a BOM on request, choosing the exporter by extension",
          "[cli]") {
    Batch b;
    const std::string out = b.dir.file("out.csv");
    RunResult r = runCli("convert -q --plugin-dir " + kTestPlugins + " " +
                         shellQuote(b.dir.file("a.good")) + " -o " + shellQuote(out) +
                         " --option bom=true");
    REQUIRE(r.status == 0);
    const std::string csv = readFile(out);
    CHECK(csv.rfind("\xEF\xBB\xBFid,source,", 0) == 0);
    CHECK_THAT(csv, Catch::Contains("Caseloads are “manageable” – £5 saved"));
    CHECK_THAT(csv, Catch::Contains("\r\n"));
}

TEST_CASE("convert round-trips through the json plugin losslessly", "[cli]") {
    Batch b;
    const std::string first = b.dir.file("first.findings.json");
    const std::string second = b.dir.file("second.json");
    REQUIRE(runCli("import -q --plugin-dir " + kTestPlugins + " " + shellQuote(b.dir.file("c.good")) +
                   " -o " + shellQuote(first)).status == 0);
    RunResult r = runCli("convert -q --to uk.findings.json.export " + shellQuote(first) + " -o " +
                         shellQuote(second));
    REQUIRE(r.status == 0);
    const auto a = findings::readFindingsFile(first);
    const auto c = findings::readFindingsFile(second);
    REQUIRE(a.findings.size() == c.findings.size());
    CHECK(a.findings[0] == c.findings[0]);
    CHECK(a.sources[0] == c.sources[0]);
}

TEST_CASE("a failing exporter leaves no output and exits 1", "[cli]") {
    Batch b;
    const std::string out = b.dir.file("out.fail");
    RunResult r = runCli("convert --plugin-dir " + kTestPlugins + " " +
                         shellQuote(b.dir.file("a.good")) + " -o " + shellQuote(out));
    CHECK(r.status == 1);
    CHECK_FALSE(fileExists(out));
    CHECK_THAT(r.err, Catch::Contains("gave up half-way"));
    // The exporter's status in words (FND_ERR_IO), never its number.
    CHECK_THAT(r.err, Catch::Contains("export failed: input/output error (exporter test.failing.export)"));
    CHECK_THAT(r.err, !Catch::Contains("status"));
}

TEST_CASE("output is never written over an input file", "[cli]") {
    Batch b;
    const std::string input = b.dir.file("a.good");
    RunResult r = runCli("convert --plugin-dir " + kTestPlugins + " " + shellQuote(input) +
                         " -o " + shellQuote(input) + " --to test.good.export");
    CHECK(r.status == 1);
    CHECK_THAT(r.err, Catch::Contains("refusing to write over the input file"));
    CHECK(readFile(input) == "GOOD\nstrength: Caseloads are “manageable” – £5 saved\n");
}

TEST_CASE("validate reports each problem with its JSON path and exits 1", "[cli]") {
    TempDir dir;
    writeFile(dir.file("bad.findings.json"),
              R"({"format":"findings","version":"1.0","sources":[],)"
              R"("findings":[{"id":"f","source":"nowhere","text":"x","polarity":"good"}]})");
    RunResult r = runCli("validate " + shellQuote(dir.file("bad.findings.json")));
    CHECK(r.status == 1);
    CHECK_THAT(r.err, Catch::Contains("bad.findings.json:$.findings[0].polarity: error:"));
    CHECK_THAT(r.err, Catch::Contains("$.findings[0].source: error: refers to source"));
}

TEST_CASE("usage errors exit 2 with a hint", "[cli]") {
    CHECK(runCli("frobnicate").status == 2);
    CHECK(runCli("import").status == 2);
    RunResult r = runCli("import x.txt");
    CHECK(r.status == 2);
    CHECK_THAT(r.err, Catch::Contains("needs -o"));
    CHECK(runCli("--bogus plugins").status == 2);
}

TEST_CASE("every command answers --help", "[cli]") {
    for (const char* command : {"plugins", "inspect", "validate", "import", "convert"}) {
        RunResult r = runCli(std::string(command) + " --help");
        CHECK(r.status == 0);
        CHECK_THAT(r.out, Catch::Contains(std::string("usage: findings ") + command));
    }
    RunResult top = runCli("--help");
    CHECK(top.status == 0);
    CHECK_THAT(top.out, Catch::Contains("--plugin-dir"));
}

TEST_CASE("a missing input file is an error naming it", "[cli]") {
    TempDir dir;
    RunResult r = runCli("import " + shellQuote(dir.file("missing.txt")) + " -o " +
                         shellQuote(dir.file("o.json")));
    CHECK(r.status == 1);
    CHECK_THAT(r.err, Catch::Contains("missing.txt") && Catch::Contains("No such file"));
    CHECK_FALSE(fileExists(dir.file("o.json")));
}

TEST_CASE("an option no plugin declares is warned about, a declared one is not", "[cli]") {
    Batch b;
    RunResult r = runCli("import --plugin-dir " + kTestPlugins + " " +
                         shellQuote(b.dir.file("a.good")) + " -o " +
                         shellQuote(b.dir.file("o.findings.json")) +
                         " --option prefx=1 --option prefix=2 --option map.text=Finding");
    CHECK(r.status == 0);
    CHECK_THAT(r.err, Catch::Contains("option prefx is not declared"));
    CHECK_THAT(r.err, !Catch::Contains("option prefix is not declared"));
    CHECK_THAT(r.err, !Catch::Contains("option map.text is not declared"));
}

TEST_CASE("merge applies edits from an edited findings file and reports each change",
          "[cli][merge]") {
    Batch b;
    const std::string base = b.dir.file("base.findings.json");
    REQUIRE(runCli("import -q --plugin-dir " + kTestPlugins + " " +
                   shellQuote(b.dir.file("c.good")) + " -o " + shellQuote(base))
                .status == 0);
    auto edited = findings::readFindingsFile(base);
    edited.findings[0].action.status = "red";
    edited.findings[0].action.owner = "Jo Smith";
    edited.findings[0].text = "a text edit that merge must not carry";
    writeFile(b.dir.file("edited.findings.json"), findings::findingsToJson(edited));
    const std::string out = b.dir.file("merged.findings.json");
    RunResult r = runCli("merge " + shellQuote(base) + " " +
                         shellQuote(b.dir.file("edited.findings.json")) + " -o " + shellQuote(out));
    REQUIRE(r.status == 0);
    CHECK_THAT(r.err, Catch::Contains("action.status \"\" -> \"red\""));
    CHECK_THAT(r.err, Catch::Contains("action.owner \"\" -> \"Jo Smith\""));
    const auto merged = findings::readFindingsFile(out);
    CHECK(merged.findings[0].action.status == "red");
    CHECK(merged.findings[0].text == "Too many changes of social worker");
    CHECK(merged.sources[0] == findings::readFindingsFile(base).sources[0]);
}

TEST_CASE("merge needs a base, an edited file and an output", "[cli][merge]") {
    CHECK(runCli("merge only-one.json -o x.json").status == 2);
    CHECK(runCli("merge a.json b.xlsx").status == 2);
}

TEST_CASE("a folder argument imports the files below it that an importer reads", "[cli][folder]") {
    TempDir dir;
    const std::string letters = dir.file("letters");
    runCommand("mkdir -p " + shellQuote(letters + "/2024") + " " + shellQuote(letters + "/.hidden") +
               " " + shellQuote(dir.file("empty")));
    writeFile(letters + "/b.good", "GOOD\nweakness: Too many changes of social worker\n");
    writeFile(letters + "/2024/a.good", "GOOD\nstrength: Supervision is regular\n");
    writeFile(letters + "/notes.txt", "Shopping list\n");
    writeFile(letters + "/.hidden/c.good", "GOOD\nstrength: never read\n");
    const std::string out = dir.file("out.findings.json");

    RunResult r = runCli("import --plugin-dir " + kTestPlugins + " " + shellQuote(letters) + " -o " +
                         shellQuote(out));
    INFO(r.err);
    CHECK(r.status == 0);  // a file nobody named that no importer reads is skipped, not failed
    CHECK_THAT(r.err, Catch::Contains("notes.txt: warning: skipped"));
    const auto set = findings::readFindingsFile(out);
    REQUIRE(set.findings.size() == 2);  // in path order; hidden folders skipped
    CHECK(set.findings[0].text == "Supervision is regular");
    CHECK(set.findings[1].text == "Too many changes of social worker");

    // A folder with nothing to import is an error of its own; the rest still goes through.
    r = runCli("import --plugin-dir " + kTestPlugins + " " + shellQuote(letters) + " " +
               shellQuote(dir.file("empty")) + " -o " + shellQuote(out));
    CHECK(r.status == 1);
    CHECK_THAT(r.err, Catch::Contains(dir.file("empty") + ": error: the folder holds no files"));
    CHECK(findings::readFindingsFile(out).findings.size() == 2);
}
