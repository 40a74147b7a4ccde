// The strict JSON reader every command uses: what lenient parsers let through is refused,
// with the key, the JSON path and the position.
#include <catch2/catch.hpp>

#include <findings/format/json_reader.hpp>
#include <findings/format/validator.hpp>

using namespace findings;

namespace {

std::string errorOf(const std::string& text) {
    try {
        parseJson(text);
    } catch (const JsonSyntaxError& e) {
        return e.what();
    }
    return "accepted";
}

/// Feeds `text` to a reader `chunk` bytes at a time, as a file is read.
JsonValue parseInChunks(const std::string& text, size_t chunk) {
    size_t at = 0;
    JsonReader reader([&](char* buffer, size_t size) {
        const size_t n = std::min({size, chunk, text.size() - at});
        std::copy(text.data() + at, text.data() + at + n, buffer);
        at += n;
        return n;
    });
    JsonValue v;
    reader.readValue(v);
    reader.finish();
    return v;
}

}  // namespace

TEST_CASE("a duplicate key is an error naming the key and its path", "[json][hostile]") {
    CHECK_THAT(errorOf(R"({"a":1,"b":{"c":[{"d":1,"d":2}]}})"),
               Catch::Contains("duplicate key \"d\" at $.b.c[0].d"));
    CHECK_THAT(errorOf(R"({"findings":[1],"findings":[]})"),
               Catch::Contains("duplicate key \"findings\" at $.findings"));
    // Many keys: the check stays exact past the point where it switches to a hash set.
    std::string many = "{";
    for (int i = 0; i < 40; ++i) many += "\"k" + std::to_string(i) + "\":" + std::to_string(i) + ",";
    CHECK(errorOf(many + "\"k99\":0}") == "accepted");
    CHECK_THAT(errorOf(many + "\"k3\":0}"), Catch::Contains("duplicate key \"k3\""));
}

TEST_CASE("what lenient parsers accept is refused, with the position", "[json][hostile]") {
    CHECK_THAT(errorOf("[1,2,]"), Catch::Contains("trailing ','"));
    CHECK_THAT(errorOf("{\"a\":1,}"), Catch::Contains("expected a key"));
    CHECK_THAT(errorOf("[01]"), Catch::Contains("leading zero"));
    CHECK_THAT(errorOf("// c\n{}"), Catch::Contains("not valid JSON"));
    CHECK_THAT(errorOf("[\"a\tb\"]"), Catch::Contains("control character"));
    CHECK_THAT(errorOf("[\"\xff\"]"), Catch::Contains("not UTF-8"));
    CHECK_THAT(errorOf("[\"\xed\xa0\x80\"]"), Catch::Contains("not UTF-8"));  // an encoded surrogate
    CHECK_THAT(errorOf("[\"\\ud800x\"]"), Catch::Contains("lone UTF-16 surrogate"));
    CHECK_THAT(errorOf("{} {}"), Catch::Contains("text after the end"));
    CHECK_THAT(errorOf("{\"a\":\n  nul}"), Catch::Contains("line 2, column 6"));  // at the "}"
    CHECK_THAT(errorOf(std::string(300, '[') + std::string(300, ']')), Catch::Contains("nested"));
    CHECK_THAT(errorOf("\"never ends"), Catch::Contains("never ends"));
}

TEST_CASE("values read back exactly, whatever the chunk size", "[json]") {
    const std::string text =
        R"({"s":"caf\u00e9 \ud83d\ude00 “quoted” £5\n","i":-42,"big":123456789012345678901,)"
        R"("f":0.25,"e":1e3,"t":true,"n":null,"a":[{},[]]})";
    for (size_t chunk : {size_t{1}, size_t{3}, size_t{7}, text.size()}) {
        INFO(chunk);
        const JsonValue v = parseInChunks(text, chunk);
        REQUIRE(v.isObject());
        CHECK(v.keys == std::vector<std::string>{"s", "i", "big", "f", "e", "t", "n", "a"});
        CHECK(v.find("s")->text == "café \xF0\x9F\x98\x80 “quoted” £5\n");
        CHECK(v.find("i")->type == JsonValue::Type::Integer);
        CHECK(v.find("i")->integer == -42);
        CHECK(v.find("big")->type == JsonValue::Type::Number);  // too large for 64 bits
        CHECK(v.find("f")->number == 0.25);
        CHECK(v.find("e")->number == 1000);
        CHECK(v.find("t")->boolean);
        CHECK(v.find("n")->isNull());
        CHECK(v.find("a")->items.size() == 2);
    }
}

TEST_CASE("validate names impossible calendar days", "[validate][dates][hostile]") {
    for (const char* day : {"1900-02-29", "2023-02-30", "2024-04-31", "2023-00-10"}) {
        INFO(day);
        const std::string doc = std::string(R"({"format":"findings","version":"1.0",
          "sources":[{"id":"s","kind":"other","date":")") + day + R"("}],
          "findings":[{"id":"f","source":"s","text":"t","action":{"due":")" + day + R"("}}]})";
        const auto problems = validateFindingsJson(doc);
        REQUIRE(problems.size() == 2);
        CHECK(problems[0].path == "$.sources[0].date");
        CHECK(problems[1].path == "$.findings[0].action.due");
    }
    const std::string leap = R"({"format":"findings","version":"1.0",
      "sources":[{"id":"s","kind":"other","date":"2024-02-29"}],"findings":[]})";
    CHECK(validateFindingsJson(leap).empty());
}

TEST_CASE("a later 1.x document's new keys are ignored, an older one's unknown keys are not",
          "[validate]") {
    const std::string later = R"({"format":"findings","version":"1.9","extra":1,
      "sources":[{"id":"s","kind":"other","new":2}],"findings":[]})";
    CHECK(validateFindingsJson(later).empty());
    std::string same = later;
    same.replace(same.find("1.9"), 3, "1.0");
    const auto problems = validateFindingsJson(same);
    REQUIRE(problems.size() == 1);  // the schema leaves the top level open, records closed
    CHECK(problems[0].path == "$.sources[0].new");
}
