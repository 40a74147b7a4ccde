// Plugins run in worker processes: a plugin that segfaults, aborts, hangs or allocates
// without bound during an import fails only its own file, named with the importer and the
// cause, while the good files of the same batch are imported and the report is written; a
// plugin file that crashes the loader is a load failure with its signal. Real broken plugins
// (tests/test_plugins/misbehaving_plugin.cpp, entry_crash.c, a truncated copy of the good
// plugin), through the built CLI. Small limits keep the hang and the memory bomb quick.
#include <catch2/catch.hpp>

#include "test_support.hpp"

#include <findings/format/findings_json.hpp>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include <sys/stat.h>
#include <sys/time.h>

using namespace testsupport;

namespace {

const std::string kPlugins = "--plugin-dir " + shellQuote(FINDINGS_TEST_PLUGIN_DIR) +
                             " --plugin-dir " + shellQuote(FINDINGS_BROKEN_PLUGIN_DIR);

/// Good files around one file for each misbehaving importer.
struct HostileBatch {
    TempDir dir;
    std::vector<std::string> paths;
    HostileBatch() {
        add("a.good", "GOOD\nstrength: Leaders know their services well\n");
        add("b.segv", "SEGV\n");
        add("c.abort", "ABORT\n");
        add("d.hang", "HANG\n");
        add("e.hog", "HOG\n");
        add("f.good", "GOOD\nweakness: Too many changes of social worker\n");
    }
    void add(const std::string& name, const std::string& text) {
        writeFile(dir.file(name), text);
        paths.push_back(dir.file(name));
    }
    std::string files() const {
        std::string out;
        for (const auto& p : paths) out += " " + shellQuote(p);
        return out;
    }
};

// How the memory hog is stopped. The memory limit is an rlimit on the worker, which a build
// with AddressSanitizer cannot have (its shadow memory reserves terabytes of address space:
// see applyWorkerLimits), so under `make test-sanitize` the time limit stops the hog instead
// and the batch must still go on.
#if defined(__SANITIZE_ADDRESS__)
const std::string kHogStopped = "took longer than 2 s on e.hog";
#else
const std::string kHogStopped = "used more than 256 MB on e.hog";
#endif

}  // namespace

TEST_CASE("a batch goes on past plugins that segfault, abort, hang and eat memory", "[cli][isolation]") {
    HostileBatch b;
    const std::string out = b.dir.file("out.findings.json");
    const std::string report = b.dir.file("report.json");
    RunResult r = runCli("import " + kPlugins + " --time-limit 2 --memory-limit 256" + b.files() +
                         " -o " + shellQuote(out) + " --report " + shellQuote(report));
    CHECK(r.status == 1);
    // Each bad file named with its importer and cause.
    CHECK_THAT(r.err, Catch::Contains(b.dir.file("b.segv") + ": error: test.segv.import crashed (SIGSEGV) on b.segv"));
    CHECK_THAT(r.err, Catch::Contains(b.dir.file("c.abort") + ": error: test.abort.import crashed (SIGABRT) on c.abort"));
    CHECK_THAT(r.err, Catch::Contains(b.dir.file("d.hang") + ": error: test.hang.import took longer than 2 s on d.hang"));
    CHECK_THAT(r.err, Catch::Contains(b.dir.file("e.hog") + ": error: test.hog.import " + kHogStopped));
    // What the plugins reported before they went down reached the host.
    CHECK_THAT(r.err, Catch::Contains(b.dir.file("b.segv") + ": warning: the segv importer is about to misbehave"));
    // The good files are in the document; the records the bad ones sent before dying are not.
    const auto set = findings::readFindingsFile(out);
    REQUIRE(set.findings.size() == 2);
    CHECK(set.findings[0].text == "Leaders know their services well");
    CHECK(set.findings[1].text == "Too many changes of social worker");
    CHECK(set.sources.size() == 2);
    const std::string json = readFile(report);
    CHECK_THAT(json, Catch::Contains("crashed (SIGSEGV) on b.segv") &&
                         Catch::Contains("took longer than 2 s on d.hang") &&
                         Catch::Contains(kHogStopped));
}

