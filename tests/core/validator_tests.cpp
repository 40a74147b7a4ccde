// `findings validate`: the schema interpreter and the cross-reference rules.
#include <catch2/catch.hpp>

#include <findings/format/findings_json.hpp>
#include <findings/format/validator.hpp>

using namespace findings;

namespace {

bool hasProblem(const std::vector<ValidationProblem>& problems, const std::string& path,
                const std::string& words) {
    for (const auto& p : problems)
        if (p.path == path && p.message.find(words) != std::string::npos) return true;
    return false;
}

const char* kValid = R"({"format":"findings","version":"1.0",
  "sources":[{"id":"s1","kind":"monitoring_letter","date":"2024-03","visit":{"ordinal":4}}],
  "findings":[{"id":"f1","source":"s1","text":"Good.","polarity":"strength","confidence":0.5,
               "action":{"status":"amber","due":"2025-03-31"}}]})";

}  // namespace

TEST_CASE("a valid document has no problems", "[validate]") {
    CHECK(validateFindingsJson(kValid).empty());
}

TEST_CASE("the writer's own output validates", "[validate]") {
    FindingsSet set = parseFindingsJson(kValid);
    set.findings[0].themes = {"workforce"};
    set.findings[0].location.line_start = 1;
    CHECK(validateFindingsJson(findingsToJson(set)).empty());
}

TEST_CASE("a value outside an enumeration is reported at its path", "[validate]") {
    std::string doc = kValid;
    doc.replace(doc.find("\"strength\""), 10, "\"good\"");
    const auto problems = validateFindingsJson(doc);
    CHECK(hasProblem(problems, "$.findings[0].polarity", "not one of"));
}

TEST_CASE("a finding whose source does not exist is reported", "[validate]") {
    std::string doc = kValid;
    doc.replace(doc.find("\"source\":\"s1\""), 13, "\"source\":\"s9\"");
    CHECK(hasProblem(validateFindingsJson(doc), "$.findings[0].source", "\"s9\""));
}

TEST_CASE("duplicate ids are reported", "[validate]") {
    const std::string doc = R"({"format":"findings","version":"1.0",
      "sources":[{"id":"s","kind":"other"},{"id":"s","kind":"other"}],
      "findings":[{"id":"f","source":"s","text":"a"},{"id":"f","source":"s","text":"b"}]})";
    const auto problems = validateFindingsJson(doc);
    CHECK(hasProblem(problems, "$.sources[1].id", "duplicate"));
    CHECK(hasProblem(problems, "$.findings[1].id", "duplicate"));
}

TEST_CASE("dates must be ISO 8601 days or months", "[validate]") {
    std::string doc = kValid;
    doc.replace(doc.find("\"2024-03\""), 9, "\"27/03/2024\"");
    CHECK(hasProblem(validateFindingsJson(doc), "$.sources[0].date", "pattern"));
}

TEST_CASE("missing required keys and unknown keys are reported", "[validate]") {
    const std::string doc = R"({"format":"findings","version":"1.0","sources":[],
      "findings":[{"id":"f","source":"s","colour":"red"}]})";
    const auto problems = validateFindingsJson(doc);
    CHECK(hasProblem(problems, "$.findings[0]", "\"text\""));
    CHECK(hasProblem(problems, "$.findings[0].colour", "not a key"));
}

TEST_CASE("a 2.x document gets one clear problem", "[validate]") {
    const auto problems =
        validateFindingsJson(R"({"format":"findings","version":"2.1","sources":[],"findings":[]})");
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].message.find("2.1") != std::string::npos);
}
