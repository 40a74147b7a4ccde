// The record check at the import sink (sdk/record_check): each rule on C++ records, and the
// enumerations of records.hpp kept equal to the schema's, so the check and `findings
// validate` cannot drift apart.
#include <catch2/catch.hpp>

#include <findings/check/record_check.hpp>
#include <findings/check/record_ids.hpp>
#include <findings/format/json_reader.hpp>
#include <findings/format/validator.hpp>

#include <cmath>
#include <functional>
#include <map>
#include <optional>
#include <set>

using namespace findings;
using findings::check::RecordProblem;

namespace {

Source goodSource() {
    Source s;
    s.id = "s1";
    s.kind = "monitoring_letter";
    s.date = "2024-03-05";
    s.sha256 = std::string(64, 'a');
    s.visit.ordinal = 2;
    return s;
}

Finding goodFinding(const std::string& id = "f1") {
    Finding f;
    f.id = id;
    f.source = "s1";
    f.text = "Leaders know their services well.";
    f.polarity = "strength";
    f.confidence = 0.5;
    f.location.line_start = 3;
    f.location.char_start = 0;
    f.action.due = "2025-03";
    f.action.status = "amber";
    return f;
}

/// The problems of one source and these findings.
check::RecordChecker run(const Source& s, const std::vector<Finding>& findings) {
    return check::checkRecords({s}, findings);
}

std::string firstProblem(const check::RecordChecker& c) {
    REQUIRE_FALSE(c.problems().empty());
    return check::describe(c.problems().front());
}

}  // namespace

TEST_CASE("good records pass the record check", "[record-check]") {
    const auto c = run(goodSource(), {goodFinding("f1"), goodFinding("f2")});
    CHECK(c.ok());
    CHECK(c.problems().empty());
}

TEST_CASE("an unknown polarity names the record, the field and the allowed values", "[record-check]") {
    Finding f = goodFinding("f-3");
    f.polarity = "good";
    const auto c = run(goodSource(), {goodFinding("f1"), goodFinding("f2"), f});
    CHECK(firstProblem(c) ==
          "finding #3 (id \"f-3\"): polarity \"good\" is not one of strength, weakness, mixed, neutral");
    CHECK(check::describeProblems("uk.x.bad", c.problems(), c.problemCount()) ==
          "uk.x.bad emitted finding #3 (id \"f-3\"): polarity \"good\" is not one of strength, "
          "weakness, mixed, neutral");
}

TEST_CASE("every enumerated field is checked", "[record-check]") {
    using Mutate = std::function<void(Source&, Finding&)>;
    const std::map<std::string, Mutate> cases{
        {"kind", [](Source& s, Finding&) { s.kind = "letter"; }},
        {"role", [](Source& s, Finding&) { s.role = "evidence"; }},
        {"previous_judgement.grade", [](Source& s, Finding&) { s.previous_judgement.grade = "fine"; }},
        {"judgements[0].grade", [](Source& s, Finding&) { s.judgements.push_back({"Leaders", "ok"}); }},
        {"review", [](Source&, Finding& f) { f.review = "checked"; }},
        {"action.status", [](Source&, Finding& f) { f.action.status = "blue"; }},
        {"links[0].relation", [](Source&, Finding& f) { f.links.push_back({"f0", "cites", "", -1, "", "", ""}); }},
        {"links[0].stance", [](Source&, Finding& f) { f.links.push_back({"f0", "follows_up", "better", -1, "", "", ""}); }},
        {"links[0].origin", [](Source&, Finding& f) { f.links.push_back({"f0", "follows_up", "", -1, "robot", "", ""}); }},
        {"links[0].review", [](Source&, Finding& f) { f.links.push_back({"f0", "follows_up", "", -1, "", "maybe", ""}); }},
    };
    for (const auto& [field, mutate] : cases) {
        Source s = goodSource();
        Finding f0 = goodFinding("f0"), f = goodFinding("f1");
        mutate(s, f);
        const auto c = run(s, {f0, f});
        INFO(field);
        REQUIRE(c.problemCount() == 1);
        CHECK(c.problems()[0].field == field);
        CHECK(c.problems()[0].message.find("is not one of") != std::string::npos);
    }
    Finding kindless = goodFinding();
    kindless.kind = "observation";
    CHECK(run(goodSource(), {kindless}).problems().at(0).field == "kind");
}

TEST_CASE("confidences must be 0..1 or absent", "[record-check]") {
    Finding f = goodFinding();
    f.confidence = 7.5;
    CHECK(firstProblem(run(goodSource(), {f})) == "finding #1 (id \"f1\"): confidence 7.5 is outside 0..1");
    f.confidence = std::nan("");
    CHECK(run(goodSource(), {f}).problems().at(0).field == "confidence");
    f.confidence = -1;  // absent
    CHECK(run(goodSource(), {f}).ok());
    f.confidence = 1;
    f.links.push_back({"f0", "same_as", "", 1.5, "", "", ""});
    Finding target = goodFinding("f0");
    const auto c = run(goodSource(), {target, f});
    REQUIRE(c.problemCount() == 1);
    CHECK(c.problems()[0].field == "links[0].confidence");
}

