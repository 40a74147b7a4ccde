// Hostile inputs and outputs through the built `findings` binary: devices, FIFOs, links and
// folders where files are expected, interrupts, oversized and empty inputs, lenient JSON,
// formula cells and terminal escapes in file names. Each case is one that once did damage
// or lost data silently.
#include <catch2/catch.hpp>

#include "test_support.hpp"

#include <findings/format/findings_json.hpp>

#include <sys/stat.h>
#include <unistd.h>

using namespace testsupport;

namespace {

const std::string kTestPlugins = shellQuote(FINDINGS_TEST_PLUGIN_DIR);

/// A good input and an existing output holding text a test can recognise afterwards.
struct Workspace {
    TempDir dir;
    std::string input = dir.file("a.good");
    std::string output = dir.file("out.findings.json");
    Workspace() {
        writeFile(input, "GOOD\nstrength: Supervision is regular\n");
        writeFile(output, "the old output\n");
    }
    RunResult import(const std::string& extra) const {
        return runCli("import --plugin-dir " + kTestPlugins + " " + shellQuote(input) + " " + extra);
    }
};

struct stat statOf(const std::string& path) {
    struct stat st {};
    REQUIRE(::lstat(path.c_str(), &st) == 0);
    return st;
}

const char* kValidDocument = R"({"format":"findings","version":"1.0",
  "sources":[{"id":"s","kind":"other"}],
  "findings":[{"id":"f","source":"s","text":"Caseloads are high."}]})";

}  // namespace

// --- Outputs ---------------------------------------------------------------------------------

TEST_CASE("an output naming a FIFO is refused and the FIFO stays a FIFO", "[cli][hostile][output]") {
    Workspace w;
    const std::string fifo = w.dir.file("pipe.json");
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    RunResult r = w.import("-o " + shellQuote(fifo));
    CHECK(r.status == 1);
    CHECK_THAT(r.err, Catch::Contains("is a FIFO") && Catch::Contains("regular files"));
    CHECK(S_ISFIFO(statOf(fifo).st_mode));
    CHECK(entriesIn(w.dir.path()) == 3);  // input, old output, FIFO: no temporary left
}

TEST_CASE("an output or report naming /dev/null is refused and /dev/null is untouched",
          "[cli][hostile][output]") {
    // Only reads /dev/null's metadata: the command must refuse before touching it.
    Workspace w;
    const struct stat before = statOf("/dev/null");
    RunResult r = w.import("-o /dev/null");
    CHECK(r.status == 1);
    CHECK_THAT(r.err, Catch::Contains("/dev/null is a character device"));
    RunResult report = w.import("-o " + shellQuote(w.dir.file("x.findings.json")) +
                                " --report /dev/null");
    CHECK(report.status == 1);
    CHECK_THAT(report.err, Catch::Contains("cannot write the report") &&
                               Catch::Contains("character device"));
    const struct stat after = statOf("/dev/null");
    CHECK(S_ISCHR(after.st_mode));
    CHECK(after.st_ino == before.st_ino);
    CHECK(after.st_rdev == before.st_rdev);
}

TEST_CASE("an output naming a folder is refused", "[cli][hostile][output]") {
    Workspace w;
    const std::string folder = w.dir.file("folder.findings.json");
    REQUIRE(::mkdir(folder.c_str(), 0700) == 0);
    RunResult r = w.import("-o " + shellQuote(folder));
    CHECK(r.status == 1);
    CHECK_THAT(r.err, Catch::Contains("is a folder"));
    CHECK(entriesIn(folder) == 0);
}

TEST_CASE("an output through a symbolic link replaces the file it points to, keeping the link",
          "[cli][hostile][output]") {
    Workspace w;
    const std::string target = w.dir.file("real.findings.json");
    const std::string link = w.dir.file("link.findings.json");
    writeFile(target, "old\n");
    REQUIRE(::symlink("real.findings.json", link.c_str()) == 0);  // relative, as people make them
    RunResult r = w.import("-o " + shellQuote(link));
    REQUIRE(r.status == 0);
    CHECK(S_ISLNK(statOf(link).st_mode));
    const auto set = findings::readFindingsFile(target);
    REQUIRE(set.findings.size() == 1);
    CHECK(set.findings[0].text == "Supervision is regular");
    CHECK(entriesIn(w.dir.path()) == 4);  // input, old output, target, link
}

