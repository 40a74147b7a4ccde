// Three-way merge of a manager's edits: changes applied, conflicts reported, nothing lost.
#include <catch2/catch.hpp>

#include <findings/core/merge_service.hpp>

using namespace findings;
using namespace findings::core;

namespace {

FindingsSet oneFinding(const std::string& status, const std::string& owner,
                       std::vector<std::string> themes = {"workforce"}) {
    FindingsSet set;
    Source s;
    s.id = "s";
    s.kind = "monitoring_letter";
    set.sources.push_back(s);
    Finding f;
    f.id = "s-0001";
    f.source = "s";
    f.text = "Too many changes of social worker.";
    f.polarity = "weakness";
    f.review = "unreviewed";
    f.action = {"Stabilise the workforce", owner, "2025-03-31", status};
    f.themes = std::move(themes);
    f.location.line_start = 12;
    f.properties = {{"Evidence", "audit"}};
    set.findings.push_back(f);
    return set;
}

}  // namespace

TEST_CASE("an edit made only by the manager is applied and reported", "[merge]") {
    const FindingsSet original = oneFinding("amber", "Head of Service");
    const FindingsSet base = original;
    const FindingsSet edited = oneFinding("red", "Jo Smith", {"workforce", "supervision_oversight"});
    const MergeResult r = mergeEdits(base, &original, edited);
    REQUIRE(r.conflicts.empty());
    REQUIRE(r.changes.size() == 3);
    const Finding& f = r.merged.findings[0];
    CHECK(f.action.status == "red");
    CHECK(f.action.owner == "Jo Smith");
    CHECK(f.themes == std::vector<std::string>{"workforce", "supervision_oversight"});
    // What the manager could not edit is kept from the base.
    CHECK(f.location.line_start == 12);
    CHECK(f.properties == base.findings[0].properties);
    CHECK(f.text == base.findings[0].text);
}

TEST_CASE("a field both sides changed differently is a conflict and keeps the base", "[merge]") {
    const FindingsSet original = oneFinding("amber", "Head of Service");
    const FindingsSet base = oneFinding("green", "Head of Service");
    const FindingsSet edited = oneFinding("red", "Head of Service");
    const MergeResult r = mergeEdits(base, &original, edited);
    REQUIRE(r.conflicts.size() == 1);
    CHECK(r.conflicts[0].field == "action.status");
    CHECK(r.conflicts[0].base == "green");
    CHECK(r.conflicts[0].edited == "red");
    CHECK(r.merged.findings[0].action.status == "green");
    CHECK(r.changes.empty());
}

TEST_CASE("a change the base made since export survives an untouched workbook", "[merge]") {
    const FindingsSet original = oneFinding("amber", "Head of Service");
    const FindingsSet base = oneFinding("green", "Head of Service");
    const MergeResult r = mergeEdits(base, &original, original);
    CHECK(r.changes.empty());
    CHECK(r.conflicts.empty());
    CHECK(r.merged.findings[0].action.status == "green");
}

TEST_CASE("without an original every difference is applied as a change", "[merge]") {
    const FindingsSet base = oneFinding("amber", "Head of Service");
    const FindingsSet edited = oneFinding("complete", "Head of Service");
    const MergeResult r = mergeEdits(base, nullptr, edited);
    REQUIRE(r.changes.size() == 1);
    CHECK(r.changes[0].before == "amber");
    CHECK(r.changes[0].after == "complete");
}

TEST_CASE("edited findings the base does not have are listed, not added", "[merge]") {
    const FindingsSet base = oneFinding("amber", "A");
    FindingsSet edited = base;
    edited.findings[0].id = "other";
    const MergeResult r = mergeEdits(base, nullptr, edited);
    CHECK(r.unknownIds == std::vector<std::string>{"other"});
    CHECK(r.merged.findings.size() == 1);
}
