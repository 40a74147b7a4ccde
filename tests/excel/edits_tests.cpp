// applyEdits on its own: what counts as an edit, where it came from, conflicts between the
// two sheets, and cells that cannot be read.
#include <catch2/catch.hpp>

#include "record_strings.hpp"

#include <findings/excel/roundtrip.hpp>

#include <iterator>
#include <string>
#include <vector>

using namespace findings;
using namespace findings::excel;

namespace {

Finding base() {
    Finding f;
    f.id = "f1";
    f.source = "s1";
    f.text = "Too many changes of social worker.";
    f.themes = {"workforce", "care_leavers"};
    f.polarity = "weakness";
    f.review = "unreviewed";
    f.action = {"Recruit team managers", "Head of Service", "2025-06", "red"};
    f.properties = {{"k", "v"}};
    f.location.line_start = 4;
    return f;
}

/// Labels as a taxonomy would give them.
std::string idFor(std::string_view label) {
    if (label == "Workforce") return "workforce";
    if (label == "Care leavers") return "care_leavers";
    if (label == "Assessment") return "assessment";
    return {};
}

/// The row exactly as the exporter wrote it for base().
RowCells untouchedFindingsRow() {
    return {{Field::Themes, "Workforce; Care leavers"},
            {Field::Polarity, "Weakness"},
            {Field::ActionText, "Recruit team managers"},
            {Field::ActionOwner, "Head of Service"},
            {Field::ActionDue, "2025-06-01"},
            {Field::ActionStatus, "Red"},
            {Field::Review, "Unreviewed"}};
}

RowCells untouchedActionsRow() {
    return {{Field::ActionText, "Recruit team managers"},
            {Field::ActionOwner, "Head of Service"},
            {Field::ActionDue, "45809"},
            {Field::ActionStatus, "Red"}};
}

}  // namespace

TEST_CASE("untouched rows change nothing", "[roundtrip][edits]") {
    const RowCells f = untouchedFindingsRow(), a = untouchedActionsRow();
    const EditResult r = applyEdits(base(), &f, &a, idFor);
    CHECK(r.changes.empty());
    CHECK(r.conflicts.empty());
    CHECK(r.notices.empty());
    CHECK(r.finding == base());
}

TEST_CASE("missing rows and sheets change nothing", "[roundtrip][edits]") {
    const EditResult r = applyEdits(base(), nullptr, nullptr, idFor);
    CHECK(r.changes.empty());
    CHECK(r.finding == base());
}

TEST_CASE("an edit on the Findings sheet is applied and reported", "[roundtrip][edits]") {
    RowCells f = untouchedFindingsRow();
    f[Field::ActionStatus] = "Green";
    const EditResult r = applyEdits(base(), &f, nullptr, idFor);
    REQUIRE(r.changes.size() == 1);
    CHECK(r.changes[0].findingId == "f1");
    CHECK(r.changes[0].field == Field::ActionStatus);
    CHECK(r.changes[0].before == "red");
    CHECK(r.changes[0].after == "green");
    CHECK(r.changes[0].where == EditSource::FindingsSheet);
    CHECK(r.finding.action.status == "green");
    CHECK(r.finding.properties == base().properties);
}

TEST_CASE("an edit on the Actions sheet is applied and reported", "[roundtrip][edits]") {
    RowCells a = untouchedActionsRow();
    a[Field::ActionOwner] = "  Priya Shah ";
    a[Field::ActionDue] = "45930";  // 2025-09-30
    const RowCells f = untouchedFindingsRow();
    const EditResult r = applyEdits(base(), &f, &a, idFor);
    REQUIRE(r.changes.size() == 2);
    CHECK(r.finding.action.owner == "Priya Shah");
    CHECK(r.finding.action.due == "2025-09-30");
    for (const auto& c : r.changes) CHECK(c.where == EditSource::ActionsSheet);
}

TEST_CASE("the same edit on both sheets is one change", "[roundtrip][edits]") {
    RowCells f = untouchedFindingsRow(), a = untouchedActionsRow();
    f[Field::ActionStatus] = "Amber";
    a[Field::ActionStatus] = "amber";
    const EditResult r = applyEdits(base(), &f, &a, idFor);
    REQUIRE(r.changes.size() == 1);
    CHECK(r.changes[0].where == EditSource::BothSheets);
    CHECK(r.conflicts.empty());
    CHECK(r.finding.action.status == "amber");
}

TEST_CASE("different edits of one field on the two sheets conflict and keep the original",
          "[roundtrip][edits]") {
    RowCells f = untouchedFindingsRow(), a = untouchedActionsRow();
    f[Field::ActionStatus] = "Amber";
    a[Field::ActionStatus] = "Complete";
    f[Field::ActionOwner] = "Jo Bloggs";  // a change elsewhere still goes through
    const EditResult r = applyEdits(base(), &f, &a, idFor);
    REQUIRE(r.conflicts.size() == 1);
    CHECK(r.conflicts[0].field == Field::ActionStatus);
    CHECK(r.conflicts[0].findingsSheetValue == "amber");
    CHECK(r.conflicts[0].actionsSheetValue == "complete");
    CHECK(r.finding.action.status == "red");
    REQUIRE(r.changes.size() == 1);
    CHECK(r.finding.action.owner == "Jo Bloggs");
}

