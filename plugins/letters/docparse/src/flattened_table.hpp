// A judgement table whose columns the text extraction put one after the other: every
// area, then every grade (internal).
#pragma once

#include <cstddef>
#include <vector>

#include "findings/docparse/document.hpp"
#include "rows.hpp"

namespace findings::docparse::detail {

/// When row `at` starts a run of two or more areas without grades, numbered or named as
/// graded areas are ("1. Children who need help and protection", "Overall
/// effectiveness"), followed by a run of grade-only rows ("Good", "Good", "Requires improvement") holding exactly one grade per
/// area, pairs them in order, sets `next` to the row after the grades and returns true.
bool readFlattenedColumns(const std::vector<Row>& rows, std::size_t at, std::size_t to, std::size_t& next,
                          std::vector<JudgementInfo>& out);

}  // namespace findings::docparse::detail
