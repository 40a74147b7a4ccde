// Text for people: how dates, sources, visits, polarities and locations read in the cells.
// Pure functions of the records, so the sheets agree with each other and tests can pin them.
#pragma once

#include <findings/sdk/records.hpp>

#include <string>
#include <string_view>

namespace findings::excel {

/// "2024-05-07" -> "7 May 2024", "2024-05" -> "May 2024"; other text is returned as it is.
std::string longDate(std::string_view iso);
/// "2024-05-07" or "2024-05" -> "May 2024"; other text as it is.
std::string monthYear(std::string_view iso);
/// A span of days: "7–8 May 2024", "30 Apr – 1 May 2024", "30 Dec 2023 – 2 Jan 2024";
/// one date when the other is missing or the same.
std::string dateRange(std::string_view startIso, std::string_view endIso);

/// "monitoring_letter" -> "Monitoring letter", ...; unknown kinds with '_' as spaces.
std::string sourceKindLabel(std::string_view kind);
/// A snake_case value as words with a capital: "not_improving" -> "Not improving".
std::string humanWords(std::string_view value);

/// The source as a reader names it: its title, or its kind and authority, followed by its
/// date in brackets: "Monitoring visit to Wyvern children's services (14 May 2024)".
std::string sourceLabel(const Source& source);
/// "Visit 3" for a numbered visit, else the visit's dates, else "".
std::string visitLabel(const Source& source);
/// A short heading for a source as a column of the Progress matrix: "Visit 3",
/// "Focused visit", "Inspection", "News article", ...
std::string sourceHeading(const Source& source);
/// The date that orders sources in time: the visit's first day, else the document's date
/// (ISO text, so it sorts as text); "" when neither is known.
std::string sourceSortDate(const Source& source);
/// The date shown under a source's heading: month and year of the visit or document.
std::string sourceWhen(const Source& source);

/// Where a finding is, for a reader: "page 3, lines 12–14", "Tracker!C5", "line 40".
/// Byte offsets are left out: they mean nothing to a person.
std::string locationText(const Location& location);

/// Text for an Excel page header or footer: '&' doubled (it starts a control code there) and
/// cut to `maxBytes` at a character boundary.
std::string headerFooterText(std::string_view text, std::size_t maxBytes);

}  // namespace findings::excel
