// The concept layer's file and matching, the terms beneath it, and the stance cues.
#include "link_fixtures.hpp"

#include <findings/core/link/concepts.hpp>
#include <findings/core/link/stance.hpp>
#include <findings/core/link/terms.hpp>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace findings::core::link;

namespace {

std::vector<std::string> conceptIds(const ConceptLayer& layer, const TermAnalyzer& a, const std::string& text) {
    std::vector<std::string> out;
    for (const ConceptHit& h : layer.match(a.terms(text))) out.push_back(layer.concepts()[h.concept].id);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::string errorOf(const std::string& json, const TermAnalyzer& a) {
    try {
        ConceptLayer::parse(json, "mine.json", a);
    } catch (const ConceptFileError& e) {
        return e.what();
    }
    return "";
}

}  // namespace

TEST_CASE("terms are stemmed content words; possessives and curly quotes do not make words") {
    TermAnalyzer a;
    CHECK(a.stems("Assessments were assessed") == std::vector<std::string>{"assess", "assess"});
    CHECK(a.stems("the children’s plans") == std::vector<std::string>{"children", "plan"});
    CHECK(a.stems("children's “voice” — heard") == std::vector<std::string>{"children", "voic", "heard"});
}

TEST_CASE("concepts are found in their surface forms, and a longer form of another concept wins") {
    TermAnalyzer a;
    const ConceptLayer layer = ConceptLayer::parse(link_fixtures::kConceptsJson, "concepts.json", a);
    CHECK(conceptIds(layer, a, "Care-experienced young people meet their YPA") ==
          std::vector<std::string>{"care_leavers", "personal_advisers"});
    CHECK(conceptIds(layer, a, "contacts to the MARAT") == std::vector<std::string>{"front_door"});
    CHECK(conceptIds(layer, a, "children in need of protection") == std::vector<std::string>{"child_protection"});
    CHECK(conceptIds(layer, a, "children in need and their plans") == std::vector<std::string>{"children_in_need"});
    CHECK(layer.isGeneric(a.stem("oversight")));
}

TEST_CASE("a concept file with a mistake is named with its line") {
    TermAnalyzer a;
    const std::string noForms = "{\"format\": \"findings-concepts\", \"version\": 1,\n"
                                "\"concepts\": [\n"
                                "  {\"id\": \"a\", \"forms\": [\"front door\"]},\n"
                                "  {\"id\": \"b\", \"label\": \"B\"}\n"
                                "]}";
    CHECK(errorOf(noForms, a) == "mine.json:4: concept 2 (b) has no \"forms\"");
    const std::string twice = "{\"format\": \"findings-concepts\", \"concepts\": [\n"
                              "{\"id\": \"a\", \"forms\": [\"x ray\"]},\n{\"id\": \"a\", \"forms\": [\"y ray\"]}]}";
    CHECK(errorOf(twice, a) == "mine.json:3: concept 2: the id \"a\" is used twice");
    const std::string stopOnly = "{\"format\": \"findings-concepts\", \"concepts\": [\n"
                                 "{\"id\": \"a\", \"forms\": [\"of the\"]}]}";
    CHECK(errorOf(stopOnly, a).find("mine.json:2: concept 1 (a): the form \"of the\" has only stop words") == 0);
    CHECK(errorOf("{\"format\": \"findings-concepts\", \"concepts\": [", a).find("mine.json: not valid JSON") == 0);
    CHECK(errorOf("{\"format\": \"themes\"}", a).find("not a concept file") != std::string::npos);
}

TEST_CASE("a user's concept file extends the shipped one") {
    TermAnalyzer a;
    ConceptLayer layer = ConceptLayer::parse(link_fixtures::kConceptsJson, "concepts.json", a);
    const size_t shipped = layer.concepts().size();
    layer.extend(ConceptLayer::parse(R"({"format": "findings-concepts", "concepts": [
        {"id": "front_door", "label": "CHAT", "forms": ["children's help and advice team"]},
        {"id": "young_carers", "label": "young carers", "forms": ["young carers"]}]})", "user.json", a));
    CHECK(layer.concepts().size() == shipped + 1);
    CHECK(conceptIds(layer, a, "the children's help and advice team") == std::vector<std::string>{"front_door"});
    CHECK(conceptIds(layer, a, "the MASH").empty());  // the user's front_door replaced the shipped one
    CHECK(layer.paths().back() == "user.json");
}

TEST_CASE("stance follows the inspectors' words about progress") {
    CHECK(stanceOf(stanceCues("Pathway plans have improved and are now up to date."), "") == "improved");
    CHECK(stanceOf(stanceCues("Assessments remain too variable in quality."), "") == "not_improved");
    CHECK(stanceOf(stanceCues("Caseloads are no longer too high."), "") == "improved");
    CHECK(stanceOf(stanceCues("Although supervision has improved, it is still not always recorded."), "") == "mixed");
    CHECK(stanceOf(stanceCues("Supervision is not always effective."), "") == "not_improved");
    CHECK(stanceOf(stanceCues("A new protocol was recently launched; it is too early to see its impact."), "") == "unclear");
    // No cue at all: the finding's own polarity decides.
    CHECK(stanceOf(stanceCues("Social workers visit children."), "strength") == "improved");
    CHECK(stanceOf(stanceCues("Social workers visit children."), "") == "unclear");
}
