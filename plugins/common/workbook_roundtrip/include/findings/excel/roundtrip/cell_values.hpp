// The cell vocabulary the exporter writes and the importer reads back: how an action status,
// a review state, a list of themes, a due date and long text look in a cell. Keeping both
// directions in one place is what makes an untouched cell read back as "unchanged".
#pragma once

#include <cstddef>
#include <findings/civil_date.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace findings::excel {

// --- Action status -------------------------------------------------------------------------

/// The label a Status cell shows: "not_started" -> "Not started", "red" -> "Red", "amber" ->
/// "Amber", "green" -> "Green", "complete" -> "Complete"; "" stays ""; any other value is
/// shown as it is (so it reads back unchanged).
std::string statusLabel(std::string_view status);

/// Reads a Status cell: the labels above or the format's own values in any case, and the
/// tracker colours "Blue" (complete) and "Grey"/"Gray" (not started). Returns the format's
/// value, "" for a blank cell, or nullopt when the text is none of these.
std::optional<std::string> statusFromCell(std::string_view text);

/// The choices of the Status drop-down, in the order it lists them.
const std::vector<std::string>& statusChoices();

// --- Review state --------------------------------------------------------------------------

/// The label a Strength/weakness cell shows: "Strength", "Weakness", "Mixed", "Neutral"; any
/// other value as it is.
std::string polarityLabel(std::string_view polarity);

/// Reads a Strength/weakness cell (labels or values, any case). Returns the format's value,
/// "" for a blank cell, or nullopt for anything else.
std::optional<std::string> polarityFromCell(std::string_view text);

/// The choices of the Strength/weakness drop-down.
const std::vector<std::string>& polarityChoices();

/// The label a Review cell shows: "Unreviewed" (also for ""), "Confirmed", "Edited"; any other
/// value as it is.
std::string reviewLabel(std::string_view review);

/// Reads a Review cell (labels or values, any case). Returns "unreviewed", "confirmed",
/// "edited", "" for a blank cell, or nullopt for anything else.
std::optional<std::string> reviewFromCell(std::string_view text);

/// The choices of the Review drop-down.
const std::vector<std::string>& reviewChoices();

// --- Themes --------------------------------------------------------------------------------

/// Separator between theme labels in one cell. No shipped label contains ';'.
inline constexpr std::string_view kThemeSeparator = "; ";

/// Theme labels joined for one cell: "Assessment; Care leavers".
std::string joinThemeLabels(const std::vector<std::string>& labels);

/// Splits a Themes cell at ';' and line breaks (people type either), trims each part and
/// drops empty parts.
std::vector<std::string> splitThemeCell(std::string_view text);

// --- Dates ---------------------------------------------------------------------------------

/// A calendar date; day 0 means only the month is known (the project's one calendar).
using CivilDate = findings::civil::Date;

/// Parses "YYYY-MM-DD" or, when `allowMonth`, "YYYY-MM" (day 0). Checks the calendar.
std::optional<CivilDate> parseIsoDate(std::string_view text, bool allowMonth = false);
/// "YYYY-MM-DD", or "YYYY-MM" when day is 0.
std::string isoDate(const CivilDate& date);
/// The Excel serial number (1900 date system, as Excel counts it) of a full date; a
/// month-only date counts as its first day.
double excelSerial(const CivilDate& date);
/// The date of an Excel serial number (the fraction, a time of day, is ignored); nullopt
/// outside 1900-03-01 .. 9999-12-31.
std::optional<CivilDate> dateFromExcelSerial(double serial);

/// How the exporter writes an action's due value.
struct DueCell {
    enum class Kind { Blank, Date, Month, Text };
    Kind kind = Kind::Blank;
    CivilDate date;    ///< for Date and Month (Month is written as the first of the month)
    std::string text;  ///< for Text: a value that is not an ISO date, written as it is
};
/// The cell for a due value: a date cell for "YYYY-MM-DD", a date cell shown as a month for
/// "YYYY-MM", text for anything else, blank for "".
DueCell dueCell(std::string_view due);

/// Reads a Due cell as a sheet reader reports it: an ISO date (a time part such as
/// "T00:00:00" or " 00:00:00" is ignored), an Excel serial number, or a UK date written as
/// text ("31/03/2025"). Returns the ISO date, "" for a blank cell, or nullopt when unreadable.
std::optional<std::string> dueFromCell(std::string_view text);

// --- Text ----------------------------------------------------------------------------------

/// The most characters a cell holds.
inline constexpr std::size_t kMaxCellChars = 32767;

/// Text as written into a cell: control characters other than tab and line feed (which XML
/// cannot carry) become spaces, CR LF becomes LF, and text longer than a cell holds is cut
/// and ends with "…" (the full text stays in the hidden data).
std::string cellText(std::string_view text);

/// `text` without leading and trailing spaces, tabs and line breaks.
std::string trimmed(std::string_view text);

/// Number of Unicode code points in UTF-8 `text` (continuation bytes are not counted).
std::size_t codePointCount(std::string_view text);

}  // namespace findings::excel
