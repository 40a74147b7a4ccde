// Three-way merge of a manager's edits: changes applied, conflicts reported, nothing lost.
#include <catch2/catch.hpp>

#include <findings/core/merge_service.hpp>

#include "test_support.hpp"

#include <string>
#include <vector>

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
    bool reported = false;
    for (const FieldChange& c : r.changes)
        reported = reported || describeChange(c) == "s-0001: action.owner \"Head of Service\" -> \"Jo Smith\"";
    CHECK(reported);
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
    // The line the CLI and the desktop app both show for it.
    CHECK(describeConflict(r.conflicts[0], "the base's") ==
          "s-0001: action.status was changed in both; kept the base's \"green\", the edited file has \"red\"");
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

TEST_CASE("every editable field of the SDK's list is merged, and nothing else", "[merge]") {
    const FindingsSet original = oneFinding("amber", "Head of Service");
    // An edited copy that differs in every field, editable or not.
    FindingsSet edited = original;
    Finding& e = edited.findings[0];
    e.themes = {"leadership"};
    e.polarity = "strength";
    e.action = {"Another plan", "Jo Smith", "2026-01", "green"};
    e.review = "confirmed";
    e.text = "Rewritten by hand.";
    e.location.line_start = 99;
    e.properties = {{"Evidence", "none"}};
    const MergeResult r = mergeEdits(original, &original, edited);
    CHECK(r.conflicts.empty());
    std::vector<std::string> changed;
    for (const FieldChange& c : r.changes) changed.push_back(c.field);
    std::vector<std::string> editable;
    for (EditableField field : kEditableFields) editable.emplace_back(editableFieldName(field));
    CHECK(changed == editable);
    const Finding& merged = r.merged.findings[0];
    for (EditableField field : kEditableFields) {
        INFO(editableFieldName(field));
        CHECK(editableFieldText(merged, field) == editableFieldText(e, field));
    }
    CHECK(merged.polarity == "strength");
    CHECK(merged.text == original.findings[0].text);
    CHECK(merged.location.line_start == 12);
    CHECK(merged.properties == original.findings[0].properties);
}

TEST_CASE("FORMAT.md names exactly the editable fields of the SDK's list", "[merge][docs]") {
    const std::string format = testsupport::readFile(std::string(FINDINGS_SOURCE_DIR) + "/sdk/FORMAT.md");
    const size_t section = format.find("## Fields people edit");
    REQUIRE(section != std::string::npos);
    const std::string text = format.substr(section, format.find("\n## ", section + 1) - section);
    // Every backquoted word that looks like a field path ("action.due"), in order.
    std::vector<std::string> documented;
    for (size_t open = text.find('`'); open != std::string::npos; open = text.find('`', open + 1)) {
        const size_t close = text.find('`', open + 1);
        REQUIRE(close != std::string::npos);
        const std::string word = text.substr(open + 1, close - open - 1);
        open = close;
        if (!word.empty() && word.find_first_not_of("abcdefghijklmnopqrstuvwxyz._") == std::string::npos)
            documented.push_back(word);
    }
    std::vector<std::string> listed;
    for (EditableField field : kEditableFields) listed.emplace_back(editableFieldName(field));
    CHECK(documented == listed);
}
