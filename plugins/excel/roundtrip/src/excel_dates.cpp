// ISO dates, Excel serial numbers, and the due-date cell in both directions.
#include <findings/excel/roundtrip/cell_values.hpp>

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace findings::excel {
namespace {

bool leapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int daysInMonth(int y, int m) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leapYear(y) ? 29 : days[m - 1];
}

bool validDate(const CivilDate& d) {
    return d.year >= 1 && d.year <= 9999 && d.month >= 1 && d.month <= 12 && d.day >= 1 &&
           d.day <= daysInMonth(d.year, d.month);
}

/// Days since 1970-01-01 (proleptic Gregorian), after Howard Hinnant's days_from_civil.
constexpr long long daysFromCivil(int y, int m, int d) {
    y -= m <= 2;
    const long long era = (y >= 0 ? y : y - 399) / 400;
    const long long yoe = y - era * 400;
    const long long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

CivilDate civilFromDays(long long z) {
    z += 719468;
    const long long era = (z >= 0 ? z : z - 146096) / 146097;
    const long long doe = z - era * 146097;
    const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long long mp = (5 * doy + 2) / 153;
    const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const int y = static_cast<int>(yoe + era * 400 + (m <= 2));
    return {y, m, d};
}

/// Excel's 1900 system counts 1900-02-29, a day that never was, so from 1900-03-01 on its
/// serial is the day count from 1899-12-30. Earlier dates are not used by this format.
constexpr long long kExcelEpoch = daysFromCivil(1899, 12, 30);

/// Reads exactly `n` digits at `pos`; -1 when they are not all digits.
int digits(std::string_view s, std::size_t pos, std::size_t n) {
    if (pos + n > s.size()) return -1;
    int v = 0;
    for (std::size_t i = pos; i < pos + n; ++i) {
        if (s[i] < '0' || s[i] > '9') return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

/// Reads "d/m/yyyy" or "dd/mm/yyyy" (also with '.' or '-'), as people in the UK type dates.
std::optional<CivilDate> parseUkDate(std::string_view s) {
    int parts[3] = {0, 0, 0};
    int index = 0;
    std::size_t len = 0;
    char sep = 0;
    for (char c : s) {
        if (c >= '0' && c <= '9') {
            if (++len > 4) return std::nullopt;
            parts[index] = parts[index] * 10 + (c - '0');
        } else if ((c == '/' || c == '.' || c == '-') && len > 0 && index < 2 &&
                   (sep == 0 || sep == c)) {
            sep = c;
            ++index;
            len = 0;
        } else {
            return std::nullopt;
        }
    }
    if (index != 2 || len != 4) return std::nullopt;
    CivilDate d{parts[2], parts[1], parts[0]};
    if (!validDate(d)) return std::nullopt;
    return d;
}

}  // namespace

std::optional<CivilDate> parseIsoDate(std::string_view s, bool allowMonth) {
    if (s.size() != 10 && !(allowMonth && s.size() == 7)) return std::nullopt;
    if (s[4] != '-') return std::nullopt;
    CivilDate d{digits(s, 0, 4), digits(s, 5, 2), 0};
    if (d.year < 1 || d.month < 1 || d.month > 12) return std::nullopt;
    if (s.size() == 7) return d;
    if (s[7] != '-') return std::nullopt;
    d.day = digits(s, 8, 2);
    if (!validDate(d)) return std::nullopt;
    return d;
}

std::string isoDate(const CivilDate& d) {
    char buf[16];
    if (d.day == 0)
        std::snprintf(buf, sizeof buf, "%04d-%02d", d.year, d.month);
    else
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buf;
}

double excelSerial(const CivilDate& d) {
    return static_cast<double>(daysFromCivil(d.year, d.month, d.day == 0 ? 1 : d.day) -
                               kExcelEpoch);
}

std::optional<CivilDate> dateFromExcelSerial(double serial) {
    if (!std::isfinite(serial) || serial < 61 || serial >= 2958466) return std::nullopt;
    return civilFromDays(kExcelEpoch + static_cast<long long>(std::floor(serial)));
}

DueCell dueCell(std::string_view due) {
    DueCell cell;
    if (due.empty()) return cell;
    if (auto d = parseIsoDate(due, true)) {
        cell.kind = d->day == 0 ? DueCell::Kind::Month : DueCell::Kind::Date;
        cell.date = *d;
        return cell;
    }
    cell.kind = DueCell::Kind::Text;
    cell.text = std::string(due);
    return cell;
}

std::optional<std::string> dueFromCell(std::string_view raw) {
    const std::string text = trimmed(raw);
    if (text.empty()) return std::string();
    // "2025-03-31", "2025-03-31T00:00:00", "2025-03-31 00:00:00"
    if (text.size() >= 10) {
        const std::string_view head = std::string_view(text).substr(0, 10);
        const bool timeFollows = text.size() == 10 || text[10] == 'T' || text[10] == ' ';
        if (timeFollows)
            if (auto d = parseIsoDate(head)) return isoDate(*d);
    }
    // An Excel serial number as a reader reports an unformatted or date cell: "45747",
    // "45747.0", "45747.5".
    char* end = nullptr;
    const double serial = std::strtod(text.c_str(), &end);
    if (end && *end == '\0')
        if (auto d = dateFromExcelSerial(serial)) return isoDate(*d);
    if (auto d = parseUkDate(text)) return isoDate(*d);
    return std::nullopt;
}

}  // namespace findings::excel