TEST_CASE("a link to a device is refused like the device", "[cli][hostile][output]") {
    Workspace w;
    const std::string link = w.dir.file("null.findings.json");
    REQUIRE(::symlink("/dev/null", link.c_str()) == 0);
    RunResult r = w.import("-o " + shellQuote(link));
    CHECK(r.status == 1);
    CHECK_THAT(r.err, Catch::Contains("a link to /dev/null") && Catch::Contains("character device"));
    CHECK(S_ISLNK(statOf(link).st_mode));
}

TEST_CASE("an output of - writes the document to standard output", "[cli][hostile][output]") {
    Workspace w;
    RunResult r = w.import("-o - --quiet");
    REQUIRE(r.status == 0);
    const auto set = findings::parseFindingsJson(r.out);
    REQUIRE(set.findings.size() == 1);
    CHECK(set.findings[0].text == "Supervision is regular");
    CHECK(readFile(w.output) == "the old output\n");

    RunResult csv = runCli("convert --quiet --to csv " + shellQuote(w.output + "x") + " -o -");
    CHECK(csv.status == 1);  // a missing input, still a clean failure
    writeFile(w.dir.file("doc.findings.json"), kValidDocument);
    RunResult converted =
        runCli("convert --quiet --to csv " + shellQuote(w.dir.file("doc.findings.json")) + " -o -");
    REQUIRE(converted.status == 0);
    CHECK_THAT(converted.out, Catch::StartsWith("id,source,") && Catch::Contains("Caseloads are high."));
    RunResult noExporter =
        runCli("convert --quiet " + shellQuote(w.dir.file("doc.findings.json")) + " -o -");
    CHECK(noExporter.status == 1);
    CHECK_THAT(noExporter.err, Catch::Contains("--to"));
}

// --- Interrupts --------------------------------------------------------------------------------

TEST_CASE("SIGINT or SIGTERM during an import leaves the old output and no temporary file, exit 130",
          "[cli][hostile][interrupt]") {
    for (const char* signal : {"INT", "TERM"}) {
        SECTION(std::string("SIG") + signal) {
            Workspace w;
            const std::string slow = w.dir.file("b.slow");
            writeFile(slow, "SLOW\n");
            TempDir elsewhere;  // the command's messages, kept out of the folder under test
            const std::string errors = elsewhere.file("stderr.txt");
            // Waits for the importer's marker, so the signal lands mid-import, never before.
            const std::string script =
                std::string(FINDINGS_CLI) + " import --plugin-dir " + kTestPlugins + " " +
                shellQuote(w.input) + " " + shellQuote(slow) + " -o " + shellQuote(w.output) +
                " 2>" + shellQuote(errors) + " & pid=$!; for i in $(seq 1 500); do [ -e " +
                shellQuote(slow + ".started") + " ] && break; sleep 0.02; done; kill -" + signal +
                " $pid; wait $pid; echo status=$?";
            RunResult r = runCommand(script);
            CHECK_THAT(r.out, Catch::Contains("status=130"));
            CHECK_THAT(readFile(errors), Catch::Contains("error: interrupted"));
            CHECK(readFile(w.output) == "the old output\n");
            CHECK(entriesIn(w.dir.path()) == 4);  // a.good, b.slow, b.slow.started, out
        }
    }
}

// --- Inputs that never end ---------------------------------------------------------------------

TEST_CASE("a FIFO input is refused by every command without blocking", "[cli][hostile][input]") {
    TempDir dir;
    const std::string fifo = dir.file("tracker.csv");
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const std::string out = shellQuote(dir.file("out.findings.json"));
    writeFile(dir.file("base.findings.json"), kValidDocument);
    const std::string base = shellQuote(dir.file("base.findings.json"));
    // `timeout` turns a hang into a failure instead of a stuck suite.
    for (const std::string& command :
         {"import " + shellQuote(fifo) + " -o " + out, "inspect " + shellQuote(fifo),
          "convert " + shellQuote(fifo) + " -o " + shellQuote(dir.file("out.csv")),
          "validate " + shellQuote(fifo), "merge " + base + " " + shellQuote(fifo) + " -o " + out,
          "merge " + shellQuote(fifo) + " " + base + " -o " + out}) {
        INFO(command);
        RunResult r = runCommand("timeout 20 " + std::string(FINDINGS_CLI) + " " + command);
        CHECK(r.status == 1);
        CHECK_THAT(r.err, Catch::Contains(fifo) && Catch::Contains("FIFO"));
    }
}

