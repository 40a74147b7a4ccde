#include "test_support.hpp"

#include <findings/core/isolation.hpp>

#include <cstdio>
#include <dirent.h>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace testsupport {

TempDir::TempDir() {
    const char* base = std::getenv("TMPDIR");
    std::string pattern = std::string(base && *base ? base : "/tmp") + "/findings-test-XXXXXX";
    std::vector<char> buf(pattern.begin(), pattern.end());
    buf.push_back('\0');
    if (!::mkdtemp(buf.data())) throw std::runtime_error("mkdtemp failed");
    path_ = buf.data();
}

TempDir::~TempDir() {
    std::string cmd = "rm -rf " + shellQuote(path_);
    if (std::system(cmd.c_str()) != 0) std::fprintf(stderr, "could not remove %s\n", path_.c_str());
}

namespace {
/// Every test process (and the CLI and workers it starts) uses this build's worker and a
/// plugin scan cache of its own, never the user's ~/.cache.
struct IsolationEnvironment {
    TempDir cache;
    IsolationEnvironment() {
        ::setenv("FINDINGS_WORKER", FINDINGS_WORKER_EXE, 1);
        ::setenv("FINDINGS_CACHE_DIR", cache.path().c_str(), 1);
    }
};
const IsolationEnvironment isolationEnvironment;
}  // namespace

std::string scanCacheDir() { return isolationEnvironment.cache.path(); }

std::string shellQuote(const std::string& s) {
    std::string out = "'";
    for (char c : s) {
        if (c == '\'') out += "'\\''";
        else out += c;
    }
    return out + "'";
}

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

void writeFile(const std::string& path, const std::string& content) {
    std::ofstream out(path, std::ios::binary);
    out << content;
    if (!out) throw std::runtime_error("cannot write " + path);
}

bool fileExists(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0;
}

size_t entriesIn(const std::string& dir) {
    size_t n = 0;
    DIR* d = opendir(dir.c_str());
    if (!d) throw std::runtime_error(dir + ": cannot list the folder");
    while (dirent* e = readdir(d)) {
        const std::string name = e->d_name;
        n += name != "." && name != "..";
    }
    closedir(d);
    return n;
}

RunResult runCommand(const std::string& commandLine) {
    TempDir dir;
    const std::string outFile = dir.file("out"), errFile = dir.file("err");
    const std::string full = commandLine + " >" + shellQuote(outFile) + " 2>" + shellQuote(errFile) +
                             " </dev/null";
    int raw = std::system(full.c_str());
    RunResult r;
    r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    r.out = readFile(outFile);
    r.err = readFile(errFile);
    return r;
}

RunResult runCli(const std::string& args) {
    // Isolate from the user's plugin folder and environment so tests see only this build.
    return runCommand("env -u FINDINGS_PLUGIN_PATH XDG_DATA_HOME=/nonexistent-findings-test " +
                      shellQuote(FINDINGS_CLI) + " " + args);
}

std::string corpusDir() { return FINDINGS_HAVE_CORPUS ? std::string(FINDINGS_CORPUS_DIR) : ""; }
std::string samplesDir() { return FINDINGS_SAMPLES_DIR; }

std::unique_ptr<findings::core::PluginRegistry> pluginRegistry(const std::vector<std::string>& dirs, bool inProcess,
                                                               findings::core::WorkerLimits limits) {
    auto registry = std::make_unique<findings::core::PluginRegistry>();
    findings::core::IsolationSettings isolation;
    isolation.inProcess = inProcess;
    isolation.limits = limits;
    findings::core::loadPlugins(*registry, dirs, isolation);
    return registry;
}

}  // namespace testsupport
