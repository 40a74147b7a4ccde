// A findings document is streamed to disk atomically: byte for byte what the in-memory
// writer produces, never over an input, and nothing left behind when it fails.
#include <catch2/catch.hpp>

#include "test_support.hpp"

#include <findings/core/findings_file.hpp>
#include <findings/format/findings_json.hpp>

using namespace findings;
using namespace testsupport;

namespace {

/// Enough findings that the document spans many of the writer's 64 KiB blocks, with
/// multi-byte UTF-8 text likely to straddle a block boundary.
findings::FindingsSet manyFindings(size_t count) {
    findings::FindingsSet set;
    Source source;
    source.id = "src-1";
    source.kind = "monitoring_letter";
    source.title = "Monitoring visit to Wyvern children’s services";
    set.sources.push_back(source);
    for (size_t i = 0; i < count; ++i) {
        Finding f;
        f.id = "src-1-" + std::to_string(i);
        f.source = "src-1";
        f.text = "Finding " + std::to_string(i) + ": “too many” care leavers – £" +
                 std::to_string(i * 7) + " – are not seen regularly.";
        f.polarity = i % 2 ? "weakness" : "strength";
        f.review = "unreviewed";
        set.findings.push_back(std::move(f));
    }
    return set;
}

}  // namespace

TEST_CASE("a streamed findings file holds exactly the in-memory document", "[findings-file]") {
    TempDir dir;
    const findings::FindingsSet set = manyFindings(20000);
    const std::string target = dir.file("out.findings.json");
    core::writeFindingsFile(set, target);

    const std::string written = readFile(target);
    CHECK(written.size() > 64 * 1024 * 10);
    CHECK(written == findings::findingsToJson(set));
    const findings::FindingsSet back = findings::readFindingsFile(target);
    REQUIRE(back.findings.size() == set.findings.size());
    CHECK(back.findings.back() == set.findings.back());
    CHECK(entriesIn(dir.path()) == 1);  // no temporary file left beside it
}

TEST_CASE("a findings file is never written over one of its inputs", "[findings-file]") {
    TempDir dir;
    const std::string input = dir.file("letter.txt");
    writeFile(input, "the original letter");
    try {
        core::writeFindingsFile(manyFindings(3), input, {dir.file("other.txt"), input});
        FAIL("wrote over the input");
    } catch (const std::runtime_error& e) {
        CHECK(std::string(e.what()).find("refusing to write over the input file") !=
              std::string::npos);
    }
    CHECK(readFile(input) == "the original letter");
    CHECK(entriesIn(dir.path()) == 1);
}

TEST_CASE("a findings file that cannot be written names the target", "[findings-file]") {
    TempDir dir;
    const std::string target = dir.file("missing/out.findings.json");
    try {
        core::writeFindingsFile(manyFindings(3), target);
        FAIL("wrote into a missing folder");
    } catch (const std::runtime_error& e) {
        CHECK(std::string(e.what()).find(target) != std::string::npos);
    }
    CHECK(entriesIn(dir.path()) == 0);
}