TEST_CASE("plugins lists a truncated plugin and one whose entry crashes, and loads the rest", "[cli][isolation]") {
    RunResult r = runCli("plugins " + kPlugins);
    CHECK(r.status == 0);
    CHECK_THAT(r.out, Catch::Contains("entry_crash.findings-plugin: crashed (SIGSEGV) while loading"));
    CHECK_THAT(r.out, Catch::Matches("(.|\n)*truncated\\.findings-plugin: (crashed \\(SIGBUS\\) while loading|not a loadable plugin library)(.|\n)*"));
    CHECK_THAT(r.out, Catch::Contains("test.good 2.3.4") && Catch::Contains("test.segv 1.0.0") &&
                          Catch::Contains("test.hog 1.0.0"));
}

TEST_CASE("plugin scan verdicts are cached by path, size and modification time", "[cli][isolation]") {
    TempDir cache, plugins;
    const std::string plugin = plugins.file("copy.findings-plugin");
    REQUIRE(runCommand("cp " + shellQuote(std::string(FINDINGS_TEST_PLUGIN_DIR) + "/good.findings-plugin") + " " +
                       shellQuote(plugin)).status == 0);
    const std::string env = "FINDINGS_CACHE_DIR=" + shellQuote(cache.path()) + " ";
    const std::string args = "plugins --no-default-plugins --plugin-dir " + shellQuote(plugins.path());
    RunResult first = runCommand(env + shellQuote(FINDINGS_CLI) + " " + args);
    REQUIRE(first.status == 0);
    CHECK_THAT(first.out, Catch::Contains("test.good 2.3.4"));
    const std::string cacheFile = cache.file("plugin-scan.json");
    std::string cached = readFile(cacheFile);
    REQUIRE_THAT(cached, Catch::Contains(plugin) && Catch::Contains("\"reason\": \"\""));

    // A verdict in the cache is believed while the file is unchanged...
    const size_t at = cached.find("\"reason\": \"\"");
    cached.replace(at, 12, "\"reason\": \"judged earlier\"");
    writeFile(cacheFile, cached);
    RunResult second = runCommand(env + shellQuote(FINDINGS_CLI) + " " + args);
    CHECK_THAT(second.out, Catch::Contains("copy.findings-plugin: judged earlier"));
    CHECK_THAT(second.out, !Catch::Contains("test.good 2.3.4"));

    // ...and the file is scanned again once its modification time changes.
    struct timeval times[2] = {{1000000000, 0}, {1000000000, 0}};
    REQUIRE(::utimes(plugin.c_str(), times) == 0);
    RunResult third = runCommand(env + shellQuote(FINDINGS_CLI) + " " + args);
    CHECK_THAT(third.out, Catch::Contains("test.good 2.3.4"));
    CHECK_THAT(readFile(cacheFile), !Catch::Contains("judged earlier"));
}

static std::vector<std::string> sortedLines(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    std::sort(lines.begin(), lines.end());
    return lines;
}

TEST_CASE("imports in a worker and --in-process give the same document", "[cli][isolation]") {
    TempDir dir;
    const std::string samples = samplesDir();
    const std::string inputs = shellQuote(samples + "/wyvern-monitoring-letter-2024-05.txt") + " " +
                               shellQuote(samples + "/wyvern-improvement-tracker.xlsx") + " " +
                               shellQuote(samples + "/wyvern-improvement-tracker.csv");
    RunResult isolated = runCli("import --quiet " + inputs + " -o " + shellQuote(dir.file("isolated.findings.json")));
    RunResult inProcess = runCli("import --quiet --in-process " + inputs + " -o " + shellQuote(dir.file("here.findings.json")));
    REQUIRE(isolated.status == inProcess.status);
    // The same messages; not in the same order, as a batch's files finish in whatever order
    // the parallel imports take.
    CHECK(sortedLines(isolated.err) == sortedLines(inProcess.err));
    const auto a = findings::readFindingsFile(dir.file("isolated.findings.json"));
    const auto b = findings::readFindingsFile(dir.file("here.findings.json"));
    REQUIRE(a.findings.size() > 10);
    CHECK(a.sources == b.sources);
    CHECK(a.findings == b.findings);
}

TEST_CASE("the memory and time limits want whole numbers", "[cli][isolation]") {
    CHECK(runCli("import --memory-limit 0 x -o y").status == 2);
    CHECK_THAT(runCli("import --time-limit soon x -o y").err,
               Catch::Contains("--time-limit wants a whole number from 1 to"));
}
