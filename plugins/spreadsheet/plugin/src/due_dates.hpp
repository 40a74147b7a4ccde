// Due dates as trackers write them, to the format's ISO dates: real date cells, UK day-first
// text ("31/03/2025", "31.3.25"), "31 March 2025", month-only text ("March 2025", "Mar-25")
// and Excel serial numbers. Anything else ("Q2 2025", "Ongoing") is not a date: the importer
// keeps it as written in the finding's properties rather than inventing a day.
#pragma once

#include <findings/sheetread/cell.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace spreadsheet {

/// The ISO date ("2025-03-31" or "2025-03") a due cell means, or nullopt when it is no date.
/// Date cells use their ISO text (a time of day is dropped); number cells and whole numbers
/// typed as text are Excel serials (1900 system) when they fall between 1982 and 2119.
std::optional<std::string> dueDateFromCell(const findings::sheetread::Cell& cell);

/// As dueDateFromCell, for text alone.
std::optional<std::string> dueDateFromText(std::string_view text);

/// The ISO date of an Excel serial in the 1900 date system, or nullopt out of range.
std::optional<std::string> isoFromSerial(double serial);

}  // namespace spreadsheet
