// The JSON writer escapes exactly what JSON requires and nothing else.
#include <catch2/catch.hpp>

#include <findings/format/json_text.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdio>
#include <string>

using findings::appendJsonString;
using findings::JsonText;

TEST_CASE("control characters, quotes and backslashes are escaped", "[json]") {
    std::string out;
    appendJsonString(out, std::string("a\"b\\c\nd\x01", 8));
    CHECK(out == "\"a\\\"b\\\\c\\nd\\u0001\"");
}

TEST_CASE("every byte value is escaped or kept wherever it stands in a string", "[json]") {
    // The writer passes over plain text 8 bytes at a time: each byte value, at each position
    // of a word and next to the others, must come out as a byte-by-byte escaper writes it.
    auto reference = [](const std::string& s) {
        std::string out = "\"";
        for (unsigned char c : s) {
            if (c == '"') out += "\\\"";
            else if (c == '\\') out += "\\\\";
            else if (c == '\n') out += "\\n";
            else if (c == '\r') out += "\\r";
            else if (c == '\t') out += "\\t";
            else if (c == '\b') out += "\\b";
            else if (c == '\f') out += "\\f";
            else if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else out += char(c);
        }
        return out + "\"";
    };
    int mismatches = 0;
    for (int byte = 0; byte < 256; ++byte)
        for (size_t at = 0; at < 20; ++at)
            for (const std::string filler : {std::string("abcdefghijklmnopqrstu"), std::string("é£–“x”—éééééé")}) {
                std::string s = filler;
                s.insert(s.begin() + std::ptrdiff_t(std::min(at, s.size())), char(byte));
                std::string out;
                appendJsonString(out, s);
                if (out != reference(s)) {
                    ++mismatches;
                    UNSCOPED_INFO("byte " << byte << " at " << at);
                }
            }
    CHECK(mismatches == 0);
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
