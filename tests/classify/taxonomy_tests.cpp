// Taxonomy loading: error messages, the user's override file and the shipped taxonomy.
#include "findings/classify/classifier.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>

using findings::classify::Classifier;
using findings::classify::Taxonomy;
namespace fs = std::filesystem;

namespace {

/// A fresh directory under the system temp directory, removed at the end of the test.
class TempDir {
public:
    TempDir() {
        std::random_device rd;
        path_ = fs::temp_directory_path() / ("classify-tests-" + std::to_string(rd()) + std::to_string(rd()));
        fs::create_directories(path_);
    }
    ~TempDir() {
        std::error_code ignored;
        fs::remove_all(path_, ignored);
    }
    std::string write(const std::string& name, const std::string& content) const {
        const fs::path p = path_ / name;
        std::ofstream(p, std::ios::binary) << content;
        return p.string();
    }
    std::string path() const { return path_.string(); }

private:
    fs::path path_;
};

std::string loadError(const std::string& path) {
    try {
        Taxonomy::load(path);
    } catch (const std::runtime_error& e) {
        return e.what();
    }
    return "(no error)";
}

}  // namespace

using Catch::Matchers::Contains;

TEST_CASE("loading a missing taxonomy file names the file and says it cannot be opened", "[classify]") {
    TempDir dir;
    const std::string path = dir.path() + "/nowhere.json";
    const std::string error = loadError(path);
    CHECK_THAT(error, Contains(path));
    CHECK_THAT(error, Contains("cannot open"));
}

TEST_CASE("loading a file of bad JSON names the file and says it is not JSON", "[classify]") {
    TempDir dir;
    const std::string path = dir.write("bad.json", R"({"themes": [ {"id": "x", )");
    const std::string error = loadError(path);
    CHECK_THAT(error, Contains(path));
    CHECK_THAT(error, Contains("not valid JSON"));
}

TEST_CASE("a theme without an id is an error naming its position", "[classify]") {
    TempDir dir;
    const std::string path = dir.write("noid.json", R"({"themes":[{"id":"a","phrases":["x"]},{"label":"B","phrases":["y"]}]})");
    const std::string error = loadError(path);
    CHECK_THAT(error, Contains(path));
    CHECK_THAT(error, Contains("themes[1]"));
    CHECK_THAT(error, Contains("missing \"id\""));
}

TEST_CASE("a duplicate theme id is an error naming the id", "[classify]") {
    TempDir dir;
    const std::string path = dir.write("dup.json", R"({"themes":[{"id":"a","phrases":["x"]},{"id":"a","phrases":["y"]}]})");
    const std::string error = loadError(path);
    CHECK_THAT(error, Contains(path));
    CHECK_THAT(error, Contains("duplicate theme id 'a'"));
}

TEST_CASE("a malformed phrase is an error naming the theme and the phrase", "[classify]") {
    CHECK_THROWS_WITH(Taxonomy::fromJson(R"({"themes":[{"id":"a","phrases":["Mixed Case"]}]})"),
                      Contains("theme 'a'") && Contains("'Mixed Case'"));
    CHECK_THROWS_WITH(Taxonomy::fromJson(R"({"themes":[{"id":"a","phrases":["ab*"]}]})"),
                      Contains("three letters"));
    CHECK_THROWS_WITH(Taxonomy::fromJson(R"({"themes":[{"id":"Bad Id","phrases":["x"]}]})"),
                      Contains("lower_snake_case"));
    CHECK_THROWS_WITH(Taxonomy::fromJson(R"({"version":2,"themes":[]})"), Contains("version"));
}

TEST_CASE("a user's override file replaces the shipped taxonomy", "[classify]") {
    TempDir dataDir;
    dataDir.write("themes.json", R"({"version":1,"themes":[{"id":"shipped","label":"S","phrases":["audit*"]}]})");
    TempDir userDir;
    const std::string user = userDir.write("my-themes.json",
        R"({"version":1,"themes":[{"id":"mine","label":"Mine","phrases":["audit*"]}]})");

    const Taxonomy overridden = Taxonomy::loadDefault(dataDir.path(), user);
    REQUIRE(overridden.themes().size() == 1);
    CHECK(overridden.find("mine") != nullptr);
    CHECK(overridden.find("shipped") == nullptr);
    CHECK(Classifier(overridden).classify("Audits are thorough.").themes == std::vector<std::string>{"mine"});

    const Taxonomy fallback = Taxonomy::loadDefault(dataDir.path(), userDir.path() + "/absent.json");
    CHECK(fallback.find("shipped") != nullptr);
}

TEST_CASE("errors in a user's override file are reported, not silently ignored", "[classify]") {
    TempDir dataDir;
    dataDir.write("themes.json", R"({"themes":[{"id":"shipped","phrases":["audit*"]}]})");
    TempDir userDir;
    const std::string user = userDir.write("broken.json", "{ not json");
    CHECK_THROWS_WITH(Taxonomy::loadDefault(dataDir.path(), user), Contains(user));
}

TEST_CASE("the shipped taxonomy loads and covers the required themes", "[classify]") {
    const Taxonomy t = Taxonomy::load(CLASSIFY_THEMES_JSON);
    for (const char* id :
         {"workforce", "supervision_oversight", "quality_assurance", "leadership_governance", "performance_data",
          "assessment", "child_protection", "children_in_need", "early_help", "front_door", "children_in_care",
          "care_leavers", "personal_advisers", "voice_of_child", "partnership", "accommodation", "uasc",
          "disabled_children", "neglect_da", "education_neet", "mental_health", "pre_proceedings",
          "training_learning", "extra_familial", "permanence", "private_fostering_lado"}) {
        INFO(id);
        const auto* theme = t.find(id);
        REQUIRE(theme != nullptr);
        CHECK_FALSE(theme->label.empty());
        CHECK_FALSE(theme->phrases.empty());
    }
    CHECK(t.find("no_such_theme") == nullptr);
}
