// The JSON writer escapes exactly what JSON requires and nothing else.
#include <catch2/catch.hpp>

#include <findings/format/json_text.hpp>

using findings::appendJsonString;
using findings::JsonText;

TEST_CASE("control characters, quotes and backslashes are escaped", "[json]") {
    std::string out;
    appendJsonString(out, std::string("a\"b\\c\nd\x01", 8));
    CHECK(out == "\"a\\\"b\\\\c\\nd\\u0001\"");
}

TEST_CASE("UTF-8 passes through unchanged", "[json]") {
    std::string out;
    appendJsonString(out, "£ – “quoted” é");
    CHECK(out == "\"£ – “quoted” é\"");
}

TEST_CASE("numbers keep their value and read back as numbers", "[json]") {
    JsonText j;
    j.beginArray();
    j.value(0.8);
    j.value(1.0);
    j.value(std::int64_t{-3});
    j.endArray();
    CHECK(j.take() == "[0.8,1.0,-3]");
}

TEST_CASE("nested containers get commas in the right places", "[json]") {
    JsonText j;
    j.beginObject();
    j.field("a", std::int64_t{1});
    j.key("b");
    j.beginArray();
    j.beginObject();
    j.endObject();
    j.value("x");
    j.endArray();
    j.endObject();
    CHECK(j.take() == R"({"a":1,"b":[{},"x"]})");
}