TEST_CASE("a character device named .csv is refused, not read for ever", "[cli][hostile][input]") {
    TempDir dir;
    const std::string device = dir.file("random.csv");
    REQUIRE(::symlink("/dev/urandom", device.c_str()) == 0);
    RunResult r = runCommand("timeout 20 " + std::string(FINDINGS_CLI) + " import " +
                             shellQuote(device) + " -o " + shellQuote(dir.file("o.findings.json")));
    CHECK(r.status == 1);
    CHECK_THAT(r.err, Catch::Contains(device) && Catch::Contains("character device"));
}

TEST_CASE("an input over the size limit is refused with its size and the limit", "[cli][hostile][input]") {
    TempDir dir;
    const std::string big = dir.file("big.csv");
    writeFile(big, "Ref,Area for improvement,Action\n" + std::string(3 << 20, 'x') + "\n");
    RunResult r = runCli("import --max-input-mb 2 " + shellQuote(big) + " -o " +
                         shellQuote(dir.file("o.findings.json")));
    CHECK(r.status == 1);
    CHECK_THAT(r.err, Catch::Contains(big) && Catch::Contains("is 4 MB, more than the limit of 2 MB"));
    CHECK(runCli("import --max-input-mb 0 x").status == 2);
}

TEST_CASE("an empty file is reported as empty", "[cli][hostile][input]") {
    TempDir dir;
    const std::string empty = dir.file("letter.txt");
    writeFile(empty, "");
    for (const std::string& command :
         {"import " + shellQuote(empty) + " -o " + shellQuote(dir.file("o.findings.json")),
          "inspect " + shellQuote(empty), "validate " + shellQuote(empty)}) {
        INFO(command);
        RunResult r = runCli(command);
        CHECK(r.status == 1);
        CHECK_THAT(r.err, Catch::Contains(empty + ": error: the file is empty"));
        CHECK_THAT(r.err, !Catch::Contains("no importer recognises"));
    }
}

// --- Lenient JSON ------------------------------------------------------------------------------

TEST_CASE("a duplicate key is an error naming the key and its path, in validate and convert",
          "[cli][hostile][json]") {
    TempDir dir;
    const std::string doc = dir.file("dup.findings.json");
    // A trailing "findings": [] used to drop every finding silently.
    writeFile(doc, R"({"format":"findings","version":"1.0","sources":[{"id":"s","kind":"other"}],
      "findings":[{"id":"f","source":"s","text":"Kept?"}],
      "findings":[]})");
    RunResult v = runCli("validate " + shellQuote(doc));
    CHECK(v.status == 1);
    CHECK_THAT(v.err, Catch::Contains("duplicate key \"findings\" at $.findings"));
    RunResult c = runCli("convert " + shellQuote(doc) + " -o " + shellQuote(dir.file("o.csv")));
    CHECK(c.status == 1);
    CHECK_THAT(c.err, Catch::Contains("duplicate key \"findings\""));
    CHECK(!fileExists(dir.file("o.csv")));

    writeFile(doc, R"({"format":"findings","version":"1.0","sources":[{"id":"s","kind":"other"}],
      "findings":[{"id":"f","source":"s","text":"a","action":{"owner":"A","owner":"B"}}]})");
    RunResult nested = runCli("validate " + shellQuote(doc));
    CHECK_THAT(nested.err, Catch::Contains("duplicate key \"owner\" at $.findings[0].action.owner"));
}

