// Calendar dates (proleptic Gregorian), shared by everything that reads, checks or converts
// a date: one implementation of leap years and day counts.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace findings::civil {

/// A calendar date; day 0 means only the year and month are known ("2025-03").
struct Date {
    int year = 0;
    int month = 0;
    int day = 0;
    bool operator==(const Date& o) const {
        return year == o.year && month == o.month && day == o.day;
    }
};

bool isLeapYear(std::int64_t year);
/// Days in `month` (1-12) of `year`.
int daysInMonth(std::int64_t year, int month);
/// True for a day that exists in years 1 to 9999 (a month-only date when day is 0 and
/// `allowMonth`). 1900-02-29 and 2023-02-30 do not exist.
bool isValid(const Date& date, bool allowMonth = false);

/// Days from 1970-01-01 to y-m-d (Howard Hinnant's days_from_civil); any y, m 1-12, d 1-31.
std::int64_t daysFromCivil(std::int64_t year, unsigned month, unsigned day);
/// The date `days` after 1970-01-01 (civil_from_days); year may be outside 1-9999.
struct YearMonthDay {
    std::int64_t year;
    unsigned month, day;
};
YearMonthDay civilFromDays(std::int64_t days);

/// Reads "YYYY-MM-DD" (or "YYYY-MM" when `allowMonth`, giving day 0) exactly; nullopt
/// unless the text has that shape and names a real day.
std::optional<Date> parseIso(std::string_view text, bool allowMonth = false);
/// "YYYY-MM-DD", or "YYYY-MM" for day 0.
std::string toIso(const Date& date);

}  // namespace findings::civil
