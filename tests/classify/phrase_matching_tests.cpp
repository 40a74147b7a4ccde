// Phrase matching: word boundaries, acronyms, hyphens, curly quotes, prefixes, plurals.
#include "findings/classify/classifier.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using findings::classify::Classifier;
using findings::classify::Taxonomy;

namespace {

/// A classifier over a one-theme taxonomy with the given phrases.
Classifier classifierWith(const std::string& phrasesJson) {
    return Classifier(Taxonomy::fromJson(R"({"version":1,"themes":[{"id":"t","label":"T","phrases":)" +
                                         phrasesJson + "}]}"));
}

bool matches(const Classifier& c, const std::string& text) {
    const auto themes = c.classify(text).themes;
    return std::find(themes.begin(), themes.end(), "t") != themes.end();
}

}  // namespace

TEST_CASE("a phrase matches whole words, not parts of words", "[classify]") {
    const Classifier c = classifierWith(R"(["care", "audit"])");
    CHECK(matches(c, "Care is good."));
    CHECK_FALSE(matches(c, "Careful work with children."));
    CHECK_FALSE(matches(c, "Healthcare and skincare."));
    CHECK_FALSE(matches(c, "The auditorium was full."));
}

TEST_CASE("an acronym phrase matches only the word in capitals", "[classify]") {
    const Classifier c = classifierWith(R"(["MASH", "PA"])");
    CHECK(matches(c, "Contacts to the MASH are screened promptly."));
    CHECK(matches(c, "PAs keep in touch with young people."));
    CHECK(matches(c, "Each young person has a PA."));
    CHECK_FALSE(matches(c, "The smash hit of the season."));
    CHECK_FALSE(matches(c, "SMASH the target."));
    CHECK_FALSE(matches(c, "Children ate mash and peas."));
    CHECK_FALSE(matches(c, "Mash was served."));
    CHECK_FALSE(matches(c, "His pa came along."));
}

TEST_CASE("hyphens, dashes and spaces between words are interchangeable", "[classify]") {
    const Classifier c = classifierWith(R"(["step-up", "well-being", "early help"])");
    CHECK(matches(c, "Decisions to step up are timely."));
    CHECK(matches(c, "Step-up decisions are timely."));
    CHECK(matches(c, "Step\xE2\x80\x91up decisions (non-breaking hyphen)."));
    CHECK(matches(c, "Their wellbeing improves."));
    CHECK(matches(c, "The early-help offer is broad."));
    CHECK_FALSE(matches(c, "Please step onto the platform."));
}

TEST_CASE("curly apostrophes and quotes fold to straight ones", "[classify]") {
    const Classifier c = classifierWith(R"(["children's home*", "young person's voice"])");
    CHECK(matches(c, "Children\xE2\x80\x99s homes are registered."));
    CHECK(matches(c, "Children's homes are registered."));
    CHECK(matches(c, "The young person\xE2\x80\x99s voice is heard."));
    CHECK(matches(c, "\xE2\x80\x9C" "Children\xE2\x80\x99s homes\xE2\x80\x9D were visited."));
}

TEST_CASE("a phrase ending in a star matches any word starting with it", "[classify]") {
    const Classifier c = classifierWith(R"(["recruit*"])");
    CHECK(matches(c, "Recruitment is a challenge."));
    CHECK(matches(c, "They are recruiting social workers."));
    CHECK(matches(c, "Recruit more staff."));
    CHECK_FALSE(matches(c, "Newly unrecruited posts remain."));
}

TEST_CASE("a plain word also matches its regular plural", "[classify]") {
    const Classifier c = classifierWith(R"(["pathway plan", "partner agency"])");
    CHECK(matches(c, "Pathway plans are up to date."));
    CHECK(matches(c, "Partner agencies attend."));
    CHECK_FALSE(matches(c, "Pathways are planned."));
}

TEST_CASE("a phrase does not match across a sentence break", "[classify]") {
    const Classifier c = classifierWith(R"(["front door"])");
    CHECK(matches(c, "The front door works well."));
    CHECK_FALSE(matches(c, "Work at the front. Door staff are new."));
}

TEST_CASE("non-breaking spaces and line breaks separate words like spaces", "[classify]") {
    const Classifier c = classifierWith(R"(["section 47", "child protection"])");
    CHECK(matches(c, "Section\xC2\xA0" "47 enquiries are thorough."));
    CHECK(matches(c, "There are child\nprotection plans."));
}

TEST_CASE("a longer phrase hides a shorter phrase of another theme inside it", "[classify]") {
    const Classifier c(Taxonomy::fromJson(R"({"themes":[
        {"id":"child_protection","label":"CP","phrases":["strategy discussion*"]},
        {"id":"leadership","label":"L","phrases":["strateg*"]}]})"));
    const auto themes = c.classify("Strategy discussions are held promptly.").themes;
    REQUIRE(themes.size() == 1);
    CHECK(themes.front() == "child_protection");
}

TEST_CASE("a blocking phrase hides the phrases inside it and is no evidence itself", "[classify]") {
    const Classifier c(Taxonomy::fromJson(R"({"themes":[
        {"id":"children_in_need","label":"CIN","phrases":["children in need", "!children in need of help and protection"]}]})"));
    CHECK(c.classify("Children in need of help and protection are seen.").themes.empty());
    CHECK(c.classify("Children in need have plans.").themes == std::vector<std::string>{"children_in_need"});
    // The blocker is not listed as evidence either.
    const auto e = c.explain("Children in need of help and protection, and children in need, are seen.");
    REQUIRE(e.themes.size() == 1);
    CHECK(e.themes[0].phrases == std::vector<std::string>{"children in need"});
}

TEST_CASE("arbitrary bytes, invalid UTF-8 and long words are classified without error", "[classify]") {
    const Classifier c = classifierWith(R"(["care", "MASH"])");
    std::string noise;
    std::uint32_t state = 12345;  // a fixed pseudo-random sequence, so a failure repeats
    for (int i = 0; i < 20000; ++i) {
        state = state * 1103515245u + 12345u;
        noise.push_back(static_cast<char>(state >> 16));
    }
    CHECK_NOTHROW(c.classify(noise));
    CHECK_NOTHROW(c.explain(noise));
    CHECK_NOTHROW(findings::classify::overallDirection(noise));
    CHECK_NOTHROW(c.classify(std::string(100000, 'a')));
    CHECK_NOTHROW(c.classify("\xE2\x80"));          // truncated sequence at the end
    CHECK_NOTHROW(c.classify("'s n't ' - . , ;"));  // separators only
    CHECK(matches(c, "\xFF\xFE care \xC3"));
}
