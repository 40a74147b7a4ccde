// Format 1.1: roles, kinds and links through JSON, the C ABI and the validator; a 1.0
// document reads and writes back without loss.
#include "link_fixtures.hpp"

#include <findings/format/findings_json.hpp>
#include <findings/format/validator.hpp>
#include <findings/sdk/convert.hpp>

#include <catch2/catch.hpp>

#include <cstddef>

using namespace findings;

namespace {

FindingsSet linkedSet() {
    FindingsSet set = link_fixtures::wyvernChain();
    set.sources[0].role = "inspection";
    Finding& f = set.findings[4];
    f.links.push_back({"report-p1", "follows_up", "improved", 0.82, "auto", "proposed",
                       "care leavers · pathway plans"});
    f.links.push_back({"report-p3", "follows_up", "", -1, "person", "rejected", ""});
    return set;
}

bool hasProblemAt(const std::vector<ValidationProblem>& problems, const std::string& path,
                  const std::string& words) {
    for (const auto& p : problems)
        if (p.path == path && p.message.find(words) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("roles, kinds and links round-trip through a 1.1 document and validate") {
    const FindingsSet set = linkedSet();
    const std::string json = findingsToJson(set);
    CHECK(json.find("\"version\": \"1.1\"") != std::string::npos);
    const FindingsSet back = parseFindingsJson(json);
    REQUIRE(back.findings.size() == set.findings.size());
    CHECK(back.sources == set.sources);
    CHECK(back.findings == set.findings);
    CHECK(back.findings[0].kind == "improvement_point");
    REQUIRE(back.findings[4].links.size() == 2);
    CHECK(back.findings[4].links[0].evidence == "care leavers · pathway plans");
    CHECK(back.findings[4].links[1].confidence < 0);
    CHECK(validateFindingsJson(json).empty());
}

TEST_CASE("a 1.0 document reads with the 1.1 defaults and writes back without loss") {
    const std::string v10 = R"({"format": "findings", "version": "1.0",
      "sources": [{"id": "s1", "kind": "press_release", "title": "Council welcomes report"},
                  {"id": "s2", "kind": "inspection_report"}],
      "findings": [{"id": "s2-0001", "source": "s2", "section": "What needs to improve?",
                    "text": "Pathway plans.", "themes": ["care_leavers"], "review": "unreviewed",
                    "action": {"text": "Pathway plans.", "owner": "Head of service"}}]})";
    CHECK(validateFindingsJson(v10).empty());
    const FindingsSet set = parseFindingsJson(v10);
    CHECK(set.sources[0].role.empty());
    CHECK(roleOf(set.sources[0]) == "commentary");
    CHECK(roleOf(set.sources[1]) == "inspection");
    CHECK(kindOf(set.findings[0]) == "finding");
    // A 1.0 document keeps the action fields it has.
    CHECK(set.findings[0].action.text == "Pathway plans.");
    const FindingsSet again = parseFindingsJson(findingsToJson(set));
    CHECK(again.sources == set.sources);
    CHECK(again.findings == set.findings);
}

TEST_CASE("validate names a link whose target is missing, and bad link values") {
    FindingsSet set = linkedSet();
    set.findings[4].links[0].target = "no-such-finding";
    set.findings[4].links[1].stance = "better";
    set.findings[5].links.push_back({"letter-f2", "same_as", "", 7.5, "auto", "proposed", ""});
    set.sources[1].role = "evidence";
    const auto problems = validateFindingsJson(findingsToJson(set));
    CHECK(hasProblemAt(problems, "$.findings[4].links[0].target", "no-such-finding"));
    CHECK(hasProblemAt(problems, "$.findings[4].links[1].stance", "is not one of"));
    CHECK(hasProblemAt(problems, "$.findings[5].links[0].target", "to itself"));
    CHECK(hasProblemAt(problems, "$.findings[5].links[0].confidence", "at most 1"));
    CHECK(hasProblemAt(problems, "$.sources[1].role", "is not one of"));
}

TEST_CASE("links and kinds cross the C ABI, and a 1.0 plugin's shorter records read as before") {
    const FindingsSet set = linkedSet();
    const Finding& f = set.findings[4];
    CFinding c(f);
    CHECK(fromC(*c.get()) == f);
    CSource cs(set.sources[0]);
    CHECK(fromC(*cs.get()) == set.sources[0]);

    // A plugin built against 1.0 knows fnd_finding only up to property_count.
    fnd_finding old = *c.get();
    old.struct_size = static_cast<uint32_t>(offsetof(fnd_finding, property_count) + sizeof(size_t));
    const Finding read = fromC(old);
    CHECK(read.kind.empty());
    CHECK(read.links.empty());
    CHECK(read.text == f.text);
    fnd_source oldSource = *cs.get();
    oldSource.struct_size = static_cast<uint32_t>(offsetof(fnd_source, property_count) + sizeof(size_t));
    CHECK(fromC(oldSource).role.empty());
}
