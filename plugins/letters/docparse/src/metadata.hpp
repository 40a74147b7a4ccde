// Metadata scanners over prose shared by the letter and article parsers (internal).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "findings/docparse/document.hpp"
#include "findings/docparse/scanners.hpp"

namespace findings::docparse::detail {

/// Inspectors named in prose: "His Majesty's inspectors for this visit were A and B",
/// "A and B, His Majesty's inspectors, reported", "Inspector A said", "HMI A".
std::vector<std::string> inspectorsFromText(std::string_view text);

/// The visit dates: the first date range with a day in a sentence about a visit or
/// inspection, its year completed from the range itself or `reference` (a visit precedes
/// the document). Ranges equal to `reference` (the letter's own date) are skipped.
std::optional<DateRange> visitDates(std::string_view text, const PartialDate& reference);

/// The year every dated mention in `text` shares (a day or month with its year), leaving
/// out sentences about a past judgement ("judged inadequate in May 2021", "since ..."):
/// the year of a visit whose dates the text gives without one. 0 when no such date is
/// found, or when the dates span more than one year (the year would be a guess).
int unambiguousYear(std::string_view text);

/// "ILACS" or "SIF" when the text names the framework, else "".
std::string frameworkFromText(std::string_view text);

/// The previous judgement: the grade from the first clause that states one, its date from
/// that clause, else from another clause with the same grade, else from "inspection in
/// <Month Year>".
PreviousJudgementInfo previousJudgement(std::string_view text, const PartialDate& reference);

/// A date parsed from an ISO string ("2024-03-27", "2024-03").
PartialDate parseIso(std::string_view iso);

}  // namespace findings::docparse::detail