TEST_CASE("themes are edited by label and stored as ids", "[roundtrip][edits]") {
    RowCells f = untouchedFindingsRow();
    f[Field::Themes] = "Assessment;\nWorkforce";
    const EditResult r = applyEdits(base(), &f, nullptr, idFor);
    REQUIRE(r.changes.size() == 1);
    CHECK(r.changes[0].before == "workforce; care_leavers");
    CHECK(r.changes[0].after == "assessment; workforce");
    CHECK(r.finding.themes == std::vector<std::string>{"assessment", "workforce"});
}

TEST_CASE("theme ids typed as such are understood without a taxonomy", "[roundtrip][edits]") {
    RowCells f{{Field::Themes, "workforce; care_leavers"}};
    CHECK(applyEdits(base(), &f, nullptr, {}).changes.empty());
}

TEST_CASE("unreadable cells give a notice and keep the original", "[roundtrip][edits]") {
    RowCells f = untouchedFindingsRow();
    f[Field::Themes] = "Workforce; Astrology";
    f[Field::ActionStatus] = "Purple";
    f[Field::ActionDue] = "soon";
    f[Field::Review] = "maybe";
    const EditResult r = applyEdits(base(), &f, nullptr, idFor);
    CHECK(r.changes.empty());
    REQUIRE(r.notices.size() == 4);
    CHECK_THAT(r.notices[0].message, Catch::Contains("Astrology"));
    CHECK(r.notices[0].where == EditSource::FindingsSheet);
    CHECK(r.finding == base());
}

TEST_CASE("a month-only due date reads back unchanged; a new day is an edit",
          "[roundtrip][edits]") {
    RowCells f{{Field::ActionDue, "2025-06-01"}};
    CHECK(applyEdits(base(), &f, nullptr, idFor).changes.empty());
    f[Field::ActionDue] = "2025-06-15";
    CHECK(applyEdits(base(), &f, nullptr, idFor).finding.action.due == "2025-06-15");
    f[Field::ActionDue] = "";
    CHECK(applyEdits(base(), &f, nullptr, idFor).finding.action.due.empty());
}

TEST_CASE("text compares without surrounding space and with LF line ends", "[roundtrip][edits]") {
    Finding b = base();
    b.action.text = "Line one\nLine two";
    RowCells f{{Field::ActionText, "Line one\r\nLine two "}};
    CHECK(applyEdits(b, &f, nullptr, idFor).changes.empty());
}

TEST_CASE("an empty review and Unreviewed are the same", "[roundtrip][edits]") {
    Finding b = base();
    b.review = "";
    RowCells f{{Field::Review, "Unreviewed"}};
    CHECK(applyEdits(b, &f, nullptr, idFor).changes.empty());
    f[Field::Review] = "Edited";
    const EditResult r = applyEdits(b, &f, nullptr, idFor);
    REQUIRE(r.changes.size() == 1);
    CHECK(r.changes[0].before == "unreviewed");
    CHECK(r.finding.review == "edited");
}

TEST_CASE("the editable columns and field names are the contract with the importer",
          "[roundtrip][edits]") {
    std::vector<std::string> headers;
    for (const auto& c : editableColumns()) headers.push_back(c.header);
    CHECK(headers == std::vector<std::string>{"Themes", "Strength/weakness", "Action", "Owner",
                                              "Due", "Status", "Review"});
    // One column per field of the SDK's one list, so the workbook carries back exactly what
    // the host's merge takes.
    std::vector<Field> fields;
    for (const auto& c : editableColumns()) fields.push_back(c.field);
    CHECK(fields == std::vector<Field>(std::begin(kEditableFields), std::end(kEditableFields)));
    CHECK(editableFieldName(Field::ActionStatus) == "action.status");
    CHECK(editableFieldName(Field::Themes) == "themes");
    CHECK(std::string(kIdHeader) == "Id");
}

TEST_CASE("a polarity corrected on the Findings sheet is applied; one that is not a polarity is not",
          "[roundtrip][edits]") {
    RowCells f = untouchedFindingsRow();
    f[Field::Polarity] = "  strength ";  // any case, stray spaces
    EditResult r = applyEdits(base(), &f, nullptr, idFor);
    REQUIRE(r.changes.size() == 1);
    CHECK(r.changes[0].field == Field::Polarity);
    CHECK(r.changes[0].before == "weakness");
    CHECK(r.changes[0].after == "strength");
    CHECK(r.finding.polarity == "strength");
    CHECK(editableFieldName(r.changes[0].field) == "polarity");

    for (const char* cell : {"Purple", ""}) {
        INFO("cell \"" << cell << "\"");
        f[Field::Polarity] = cell;
        r = applyEdits(base(), &f, nullptr, idFor);
        CHECK(r.changes.empty());
        REQUIRE(r.notices.size() == 1);
        CHECK(r.notices[0].field == Field::Polarity);
        CHECK(r.notices[0].message.find("is not a polarity (Strength, Weakness, Mixed or Neutral)") !=
              std::string::npos);
        CHECK(r.finding.polarity == "weakness");
    }
}
