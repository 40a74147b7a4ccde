// The words the board summary prints for dates, visits, grades, stances and RAG statuses.
#pragma once

#include <findings/sdk/followup.hpp>
#include <findings/sdk/records.hpp>

#include <string>
#include <string_view>

namespace findings::board {

/// "May 2024" for "2024-05-15" or "2024-05"; "2024" for a bare year; "undated" for "".
std::string monthYear(std::string_view isoDate);
/// "1 June 2025" for "2025-06-01"; falls back to monthYear() for a partial date.
std::string longDate(std::string_view isoDate);

/// "31 Dec 2024" for "2024-12-31", "Mar 2025" for "2025-03": for narrow table cells.
std::string shortDate(std::string_view isoDate);

/// What kind of visit a source records, for a column heading: "Monitoring visit 3",
/// "Focused visit", "Full inspection", "News", "Press release", or its title.
std::string visitHeading(const Source& source);

/// A grade as people write it, capitalised: "Inadequate", "Requires improvement".
std::string gradeLabel(std::string_view grade);

/// A RAG status for people: "Red", "Amber", "Green", "Complete", "Not started", or "".
std::string statusLabel(std::string_view status);

/// The overall judgement of a report ("Overall effectiveness"), or "" when it gives none.
std::string overallGrade(const Source& report);

/// True when the area is the report's overall judgement.
bool isOverallArea(std::string_view area);

}  // namespace findings::board
