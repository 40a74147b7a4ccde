#include <findings/civil_date.hpp>

#include <cstdio>

namespace findings::civil {

bool isLeapYear(std::int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int daysInMonth(std::int64_t year, int month) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    return month == 2 && isLeapYear(year) ? 29 : days[month - 1];
}

bool isValid(const Date& d, bool allowMonth) {
    if (d.year < 1 || d.year > 9999 || d.month < 1 || d.month > 12) return false;
    if (d.day == 0) return allowMonth;
    return d.day >= 1 && d.day <= daysInMonth(d.year, d.month);
}

std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d) {
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + std::int64_t(doe) - 719468;
}

YearMonthDay civilFromDays(std::int64_t z) {
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t y = std::int64_t(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {y + (m <= 2), m, d};
}

namespace {
int digits(std::string_view s, size_t pos, size_t n) {
    int v = 0;
    for (size_t i = pos; i < pos + n; ++i) {
        if (s[i] < '0' || s[i] > '9') return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}
}  // namespace

std::optional<Date> parseIso(std::string_view s, bool allowMonth) {
    if (s.size() != 10 && !(allowMonth && s.size() == 7)) return std::nullopt;
    if (s[4] != '-' || (s.size() == 10 && s[7] != '-')) return std::nullopt;
    Date d{digits(s, 0, 4), digits(s, 5, 2), s.size() == 10 ? digits(s, 8, 2) : 0};
    if (d.year < 0 || d.month < 0 || d.day < 0) return std::nullopt;
    if (!isValid(d, allowMonth)) return std::nullopt;
    return d;
}

std::string toIso(const Date& d) {
    char buf[16];
    if (d.day == 0) std::snprintf(buf, sizeof buf, "%04d-%02d", d.year, d.month);
    else std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buf;
}

}  // namespace findings::civil
