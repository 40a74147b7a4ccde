// ISO dates, Excel serial numbers, and the due-date cell in both directions.
#include <findings/excel/roundtrip/cell_values.hpp>

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace findings::excel {
namespace {

bool validDate(const CivilDate& d) { return civil::isValid(d); }

/// Excel's 1900 system counts 1900-02-29, a day that never was, so from 1900-03-01 on its
/// serial is the day count from 1899-12-30. Earlier dates are not used by this format.
const long long kExcelEpoch = civil::daysFromCivil(1899, 12, 30);

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
    return civil::parseIso(s, allowMonth);
}

std::string isoDate(const CivilDate& d) { return civil::toIso(d); }

double excelSerial(const CivilDate& d) {
    return static_cast<double>(civil::daysFromCivil(d.year, unsigned(d.month),
                                                    unsigned(d.day == 0 ? 1 : d.day)) -
                               kExcelEpoch);
}

std::optional<CivilDate> dateFromExcelSerial(double serial) {
    if (!std::isfinite(serial) || serial < 61 || serial >= 2958466) return std::nullopt;
    const civil::YearMonthDay c =
        civil::civilFromDays(kExcelEpoch + static_cast<long long>(std::floor(serial)));
    return CivilDate{static_cast<int>(c.year), static_cast<int>(c.month), static_cast<int>(c.day)};
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
