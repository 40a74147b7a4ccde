// The document: edits as undoable commands, the modified flag against the saved state,
// imports as one undoable step, and change notifications.
#include "model/findings_document.hpp"
#include "model_fixtures.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace findings;
using namespace findings::studio;


TEST_CASE("editing themes records an undoable command and marks the finding edited", "[document]") {
    FindingsDocument doc;
    doc.reset(fixtures::smallSet(), "/tmp/p.findings.json");
    REQUIRE_FALSE(doc.modified());
    REQUIRE(doc.setThemes(0, {"workforce", "leadership"}));
    CHECK(doc.set().findings[0].themes == std::vector<std::string>{"workforce", "leadership"});
    CHECK(doc.set().findings[0].review == "edited");
    CHECK(doc.modified());
    CHECK(doc.title() == "p.findings.json*");
    CHECK(doc.undoLabel() == "Edit Themes");

    REQUIRE(doc.undo());
    CHECK(doc.set().findings[0].themes == std::vector<std::string>{"workforce"});
    CHECK(doc.set().findings[0].review == "unreviewed");
    CHECK_FALSE(doc.modified());  // back at the saved state
    REQUIRE(doc.redo());
    CHECK(doc.set().findings[0].themes.size() == 2);
    CHECK(doc.modified());
}

TEST_CASE("an edit that changes nothing records nothing", "[document]") {
    FindingsDocument doc;
    doc.reset(fixtures::smallSet(), "");
    CHECK_FALSE(doc.setPolarity(0, "strength"));
    CHECK_FALSE(doc.setThemes(0, {"workforce"}));
    CHECK_FALSE(doc.canUndo());
    CHECK_FALSE(doc.modified());
}

TEST_CASE("the modified flag follows the saved position through undo and new edits", "[document]") {
    FindingsDocument doc;
    doc.reset(fixtures::smallSet(), "");
    doc.setPolarity(1, "strength");
    doc.setReview(2, "unreviewed");
    doc.markSaved("/tmp/saved.findings.json");
    CHECK_FALSE(doc.modified());
    CHECK(doc.title() == "saved.findings.json");
    doc.undo();
    CHECK(doc.modified());
    doc.redo();
    CHECK_FALSE(doc.modified());
    // Undo past the save, then a new edit: the saved state can never come back.
    doc.undo();
    doc.setAction(3, Action{"Recruit", "Head of service", "2025-01", "amber"});
    CHECK(doc.modified());
    doc.undo();
    CHECK(doc.modified());
}

TEST_CASE("confirming sets the review state and action edits keep it", "[document]") {
    FindingsDocument doc;
    doc.reset(fixtures::smallSet(), "");
    REQUIRE(doc.confirm(0));
    CHECK(doc.set().findings[0].review == "confirmed");
    CHECK(doc.undoLabel() == "Confirm Finding");
    REQUIRE(doc.setAction(0, Action{"Train managers", "PSW", "2025-03-31", "amber"}));
    CHECK(doc.set().findings[0].review == "confirmed");
    CHECK(doc.set().findings[0].action.owner == "PSW");
}

TEST_CASE("an import is one undoable step and renames colliding source ids", "[document]") {
    FindingsDocument doc;
    doc.reset(fixtures::smallSet(), "");
    findings::FindingsSet again = fixtures::smallSet();
    doc.appendImport(again, "Import of 1 File");
    REQUIRE(doc.set().findings.size() == 16);
    REQUIRE(doc.set().sources.size() == 6);
    CHECK(doc.set().sources[3].id == "letter~2");
    CHECK(doc.set().findings[8].source == "letter~2");
    CHECK(doc.sourceOf(8) == &doc.set().sources[3]);
    // Edits after the import undo first; then the import itself.
    doc.setPolarity(9, "strength");
    doc.undo();
    CHECK(doc.undoLabel() == "Import of 1 File");
    doc.undo();
    CHECK(doc.set().findings.size() == 8);
    CHECK(doc.set().sources.size() == 3);
    doc.redo();
    CHECK(doc.set().findings.size() == 16);
    CHECK(doc.set().findings[8].source == "letter~2");
}

TEST_CASE("source edits are undoable and keep findings attached", "[document]") {
    FindingsDocument doc;
    doc.reset(fixtures::smallSet(), "");
    Source corrected = doc.set().sources[1];
    corrected.visit.ordinal = 3;
    corrected.local_authority = "Wyvern County";
    REQUIRE(doc.setSource(1, corrected));
    CHECK(doc.set().sources[1].visit.ordinal == 3);
    CHECK(doc.sourceOf(3)->local_authority == "Wyvern County");
    doc.undo();
    CHECK(doc.set().sources[1].visit.ordinal == kNone);
}