TEST_CASE("convert refuses what validate refuses", "[cli][hostile][json]") {
    TempDir dir;
    const std::string doc = dir.file("bad.findings.json");
    const std::vector<std::string> invalid = {
        // an unknown polarity, a finding of a source that is not there, an impossible date
        R"({"format":"findings","version":"1.0","sources":[{"id":"s","kind":"other"}],
            "findings":[{"id":"f","source":"s","text":"a","polarity":"great"}]})",
        R"({"format":"findings","version":"1.0","sources":[],
            "findings":[{"id":"f","source":"s9","text":"a"}]})",
        R"({"format":"findings","version":"1.0","sources":[{"id":"s","kind":"other","date":"2023-02-30"}],
            "findings":[]})",
        R"({"format":"findings","version":"1.0","sources":[],"findings":[],})",
    };
    for (const auto& text : invalid) {
        INFO(text);
        writeFile(doc, text);
        CHECK(runCli("validate " + shellQuote(doc)).status == 1);
        RunResult c = runCli("convert " + shellQuote(doc) + " -o " + shellQuote(dir.file("o.csv")));
        CHECK(c.status == 1);
        CHECK(!fileExists(dir.file("o.csv")));
    }
}

// --- CSV formula injection --------------------------------------------------------------------

TEST_CASE("CSV export neutralises cells that a spreadsheet would run as formulas",
          "[cli][hostile][csv]") {
    TempDir dir;
    const std::string doc = dir.file("f.findings.json");
    writeFile(doc, R"json({"format":"findings","version":"1.0","sources":[{"id":"s","kind":"other"}],
      "findings":[{"id":"f","source":"s","text":"=HYPERLINK(\"http://x\",\"click\")",
                   "action":{"text":"+1 more visit","owner":"@ops","due":"2025-03-31"}},
                  {"id":"g","source":"s","text":"-2 caseloads","summary":"\tindented"}]})json");
    RunResult r = runCli("convert --quiet " + shellQuote(doc) + " -o -" + " --to csv");
    REQUIRE(r.status == 0);
    CHECK_THAT(r.out, Catch::Contains(R"csv("'=HYPERLINK(""http://x"",""click"")")csv"));
    CHECK_THAT(r.out, Catch::Contains(",'+1 more visit,'@ops,2025-03-31,"));
    CHECK_THAT(r.out, Catch::Contains(",'-2 caseloads,'\tindented,"));
    RunResult off = runCli("convert --quiet " + shellQuote(doc) +
                           " -o - --to csv --option neutralise_formulas=false");
    REQUIRE(off.status == 0);
    CHECK_THAT(off.out, Catch::Contains(",+1 more visit,@ops,") && !Catch::Contains("'"));
}

// --- Messages ----------------------------------------------------------------------------------

TEST_CASE("escape sequences in file names are shown escaped, never sent to the terminal",
          "[cli][hostile][messages]") {
    TempDir dir;
    const std::string name = dir.file("evil\x1b]0;owned\x07\x1b[2J\r.txt");
    writeFile(name, "");
    for (const std::string& command : {"inspect " + shellQuote(name), "validate " + shellQuote(name),
                                       "import " + shellQuote(name) + " -o " +
                                           shellQuote(dir.file("o.findings.json"))}) {
        INFO(command);
        RunResult r = runCli(command);
        CHECK(r.err.find('\x1b') == std::string::npos);
        CHECK(r.out.find('\x1b') == std::string::npos);
        CHECK(r.err.find('\r') == std::string::npos);
        CHECK_THAT(r.err, Catch::Contains("evil\\x1b]0;owned\\x07\\x1b[2J\\r.txt"));
    }
}

TEST_CASE("a PDF whose page tree loops is called damaged, not scanned", "[cli][hostile][messages]") {
    // The smallest such file: the root Pages node's only kid lists the root as its kid.
    const std::vector<std::string> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>"};
    std::string pdf = "%PDF-1.4\n";
    std::vector<size_t> offsets;
    for (size_t i = 0; i < objects.size(); ++i) {
        offsets.push_back(pdf.size());
        pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const size_t xref = pdf.size();
    pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (size_t o : offsets) {
        char line[32];
        std::snprintf(line, sizeof line, "%010zu 00000 n \n", o);
        pdf += line;
    }
    pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) +
           " /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
    TempDir dir;
    writeFile(dir.file("letter.pdf"), pdf);
    RunResult r = runCli("import " + shellQuote(dir.file("letter.pdf")) + " -o " +
                         shellQuote(dir.file("o.findings.json")));
    CHECK(r.status == 1);
    CHECK_THAT(r.err, Catch::Contains("damaged PDF (its page tree loops)"));
    CHECK_THAT(r.err, !Catch::Contains("scanned"));
}
