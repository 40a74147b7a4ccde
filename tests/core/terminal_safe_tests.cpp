// Diagnostics printed for a person never carry terminal control sequences.
#include <catch2/catch.hpp>

#include <findings/core/diagnostics.hpp>

using findings::core::terminalSafe;

TEST_CASE("control characters and escape sequences are shown, not sent", "[diagnostics][hostile]") {
    CHECK(terminalSafe("a\x1b[2Jb") == "a\\x1b[2Jb");
    CHECK(terminalSafe("bell\x07\r\n\t") == "bell\\x07\\r\\n\\t");
    CHECK(terminalSafe("del\x7f") == "del\\x7f");
    CHECK(terminalSafe("c1 \xc2\x9b" "31m") == "c1 \\u009b31m");     // the one-byte CSI
    CHECK(terminalSafe("rtl \xe2\x80\xae" "txt.exe") == "rtl \\u202etxt.exe");
    CHECK(terminalSafe("bad \xff\xfe") == "bad \\xff\\xfe");
    CHECK(terminalSafe("cut \xe2\x80") == "cut \\xe2\\x80");
}

TEST_CASE("ordinary text, accents and symbols pass unchanged", "[diagnostics]") {
    const std::string text = "Wyvern “letter” – £5, café, 😀 [2/3] tracker.xlsx:Sheet1!B2";
    CHECK(terminalSafe(text) == text);
}

TEST_CASE("a diagnostic's line is terminal-safe", "[diagnostics][hostile]") {
    findings::core::Diagnostic d;
    d.file = "x\x1b]0;t\x07.csv";
    d.severity = findings::core::Severity::Error;
    d.message = "bad \x1b[31mred";
    CHECK(d.format() == "x\\x1b]0;t\\x07.csv: error: bad \\x1b[31mred");
}
