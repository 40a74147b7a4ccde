// Reading the graded judgements from the front of an inspection report, whatever the
// table's layout (internal).
#pragma once

#include <cstddef>
#include <vector>

#include "findings/docparse/document.hpp"
#include "rows.hpp"

namespace findings::docparse::detail {

/// Judgements from rows [from, to): table rows whose grade sits in a right-hand column
/// (possibly wrapped over several rows, "Requires / improvement"), rows of area then
/// grade, and statements such as "The overall judgement is requires improvement" or
/// "The effectiveness of the LSCB ... requires improvement".
std::vector<JudgementInfo> readJudgementTable(const std::vector<Row>& rows, std::size_t from, std::size_t to);

/// "Overall effectiveness" for "The overall judgement"; leading item numbers removed.
std::string normaliseArea(std::string_view area);

}  // namespace findings::docparse::detail
