// The format's id policy (findings/sdk/ids.hpp), which the host and the importers share.
#include <findings/sdk/ids.hpp>

#include <catch2/catch.hpp>

#include <string>

using namespace findings;

TEST_CASE("a source's id is src- and the first 12 hex digits of its file's SHA-256", "[ids]") {
    const std::string sha = "3f2a9c01b7de44aa0000000000000000000000000000000000000000000000ff";
    CHECK(sourceIdForDigest(sha) == "src-3f2a9c01b7de");
    CHECK(sourceIdForDigest(sha).size() == 4 + kSourceIdDigits);
    // A digest shorter than 12 digits (a hand-made record) is kept whole, not padded.
    CHECK(sourceIdForDigest("abc") == "src-abc");
}

TEST_CASE("ids under a source add a part; the host's ordinals have four digits or more", "[ids]") {
    CHECK(childId("src-3f2a9c01b7de", "tracker") == "src-3f2a9c01b7de-tracker");
    CHECK(childId("src-3f2a9c01b7de-tracker", "WY-03") == "src-3f2a9c01b7de-tracker-WY-03");
    CHECK(ordinalFindingId("src-3f2a9c01b7de", 7) == "src-3f2a9c01b7de-0007");
    CHECK(ordinalFindingId("s", 9999) == "s-9999");
    CHECK(ordinalFindingId("s", 12345) == "s-12345");
}
