// "Only the findings shown now": the part of a project an export of the filtered table
// writes. Toolkit-neutral so it is tested headless.
#pragma once

#include <findings/format/findings_set.hpp>

#include <cstddef>
#include <vector>

namespace findings::studio {

/// The findings at `findingIndices` (in that order), the sources they come from (in the
/// project's order), and of their links only those whose target is among them — a link
/// to a finding left out would point nowhere in the exported file.
findings::FindingsSet subsetForExport(const findings::FindingsSet& set, const std::vector<size_t>& findingIndices);

}  // namespace findings::studio
