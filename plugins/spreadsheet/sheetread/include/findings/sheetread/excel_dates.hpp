// Excel serial dates and number formats: which formats mean "this number is a date", and
// how a serial becomes ISO 8601 text in the 1900 and 1904 date systems.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace findings::sheetread {

/// How serial numbers map to days.
enum class DateSystem {
    Excel1900, ///< serial 1 = 1900-01-01, with Lotus's phantom 1900-02-29 at serial 60
    Excel1904, ///< serial 0 = 1904-01-01 (old Mac Excel; workbookPr date1904="1")
    Iso1899,   ///< serial 0 = 1899-12-30 throughout, no phantom day (Strict OOXML with
               ///< workbookPr dateCompatibility="0")
};

/// Serials above this are past 9999-12-31 and not treated as dates.
constexpr double kMaxDateSerial = 2958466.0;

/// ISO 8601 text for a serial: "2025-03-31", "2025-03-31T14:30:00" when the time of day is
/// not midnight (rounded to the second), or "14:30:00" for a pure time (a serial below 1;
/// but serial 0 in the 1904 system is its first day, "1904-01-01").
/// nullopt for negative or too large serials, and for serial 60 in the 1900 system: Excel
/// shows it as 1900-02-29, a day that never existed, so it is left a number.
std::optional<std::string> serialToIso(double serial, DateSystem system);

/// The serial for an ISO 8601 date or date-time ("2025-03-31", "2025-03-31T14:30:00",
/// fractional seconds and a trailing "Z" accepted), or nullopt when it does not parse or
/// names no real day ("2023-02-30"). Used
/// for cells of type "d".
std::optional<double> isoToSerial(std::string_view iso, DateSystem system);

/// True for Excel's built-in date and time formats: ids 14–22 and 45–47, plus 27–36 and
/// 50–58, which are date formats in East Asian locales.
bool isBuiltinDateFormat(uint32_t numFmtId);

/// True when a custom format code formats dates or times: it has a d, m, y, h or s token
/// outside quoted text, [brackets], backslash escapes and _/* padding. Elapsed-time codes
/// ([h]:mm) count as durations, not dates, and return false.
bool isDateFormatCode(std::string_view code);

}  // namespace findings::sheetread
