// Autosave files: written per process, removed on request, and found as orphans only when
// their process is gone.
#include "model/autosave_store.hpp"
#include "model/project_file.hpp"
#include "model_fixtures.hpp"

#include <test_support.hpp>

#include <catch2/catch.hpp>

#include <filesystem>
#include <sys/wait.h>
#include <unistd.h>

using namespace findings;
using namespace findings::studio;

namespace {
/// The id of a process that has exited and been reaped.
long deadPid() {
    const pid_t child = ::fork();
    if (child == 0) ::_exit(0);
    int status = 0;
    ::waitpid(child, &status, 0);
    return static_cast<long>(child);
}
}  // namespace

TEST_CASE("an autosave is written and removed, and is no orphan while this process runs", "[autosave]") {
    testsupport::TempDir dir;
    AutosaveStore store(dir.file("autosave"));
    store.save(fixtures::smallSet(), "/work/p.findings.json");
    REQUIRE(testsupport::fileExists(store.path()));
    CHECK(readProject(store.path()).findings.size() == 8);
    CHECK(store.orphans().empty());
    store.remove();
    CHECK_FALSE(testsupport::fileExists(store.path()));
}

TEST_CASE("an autosave left by a dead process is an orphan with its project path", "[autosave]") {
    testsupport::TempDir dir;
    const std::string folder = dir.file("autosave");
    AutosaveStore store(folder);
    store.save(fixtures::smallSet(), "/work/p.findings.json");
    // Make it look like another process's file, one that has died.
    const std::string orphanFile = folder + "/autosave-" + std::to_string(deadPid()) + ".findings.json";
    std::filesystem::rename(store.path(), orphanFile);
    std::filesystem::rename(store.path() + ".project", orphanFile + ".project");
    // A live process's file is not an orphan.
    writeProject(fixtures::smallSet(), folder + "/autosave-1.findings.json");
    const auto orphans = store.orphans();
    REQUIRE(orphans.size() == 1);
    CHECK(orphans[0].file == orphanFile);
    CHECK(orphans[0].projectPath == "/work/p.findings.json");
    CHECK(orphans[0].written > 0);
    AutosaveStore::discard(orphans[0]);
    CHECK(store.orphans().empty());
    CHECK_FALSE(testsupport::fileExists(orphanFile + ".project"));
}

TEST_CASE("project files are written atomically and named with the suffix", "[project]") {
    testsupport::TempDir dir;
    writeProject(fixtures::smallSet(), dir.file("p.findings.json"));
    CHECK(readProject(dir.file("p.findings.json")).sources.size() == 3);
    CHECK(withProjectSuffix("/a/b") == "/a/b.findings.json");
    CHECK(withProjectSuffix("/a/b.json") == "/a/b.findings.json");
    CHECK(withProjectSuffix("/a/b.FINDINGS.JSON") == "/a/b.FINDINGS.JSON");
    CHECK_THROWS(writeProject(fixtures::smallSet(), dir.file("no/such/folder/p.findings.json")));
}
