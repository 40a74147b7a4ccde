// Outputs are written atomically: complete or not at all.
#include <catch2/catch.hpp>

#include "test_support.hpp"

#include <findings/core/atomic_file.hpp>

using findings::core::AtomicFile;
using namespace testsupport;

TEST_CASE("a committed file replaces the target", "[atomic]") {
    TempDir dir;
    writeFile(dir.file("out.txt"), "old");
    {
        AtomicFile f(dir.file("out.txt"));
        f.write("new", 3);
        CHECK(readFile(dir.file("out.txt")) == "old");  // readers see the old file until commit
        f.commit();
    }
    CHECK(readFile(dir.file("out.txt")) == "new");
    CHECK(entriesIn(dir.path()) == 1);
}

TEST_CASE("a file of many megabytes is written whole, in order", "[atomic]") {
    // Past the size at which writing back to disk starts early: every byte lands where it
    // was written, and the target still changes only at commit.
    TempDir dir;
    writeFile(dir.file("out.bin"), "old");
    std::string expected;
    {
        AtomicFile f(dir.file("out.bin"));
        for (int block = 0; block < 20; ++block) {
            std::string bytes(std::size_t(1) << 20, char('a' + block));
            bytes.replace(0, std::to_string(block).size(), std::to_string(block));
            REQUIRE(f.write(bytes.data(), bytes.size()));
            expected += bytes;
        }
        CHECK(readFile(dir.file("out.bin")) == "old");
        f.commit();
    }
    CHECK(readFile(dir.file("out.bin")) == expected);
    CHECK(entriesIn(dir.path()) == 1);
}

TEST_CASE("an uncommitted file leaves no trace and the target unchanged", "[atomic]") {
    TempDir dir;
    writeFile(dir.file("out.txt"), "old");
    {
        AtomicFile f(dir.file("out.txt"));
        f.write("partial", 7);
    }
    CHECK(readFile(dir.file("out.txt")) == "old");
    CHECK(entriesIn(dir.path()) == 1);
}

TEST_CASE("a target in a missing folder is a clear error", "[atomic]") {
    TempDir dir;
    try {
        AtomicFile f(dir.file("no/such/folder/out.txt"));
        FAIL("created a file in a missing folder");
    } catch (const std::runtime_error& e) {
        CHECK(std::string(e.what()).find("no/such/folder/out.txt") != std::string::npos);
    }
}
