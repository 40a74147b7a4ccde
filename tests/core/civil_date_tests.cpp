// The project's one calendar: the validator, the sheet reader and the workbook round trip
// all count days with it.
#include <catch2/catch.hpp>

#include <findings/civil_date.hpp>

using namespace findings::civil;

TEST_CASE("only days that exist are valid", "[dates]") {
    CHECK(isValid({2024, 2, 29}));
    CHECK_FALSE(isValid({2023, 2, 29}));
    CHECK_FALSE(isValid({1900, 2, 29}));  // Excel's phantom day: 1900 was not a leap year
    CHECK(isValid({2000, 2, 29}));        // but 2000 was
    CHECK_FALSE(isValid({2023, 2, 30}));
    CHECK_FALSE(isValid({2024, 4, 31}));
    CHECK_FALSE(isValid({2024, 13, 1}));
    CHECK_FALSE(isValid({0, 1, 1}));
    CHECK_FALSE(isValid({2024, 3, 0}));
    CHECK(isValid({2024, 3, 0}, true));   // a month
}

TEST_CASE("ISO text is read exactly", "[dates]") {
    CHECK(parseIso("2025-03-31") == Date{2025, 3, 31});
    CHECK(parseIso("2025-03", true) == Date{2025, 3, 0});
    CHECK_FALSE(parseIso("2025-03").has_value());
    CHECK_FALSE(parseIso("2023-02-30").has_value());
    CHECK_FALSE(parseIso("1900-02-29").has_value());
    CHECK_FALSE(parseIso("2025-3-31").has_value());
    CHECK_FALSE(parseIso("2025/03/31").has_value());
    CHECK_FALSE(parseIso("+025-03-31").has_value());
    CHECK(toIso({2025, 3, 31}) == "2025-03-31");
    CHECK(toIso({2025, 3, 0}) == "2025-03");
}

TEST_CASE("day counts round-trip across leap years and centuries", "[dates]") {
    CHECK(daysFromCivil(1970, 1, 1) == 0);
    CHECK(daysFromCivil(1899, 12, 30) == -25569);
    CHECK(daysFromCivil(1904, 1, 1) == -24107);
    for (std::int64_t d = -800000; d < 3000000; d += 997) {
        const YearMonthDay c = civilFromDays(d);
        REQUIRE(daysFromCivil(c.year, c.month, c.day) == d);
        REQUIRE(c.day <= unsigned(daysInMonth(c.year, int(c.month))));
    }
}