TEST_CASE("location numbers count from 1, offsets and paragraphs from 0", "[record-check]") {
    for (const char* field : {"line_start", "line_end", "page", "row", "column"}) {
        Finding f = goodFinding();
        Location& l = f.location;
        std::map<std::string, std::int64_t*> slot{{"line_start", &l.line_start}, {"line_end", &l.line_end},
                                                  {"page", &l.page}, {"row", &l.row}, {"column", &l.column}};
        *slot[field] = 0;
        const auto c = run(goodSource(), {f});
        INFO(field);
        REQUIRE(c.problemCount() == 1);
        CHECK(c.problems()[0].field == std::string("location.") + field);
        CHECK(c.problems()[0].message.rfind("0 is less than 1", 0) == 0);
    }
    Finding f = goodFinding();
    f.location.char_start = 0;
    f.paragraph = 0;
    CHECK(run(goodSource(), {f}).ok());
    f.location.char_end = -5;
    CHECK(firstProblem(run(goodSource(), {f})) == "finding #1 (id \"f1\"): location.char_end -5 is less than 0");
    Source s = goodSource();
    s.visit.ordinal = 0;
    CHECK(run(s, {goodFinding()}).problems().at(0).field == "visit.ordinal");
}

TEST_CASE("dates must be ISO days of the calendar", "[record-check]") {
    Source s = goodSource();
    s.date = "05/03/2024";
    CHECK(firstProblem(run(s, {})) ==
          "source #1 (id \"s1\"): date \"05/03/2024\" is not a day of the calendar in ISO form "
          "(YYYY-MM-DD or YYYY-MM)");
    s.date = "2023-02-30";
    CHECK(run(s, {}).problemCount() == 1);
    s.date = "2024-02";  // a month alone is a date of the format
    CHECK(run(s, {}).ok());
    Finding f = goodFinding();
    f.action.due = "31/03/2025";
    CHECK(run(goodSource(), {f}).problems().at(0).field == "action.due");
    s = goodSource();
    s.visit.end = "2024-13-01";
    s.previous_judgement.date = "last year";
    const auto c = run(s, {});
    REQUIRE(c.problemCount() == 2);
    CHECK(c.problems()[0].field == "visit.end");
    CHECK(c.problems()[1].field == "previous_judgement.date");
}

TEST_CASE("every string must be valid UTF-8", "[record-check]") {
    Finding f = goodFinding();
    f.text = "Caf\xE9 culture";  // Latin-1, not UTF-8
    CHECK(firstProblem(run(goodSource(), {f})) == "finding #1 (id \"f1\"): text is not valid UTF-8");
    f = goodFinding();
    f.themes = {"ok", "\xC0\xAF"};  // an overlong slash
    CHECK(run(goodSource(), {f}).problems().at(0).field == "themes[1]");
    f = goodFinding();
    f.properties = {{"Owner", "J\xFF"}};
    CHECK(run(goodSource(), {f}).problems().at(0).field == "properties.Owner");
    Source s = goodSource();
    s.people.push_back({"Ann \xED\xA0\x80", ""});  // a surrogate
    CHECK(run(s, {}).problems().at(0).field == "people[0].name");
}

TEST_CASE("a finding must name a source of the file", "[record-check]") {
    Finding f = goodFinding("f9");
    f.source = "nowhere";
    CHECK(firstProblem(run(goodSource(), {f})) ==
          "finding #1 (id \"f9\"): source \"nowhere\" names no source of this file");
    f.source.clear();  // the host fills it with the file's first source
    CHECK(run(goodSource(), {f}).ok());
}

TEST_CASE("source ids and finding ids are unique within a file", "[record-check]") {
    const auto findings = check::checkRecords({goodSource()}, {goodFinding("f1"), goodFinding("f2"), goodFinding("f1")});
    REQUIRE(findings.problemCount() == 1);
    CHECK(check::describe(findings.problems()[0]) ==
          "finding #3 (id \"f1\"): id \"f1\" is also the id of finding #1");
    const auto sources = check::checkRecords({goodSource(), goodSource()}, {});
    REQUIRE(sources.problemCount() == 1);
    CHECK(sources.problems()[0].record == RecordProblem::Record::Source);
    CHECK(sources.problems()[0].index == 1);
}

