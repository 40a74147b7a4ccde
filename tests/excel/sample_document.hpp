// The findings document the Excel tests export: a fictional council, Wyvern, with three
// monitoring visits and a news article, 24 findings with themes, every polarity, actions in
// every status (one due only by month), curly quotes, en dashes and £, a finding longer than
// a cell holds, and locations and properties of every kind.
#pragma once

#include <findings/format/findings_set.hpp>

#include <string>

namespace exceltest {

/// The document; the same every time.
findings::FindingsSet sampleDocument();

/// Id of finding k (0-based) of sampleDocument().
std::string findingId(int k);

/// Index of the finding whose text is longer than a cell holds.
inline constexpr int kLongFinding = 5;

}  // namespace exceltest
