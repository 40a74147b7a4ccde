// Small text helpers for cell values: trimming, line ends, a finding's first sentence, and
// how a typed cell reads as text in a property.
#pragma once

#include <findings/sheetread/cell.hpp>

#include <string>
#include <string_view>

namespace spreadsheet {

/// `text` without leading and trailing spaces, tabs, line breaks and non-breaking spaces.
std::string_view trimmedView(std::string_view text);

/// The cell's text as a person reads it: trimmed, CR LF and lone CR turned into LF.
/// Dates are ISO ("2025-03-31"), numbers as Excel shows them in General format.
std::string cellText(const findings::sheetread::Cell& cell);

/// As cellText, for text alone.
std::string cleanText(std::string_view text);

/// The first sentence of a finding: up to the first '.', '!' or '?' followed by a space and
/// a capital letter, digit or quote, or up to the first line break; the whole text when
/// there is no such end. Abbreviations such as "e.g." and "Dr." do not end a sentence.
std::string firstSentence(std::string_view text);

}  // namespace spreadsheet
