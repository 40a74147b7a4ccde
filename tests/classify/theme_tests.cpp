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
        "entitlements. Personal advisers visit often. Personal advisers do not review the plans.").themes;
    REQUIRE(themes.size() >= 2);
    CHECK(themes[0] == "care_leavers");
    CHECK(themes[1] == "personal_advisers");
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

TEST_CASE("a paragraph gets at most three themes", "[classify]") {
    const auto themes = shipped().classify(
        "Care leavers, children in care, unaccompanied asylum-seeking children, disabled children "
        "and children in need all benefit from early help, the MASH, pathway plans, supervision, "
        "audits, court work under the public law outline and mental health services.").themes;
    CHECK(themes.size() == 3);
}

TEST_CASE("text without any theme evidence gets no themes", "[classify]") {
    CHECK(shipped().classify("The weather in March was mild and dry.").themes.empty());
    CHECK(shipped().classify("").themes.empty());
}

TEST_CASE("a step-down and a re-referral are found whatever the hyphenation", "[classify]") {
    // Evidence, not selection: each theme is named once here.
    auto evidenced = [](const char* text) {
        std::vector<std::string> ids;
        for (const auto& t : shipped().explain(text).themes) ids.push_back(t.id);
        return ids;
    };
    const auto a = evidenced("Cases are stepped down to early help; re-referral rates fell.");
    const auto b = evidenced("Step down to Early Help works; re referrals are rare.");
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

// A theme is what the paragraph is about: a theme named in one passing sentence, or named
// once, does not ride along with the paragraph's real subject.
TEST_CASE("a destination named in passing is not a theme", "[classify][selection]") {
    const auto themes = shipped().classify(
        "Thresholds are well understood, and the MASH screens contacts within a day. Managers "
        "review every contact and thresholds are applied consistently. Families whose needs do "
        "not meet the threshold are stepped down to early help.").themes;
    REQUIRE_FALSE(themes.empty());
    CHECK(themes.front() == "front_door");
    CHECK_FALSE(contains(themes, "early_help"));
}

TEST_CASE("a single mention of partners does not make partnership working a theme", "[classify][selection]") {
    const auto themes = shipped().classify(
        "Assessments are thorough and timely, and they are shared with partners. Assessments "
        "consider the history of the family, and chronologies are used well to analyse risk.").themes;
    CHECK(themes == std::vector<std::string>{"assessment"});
}

TEST_CASE("a second theme with real support in two sentences is kept", "[classify][selection]") {
    const auto themes = shipped().classify(
        "Strategy discussions are held promptly, and the police attend them. Child protection "
        "enquiries are thorough. Information sharing between partners is strong, and partners "
        "attend child protection conferences.").themes;
    REQUIRE(themes.size() >= 2);
    CHECK(themes[0] == "child_protection");
    CHECK(themes[1] == "partnership");
}

// A theme phrase inside a longer phrase that means something else.
TEST_CASE("children in need of protection are a child protection matter", "[classify][boundaries]") {
    const auto themes = shipped().classify(
        "Children in need of protection are not always identified quickly. Some children in need "
        "of protection wait too long for a decision.").themes;
    REQUIRE_FALSE(themes.empty());
    CHECK(themes.front() == "child_protection");
    CHECK_FALSE(contains(themes, "children_in_need"));
}

TEST_CASE("children home educated are not children's homes", "[classify][boundaries]") {
    for (const char* text : {"The local authority knows its children home educated well, and visits them promptly.",
                             "Officers track children's home education and offer advice to families."}) {
        INFO(text);
        const auto themes = shipped().classify(text).themes;
        CHECK(contains(themes, "education_neet"));
        CHECK_FALSE(contains(themes, "children_in_care"));
    }
}

// Local names for the national role of personal adviser.
TEST_CASE("young persons advisers and leaving care workers are personal advisers", "[classify][aliases]") {
    for (const char* text : {"Young persons advisers (YPAs) keep in touch with care leavers, and YPAs visit often.",
                             "Young person's advisers visit regularly and know young people well.",
                             "Aftercare workers visit regularly and know young people well."}) {
        INFO(text);
        const auto themes = shipped().classify(text).themes;
        REQUIRE_FALSE(themes.empty());
        CHECK(contains(themes, "personal_advisers"));
    }
}