TEST_CASE("listeners hear each change with its kind", "[document]") {
    FindingsDocument doc;
    std::vector<DocumentChange> heard;
    doc.subscribe([&](const DocumentChange& c) { heard.push_back(c); });
    doc.reset(fixtures::smallSet(), "");
    doc.setPolarity(4, "weakness");
    doc.appendImport(fixtures::smallSet(), "Import");
    doc.markSaved("/tmp/x.findings.json");
    REQUIRE(heard.size() == 4);
    CHECK(heard[0].kind == DocumentChange::Kind::Reset);
    CHECK(heard[1].kind == DocumentChange::Kind::FindingChanged);
    CHECK(heard[1].index == 4);
    CHECK(heard[2].kind == DocumentChange::Kind::Appended);
    CHECK(heard[3].kind == DocumentChange::Kind::StateChanged);
    CHECK(doc.revision() == 4);
}

TEST_CASE("a recovered document is modified until saved", "[document]") {
    FindingsDocument doc;
    doc.reset(fixtures::smallSet(), "/tmp/p.findings.json", true);
    CHECK(doc.modified());
    CHECK_FALSE(doc.canUndo());
    doc.markSaved("/tmp/p.findings.json");
    CHECK_FALSE(doc.modified());
}

TEST_CASE("a file already in the project is refused on import, with a sentence naming it", "[document]") {
    FindingsDocument doc;
    findings::FindingsSet first = fixtures::smallSet();
    first.sources[0].sha256 = std::string(64, 'c');
    first.sources[0].title = "Monitoring visit to Wyvern";
    doc.reset(first, "");
    findings::FindingsSet again = fixtures::smallSet();
    again.sources[0].sha256 = std::string(64, 'c');
    again.sources.erase(again.sources.begin() + 1, again.sources.end());
    again.findings.erase(std::remove_if(again.findings.begin(), again.findings.end(),
                                        [&](const Finding& f) { return f.source != again.sources[0].id; }),
                         again.findings.end());
    const auto refused = doc.appendImport(again, "Import of 1 File");
    REQUIRE(refused.size() == 1);
    CHECK(refused.front().find("Monitoring visit to Wyvern") != std::string::npos);
    CHECK(doc.set().findings.size() == 8);
    CHECK_FALSE(doc.canUndo());  // nothing was added, so there is nothing to undo
}

TEST_CASE("linking follow-ups is one undoable step that keeps a person's decisions", "[document]") {
    findings::FindingsSet set;
    Source report;
    report.id = "report";
    report.kind = "inspection_report";
    report.local_authority = "Wyvern";
    report.visit.end = "2022-10-07";
    Source letter = report;
    letter.id = "letter";
    letter.kind = "monitoring_letter";
    letter.visit.end = "2024-05-15";
    set.sources = {report, letter};
    Finding point;
    point.id = "p1";
    point.source = "report";
    point.kind = "improvement_point";
    point.text = "The quality and timeliness of pathway plans for care leavers.";
    Finding later;
    later.id = "f1";
    later.source = "letter";
    later.text = "Pathway plans for care leavers have improved and are now up to date.";
    later.polarity = "strength";
    set.findings = {point, later};

    FindingsDocument doc;
    doc.reset(set, "");
    const core::LinkReport report1 = doc.linkFollowUps(core::LinkSettings{});
    CHECK(report1.followUps == 1);
    REQUIRE(doc.set().findings[1].links.size() == 1);
    CHECK(doc.set().findings[1].links[0].target == "p1");
    CHECK(doc.set().findings[1].links[0].stance == "improved");
    CHECK(doc.undoLabel() == "Link Follow-ups");
    REQUIRE(doc.undo());
    CHECK(doc.set().findings[1].links.empty());
    REQUIRE(doc.redo());
    CHECK(doc.set().findings[1].links.size() == 1);
    // Linking again changes nothing, so records nothing.
    doc.linkFollowUps(core::LinkSettings{});
    CHECK(doc.undoLabel() == "Link Follow-ups");
    REQUIRE(doc.undo());
    CHECK_FALSE(doc.canUndo());
}

TEST_CASE("a merged workbook's edits are one undoable step; a set that is not this one's merge is refused",
          "[document][merge]") {
    FindingsDocument doc;
    doc.reset(fixtures::smallSet(), "/tmp/p.findings.json");
    const findings::FindingsSet before = doc.set();
    REQUIRE(before.findings.size() >= 2);
    findings::FindingsSet merged = before;
    merged.findings[0].action.status = "red";
    merged.findings[1].action.owner = "New Owner";
    CHECK(doc.applyMerged(merged, "Merge edited.xlsx") == 2);
    CHECK(doc.set().findings[0].action.status == "red");
    CHECK(doc.set().findings[1].action.owner == "New Owner");
    CHECK(doc.undoLabel() == "Merge edited.xlsx");
    REQUIRE(doc.undo());
    CHECK(doc.set().findings == before.findings);
    CHECK_FALSE(doc.modified());
    REQUIRE(doc.redo());
    CHECK(doc.set().findings[0].action.status == "red");

    // Nothing differs: nothing recorded.
    CHECK(doc.applyMerged(doc.set(), "Merge again") == 0);
    CHECK(doc.undoLabel() == "Merge edited.xlsx");
    // Another set's findings are never written over this one's.
    findings::FindingsSet other = before;
    other.findings.pop_back();
    CHECK_THROWS(doc.applyMerged(other, "Merge other"));
    other = before;
    other.findings[0].id = "someone-else";
    CHECK_THROWS(doc.applyMerged(other, "Merge other"));
}
