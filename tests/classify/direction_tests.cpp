// Overall direction of a document from its headline findings (or an article's text).
#include "findings/classify/classifier.hpp"
#include "seed_letter_fixture.hpp"

#include <catch2/catch.hpp>

using findings::classify::overallDirection;
namespace ft = findings::classify::testing;

namespace {

/// The "Headline findings" paragraph of a seed letter.
std::string seedHeadline(const std::string& letter) {
    for (const auto& [section, text] : ft::letterParagraphs(std::string(CLASSIFY_CORPUS_DIR) + "/seeds/" + letter))
        if (section == "Headline findings") return text;
    return {};
}

std::string seedText(const std::string& name) {
    return ft::readFile(std::string(CLASSIFY_CORPUS_DIR) + "/seeds/" + name);
}

}  // namespace

TEST_CASE("direction phrases decide the overall direction", "[classify]") {
    CHECK(overallDirection("The local authority is making steady progress in improving services.") == "improving");
    CHECK(overallDirection("Services for children continue to improve, and improvement is gathering pace.") == "improving");
    CHECK(overallDirection("Insufficient progress has been made since the last inspection.") == "not improving");
    CHECK(overallDirection("Little progress has been made and serious weaknesses remain.") == "not improving");
    CHECK(overallDirection("Some progress has been made, but practice remains inconsistent.") == "mixed");
}

TEST_CASE("a negated direction phrase reverses it", "[classify]") {
    CHECK(overallDirection("The local authority is not making steady progress.") == "not improving");
}

TEST_CASE("a goal is not a direction", "[classify]") {
    CHECK(overallDirection("The council is committed to improving services for children.") == "mixed");
}

// The [corpus] cases are registered only when the build found the corpus.
TEST_CASE("the seed letters' headline findings give their gold direction", "[classify][corpus]") {
    REQUIRE(CLASSIFY_HAVE_CORPUS);
    const std::string h2024 = seedHeadline("herefordshire-monitoring-letter-2024-03.txt");
    const std::string h2025 = seedHeadline("herefordshire-monitoring-letter-2025-03.txt");
    REQUIRE_FALSE(h2024.empty());
    REQUIRE_FALSE(h2025.empty());
    CHECK(overallDirection(h2024) == "not improving");
    CHECK(overallDirection(h2025) == "improving");
}

TEST_CASE("the seed articles and press release give their gold direction", "[classify][corpus]") {
    REQUIRE(CLASSIFY_HAVE_CORPUS);
    CHECK(overallDirection(seedText("council-press-release-first-monitoring-visit-2023-06.txt")) == "mixed");
    CHECK(overallDirection(seedText("news-second-monitoring-visit-2023.txt")) == "mixed");
    CHECK(overallDirection(seedText("news-inspection-little-progress.txt")) == "not improving");
}
