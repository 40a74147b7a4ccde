#include "test_helpers.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace sheetread_test {

std::string fixture(const std::string& name) {
    const std::string path = std::string(SHEETREAD_FIXTURE_DIR) + "/" + name;
    INFO("fixture " << path);
    REQUIRE(access(path.c_str(), R_OK) == 0);
    return path;
}

TempDir::TempDir() {
    const char* base = std::getenv("TMPDIR");
    std::string pattern = std::string(base && *base ? base : "/tmp") + "/sheetread-test-XXXXXX";
    REQUIRE(mkdtemp(pattern.data()) != nullptr);
    path_ = pattern;
}

TempDir::~TempDir() {
    // Best effort: a leftover temp folder must not turn a passing test into a failure.
    const std::string cmd = "rm -rf '" + path_ + "'";
    if (std::system(cmd.c_str()) != 0) std::fprintf(stderr, "warning: could not remove %s\n", path_.c_str());
}

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    INFO("reading " << path);
    REQUIRE(in.good());
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

void writeFile(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    INFO("writing " << path);
    REQUIRE(out.good());
    out.write(bytes.data(), std::streamsize(bytes.size()));
    REQUIRE(out.good());
}

int runCommand(const std::string& command) {
    const int status = std::system(command.c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

bool haveSoffice() { return runCommand("command -v soffice > /dev/null 2>&1") == 0; }

std::string convertWithSoffice(const std::string& input, const std::string& outDir) {
    const std::string cmd = "cd '" + outDir + "' && HOME='" + outDir + "' soffice --headless --norestore "
                            "-env:UserInstallation=file://" + outDir + "/lo-profile --convert-to xlsx "
                            "--outdir '" + outDir + "/converted' '" + input + "' > '" + outDir + "/soffice.log' 2>&1";
    INFO(cmd);
    REQUIRE(runCommand(cmd) == 0);
    std::string base = input.substr(input.find_last_of('/') + 1);
    base = base.substr(0, base.find_last_of('.'));
    const std::string out = outDir + "/converted/" + base + ".xlsx";
    INFO("soffice output " << out << "; log: " << readFile(outDir + "/soffice.log"));
    REQUIRE(access(out.c_str(), R_OK) == 0);
    return out;
}

}  // namespace sheetread_test
