// Serial ↔ ISO conversion, counting days with the project's one calendar (civil_date.hpp).
#include <findings/sheetread/excel_dates.hpp>

#include <findings/civil_date.hpp>

#include <charconv>
#include <cmath>

namespace findings::sheetread {

namespace {

/// Days from 1970-01-01 to each system's day zero.
constexpr int64_t kEpoch1899_12_30 = -25569;
constexpr int64_t kEpoch1899_12_31 = -25568;
constexpr int64_t kEpoch1904_01_01 = -24107;

bool tokenIsElapsed(std::string_view inside) {
    if (inside.empty()) return false;
    const char c = char(inside[0] | 0x20);
    if (c != 'h' && c != 'm' && c != 's') return false;
    for (char k : inside)
        if (char(k | 0x20) != c) return false;
    return true;
}

}  // namespace

std::optional<std::string> serialToIso(double serial, DateSystem system) {
    if (!std::isfinite(serial) || serial < 0 || serial >= kMaxDateSerial) return std::nullopt;
    int64_t days = int64_t(std::floor(serial));
    int64_t seconds = std::llround((serial - double(days)) * 86400.0);
    if (seconds >= 86400) {
        ++days;
        seconds -= 86400;
    }
    // Digits are written by hand: this runs for every date cell of a sheet.
    char buf[20];
    char* out = buf;
    auto put = [&out](unsigned value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10) out[i] = char('0' + value % 10);
        out += width;
    };
    // Serial 60 of the 1900 system is 1900-02-29, a day that never was (Lotus 1-2-3's
    // leap-year bug, kept by Excel): no date is made of it.
    if (system == DateSystem::Excel1900 && days == 60) return std::nullopt;
    // Below 1 is a time of day with no date, except serial 0 itself in the 1904 system,
    // which is that system's first day, 1904-01-01.
    const bool hasDate = days != 0 || (system == DateSystem::Excel1904 && seconds == 0);
    if (hasDate) {
        unsigned y, m, d;
        {
            int64_t epoch = kEpoch1899_12_30;
            if (system == DateSystem::Excel1904) epoch = kEpoch1904_01_01;
            else if (system == DateSystem::Excel1900 && days < 60) epoch = kEpoch1899_12_31;
            const civil::YearMonthDay c = civil::civilFromDays(epoch + days);
            y = unsigned(c.year), m = c.month, d = c.day;
        }
        put(y, 4);
        *out++ = '-';
        put(m, 2);
        *out++ = '-';
        put(d, 2);
        if (seconds == 0) return std::string(buf, size_t(out - buf));
        *out++ = 'T';
    }
    put(unsigned(seconds / 3600), 2);
    *out++ = ':';
    put(unsigned(seconds / 60 % 60), 2);
    *out++ = ':';
    put(unsigned(seconds % 60), 2);
    return std::string(buf, size_t(out - buf));
}

std::optional<double> isoToSerial(std::string_view iso, DateSystem system) {
    auto number = [&](size_t at, size_t len, int& out) {
        if (at + len > iso.size()) return false;
        auto r = std::from_chars(iso.data() + at, iso.data() + at + len, out);
        return r.ec == std::errc() && r.ptr == iso.data() + at + len;
    };
    int y = 0, mo = 0, d = 0, h = 0, mi = 0;
    double sec = 0;
    size_t timeAt = 0;
    if (iso.size() >= 10 && iso[4] == '-' && iso[7] == '-') {
        if (!number(0, 4, y) || !number(5, 2, mo) || !number(8, 2, d)) return std::nullopt;
        if (!civil::isValid({y, mo, d})) return std::nullopt;  // no 2023-02-30, no 1900-02-29
        if (iso.size() == 10) timeAt = 0;
        else if (iso[10] == 'T' || iso[10] == ' ') timeAt = 11;
        else return std::nullopt;
    } else if (iso.size() >= 5 && iso[2] == ':') {
        timeAt = std::string_view::npos;  // a pure time: "14:30:00"
    } else {
        return std::nullopt;
    }
    if (timeAt != 0) {
        const size_t t = timeAt == std::string_view::npos ? 0 : timeAt;
        if (!number(t, 2, h) || iso.size() < t + 5 || iso[t + 2] != ':' || !number(t + 3, 2, mi)) return std::nullopt;
        size_t rest = t + 5;
        if (rest < iso.size() && iso[rest] == ':') {
            const char* begin = iso.data() + rest + 1;
            const char* end = iso.data() + iso.size();
            if (end > begin && end[-1] == 'Z') --end;
            auto r = std::from_chars(begin, end, sec);
            if (r.ec != std::errc() || r.ptr != end) return std::nullopt;
        } else if (rest < iso.size() && !(rest + 1 == iso.size() && iso[rest] == 'Z')) {
            return std::nullopt;
        }
        if (h > 23 || mi > 59 || sec < 0 || sec >= 61) return std::nullopt;
    }
    const double dayFraction = (h * 3600.0 + mi * 60.0 + sec) / 86400.0;
    if (timeAt == std::string_view::npos) return dayFraction;
    const int64_t unixDays = civil::daysFromCivil(y, unsigned(mo), unsigned(d));
    double serial;
    if (system == DateSystem::Excel1904) serial = double(unixDays - kEpoch1904_01_01);
    else if (system == DateSystem::Excel1900 && unixDays - kEpoch1899_12_31 < 60) serial = double(unixDays - kEpoch1899_12_31);
    else serial = double(unixDays - kEpoch1899_12_30);
    return serial + dayFraction;
}

bool isBuiltinDateFormat(uint32_t id) {
    return (id >= 14 && id <= 22) || (id >= 45 && id <= 47) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

bool isDateFormatCode(std::string_view code) {
    bool sawDateToken = false;
    for (size_t i = 0; i < code.size(); ++i) {
        const char c = code[i];
        switch (c) {
        case '"': {  // quoted literal text
            const size_t close = code.find('"', i + 1);
            if (close == std::string_view::npos) return sawDateToken;
            i = close;
            break;
        }
        case '[': {  // colour, condition, locale, or elapsed time
            const size_t close = code.find(']', i + 1);
            if (close == std::string_view::npos) return sawDateToken;
            if (tokenIsElapsed(code.substr(i + 1, close - i - 1))) return false;
            i = close;
            break;
        }
        case '\\':  // escaped literal
        case '_':   // padding the width of the next character
        case '*':   // fill with the next character
            ++i;
            break;
        case ';':   // only the first section decides
            return sawDateToken;
        default: {
            const char lower = char(c | 0x20);
            if (lower == 'd' || lower == 'm' || lower == 'y' || lower == 'h' || lower == 's') sawDateToken = true;
            break;
        }
        }
    }
    return sawDateToken;
}

}  // namespace findings::sheetread
