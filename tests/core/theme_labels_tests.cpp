// The host's theme labels come from the classifier's own taxonomy reader: one reader, one
// set of rules, one message for a broken file.
#include "test_support.hpp"

#include <findings/core/theme_labels.hpp>

#include <catch2/catch.hpp>

#include <stdexcept>
#include <string>

using findings::core::ThemeLabels;

namespace {

std::string messageOfLoading(const std::string& path) {
    try {
        ThemeLabels::load(path);
    } catch (const std::runtime_error& e) {
        return e.what();
    }
    return "(loaded)";
}

}  // namespace

TEST_CASE("theme labels keep the taxonomy's order, an unlabelled theme showing its id", "[themes]") {
    testsupport::TempDir dir;
    const std::string path = dir.file("themes.json");
    testsupport::writeFile(path, R"({"version": 1, "themes": [
        {"id": "workforce", "label": "Workforce and caseloads", "phrases": ["caseload*"]},
        {"id": "early_help", "phrases": ["early help"]}]})");
    const ThemeLabels labels = ThemeLabels::load(path);
    REQUIRE(labels.all().size() == 2);
    CHECK(labels.all()[0].first == "workforce");
    CHECK(labels.all()[1].first == "early_help");
    CHECK(labels.label("workforce") == "Workforce and caseloads");
    CHECK(labels.label("early_help") == "early_help");
    CHECK(labels.label("not_a_theme") == "not_a_theme");
    CHECK(labels.idFor("WORKFORCE AND CASELOADS") == "workforce");
    CHECK(labels.idFor("Early_Help") == "early_help");
    CHECK(labels.idFor("something else").empty());
    CHECK(labels.path() == path);
}

TEST_CASE("a taxonomy the classifier refuses is refused for labels too, naming the file", "[themes]") {
    testsupport::TempDir dir;
    struct Case {
        const char* why;
        const char* json;
        const char* cause;
    };
    const Case cases[] = {
        {"a theme with no phrases", R"({"themes": [{"id": "workforce", "label": "W", "phrases": []}]})",
         "has no phrases"},
        {"an id that is not lower_snake_case", R"({"themes": [{"id": "Work Force", "phrases": ["x"]}]})",
         "lower_snake_case"},
        {"a duplicate id", R"({"themes": [{"id": "a", "phrases": ["x"]}, {"id": "a", "phrases": ["y"]}]})",
         "duplicate theme id"},
        {"not JSON", "{\"themes\": [", "not valid JSON"},
    };
    for (const Case& c : cases) {
        INFO(c.why);
        const std::string path = dir.file("themes.json");
        testsupport::writeFile(path, c.json);
        const std::string message = messageOfLoading(path);
        CHECK(message.find(path) != std::string::npos);
        CHECK(message.find(c.cause) != std::string::npos);
    }
    CHECK(messageOfLoading(dir.file("missing.json")).find("cannot open") != std::string::npos);
}