TEST_CASE("links must name another finding of the file", "[record-check]") {
    Finding f = goodFinding("f1");
    f.links.push_back({"f1", "same_as", "", -1, "", "", ""});
    f.links.push_back({"f2", "follows_up", "improved", 0.8, "auto", "proposed", ""});  // forwards
    f.links.push_back({"f7", "follows_up", "", -1, "", "", ""});
    const auto c = run(goodSource(), {f, goodFinding("f2")});
    REQUIRE(c.problemCount() == 2);
    CHECK(check::describe(c.problems()[0]) == "finding #1 (id \"f1\"): links[0].target \"f1\" links the finding to itself");
    CHECK(check::describe(c.problems()[1]) == "finding #1 (id \"f1\"): links[2].target \"f7\" names no finding of this file");
}

TEST_CASE("the checker keeps the first problems and counts the rest", "[record-check]") {
    std::vector<Finding> many;
    for (int i = 0; i < 5000; ++i) {
        Finding f = goodFinding("f" + std::to_string(i));
        f.polarity = "good";
        many.push_back(f);
    }
    const auto c = check::checkRecords({goodSource()}, many, 10);
    CHECK(c.problemCount() == 5000);
    CHECK(c.problems().size() == 10);
    const std::string line = check::describeProblems("uk.x.bad", c.problems(), c.problemCount());
    CHECK(line.find("finding #3 (id \"f2\")") != std::string::npos);
    CHECK(line.find("finding #4") == std::string::npos);
    const std::string tail = "(and 4997 more problems)";
    CHECK(line.substr(line.size() - tail.size()) == tail);
}

namespace {

/// Every enum in the schema, by the JSON path of the property that holds it.
void collectEnums(const findings::JsonValue& v, const std::string& path,
                  std::map<std::string, std::set<std::string>>& out) {
    if (v.type != findings::JsonValue::Type::Object) return;
    for (size_t i = 0; i < v.keys.size(); ++i) {
        if (v.keys[i] == "enum") {
            std::set<std::string> values;
            for (const auto& item : v.values[i].items)
                if (item.isString()) values.insert(item.text);  // null is "absent"
            out[path] = values;
        } else {
            collectEnums(v.values[i], path + "/" + v.keys[i], out);
        }
    }
}

std::set<std::string> asSet(const std::vector<std::string_view>& values) {
    return {values.begin(), values.end()};
}

}  // namespace

TEST_CASE("the enumerations of records.hpp are the schema's", "[record-check][schema]") {
    std::map<std::string, std::set<std::string>> schema;
    collectEnums(findings::parseJson(findings::findingsSchemaText()), "", schema);
    std::set<std::string> statuses = asSet(actionStatuses());
    statuses.insert("");  // the schema allows an empty status: no status
    const std::map<std::string, std::set<std::string>> lists{
        {"/$defs/grade", asSet(grades())},
        {"/$defs/source/properties/kind", asSet(sourceKinds())},
        {"/$defs/source/properties/role", asSet(sourceRoles())},
        {"/$defs/finding/properties/kind", asSet(findingKinds())},
        {"/$defs/finding/properties/polarity", asSet(polarities())},
        {"/$defs/finding/properties/review", asSet(reviewStates())},
        {"/$defs/finding/properties/action/properties/status", statuses},
        {"/$defs/link/properties/relation", asSet(linkRelations())},
        {"/$defs/link/properties/stance", asSet(linkStances())},
        {"/$defs/link/properties/origin", asSet(linkOrigins())},
        {"/$defs/link/properties/review", asSet(linkReviews())},
    };
    // Both ways: a new enum in the schema needs its list here (and in the record check).
    for (const auto& [path, values] : schema) {
        INFO(path);
        REQUIRE(lists.count(path) == 1);
        CHECK(lists.at(path) == values);
    }
    CHECK(schema.size() == lists.size());
}

TEST_CASE("the id table finds every duplicate, however many ids came between", "[record-check]") {
    // Enough ids to grow the table many times, some a prefix of another: each is new once,
    // a repeat names the record that had it first, and lookups see exactly what was added.
    check::IdTable ids;
    int added = 0, repeatsFound = 0;
    for (std::size_t i = 0; i < 30000; ++i) added += !ids.add("f-" + std::to_string(i), i).has_value();
    for (std::size_t i = 0; i < 30000; i += 7) {
        const auto earlier = ids.add("f-" + std::to_string(i), 99999);
        repeatsFound += earlier && *earlier == i;
    }
    CHECK(added == 30000);
    CHECK(repeatsFound == 30000 / 7 + 1);
    CHECK(ids.contains("f-29999"));
    CHECK_FALSE(ids.contains("f-30000"));
    CHECK_FALSE(ids.contains("f-"));
    CHECK_FALSE(ids.add("", 5).has_value());
    CHECK(ids.contains(""));
    CHECK(ids.add("", 6) == std::optional<std::size_t>(5));
}
