// Theme selection and ordering with the shipped taxonomy.
#include "findings/classify/classifier.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using findings::classify::Classifier;
using findings::classify::Taxonomy;

namespace {

const Classifier& shipped() {
    static const Classifier classifier(Taxonomy::load(CLASSIFY_THEMES_JSON));
    return classifier;
}

bool contains(const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
}

}  // namespace

TEST_CASE("the theme with more and more specific evidence comes first", "[classify]") {
    const auto themes = shipped().classify(
        "Pathway plans for care leavers are not updated, and care leavers do not know their "
        "entitlements. Some personal advisers visit often.").themes;
    REQUIRE(themes.size() >= 2);
    CHECK(themes[0] == "care_leavers");
    CHECK(contains(themes, "personal_advisers"));
}

TEST_CASE("a lone generic hit is dropped when a stronger theme exists", "[classify]") {
    // "staff" is generic workforce evidence; the paragraph is about the MASH.
    const auto themes = shipped().classify(
        "Contacts and referrals to the MASH are screened promptly by staff, and thresholds are "
        "applied well at the front door.").themes;
    REQUIRE_FALSE(themes.empty());
    CHECK(themes.front() == "front_door");
    CHECK_FALSE(contains(themes, "workforce"));
}

TEST_CASE("a paragraph gets at most four themes", "[classify]") {
    const auto themes = shipped().classify(
        "Care leavers, children in care, unaccompanied asylum-seeking children, disabled children "
        "and children in need all benefit from early help, the MASH, pathway plans, supervision, "
        "audits, court work under the public law outline and mental health services.").themes;
    CHECK(themes.size() == 4);
}

TEST_CASE("text without any theme evidence gets no themes", "[classify]") {
    CHECK(shipped().classify("The weather in March was mild and dry.").themes.empty());
    CHECK(shipped().classify("").themes.empty());
}

TEST_CASE("a step-down and a re-referral are found whatever the hyphenation", "[classify]") {
    const auto a = shipped().classify("Cases are stepped down to early help; re-referral rates fell.").themes;
    const auto b = shipped().classify("Step down to Early Help works; re referrals are rare.").themes;
    CHECK(contains(a, "early_help"));
    CHECK(contains(a, "front_door"));
    CHECK(contains(b, "early_help"));
    CHECK(contains(b, "front_door"));
}

// Phrasings of older reports that the corpus left without any theme: the safeguarding board
// (LSCB), out-of-hours duty, electronic recording systems and consultation with service users.
TEST_CASE("older report phrasings find their themes", "[classify][taxonomy]") {
    CHECK(contains(shipped().classify("Ensure that the LSCB business unit is able to support the board.").themes,
                   "partnership"));
    CHECK(contains(shipped().classify("Urgent needs are met outside of normal office hours.").themes, "front_door"));
    CHECK(contains(shipped().classify("Adjustments to the authority's electronic systems were identified.").themes,
                   "performance_data"));
    CHECK(contains(shipped().classify("Recent consultation with service users shaped the specifications.").themes,
                   "voice_of_child"));
    CHECK(contains(shipped().classify("The chosen model of practice is helping social workers.").themes,
                   "training_learning"));
}
