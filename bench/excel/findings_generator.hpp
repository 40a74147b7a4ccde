// Synthetic findings sets for the benchmark and the README picture: letters from several
// authorities' monitoring visits, each finding a paragraph of domain sentences with themes,
// polarity, and (for a third of them) an action. Deterministic for a given size and seed.
#pragma once

#include <findings/format/findings_set.hpp>

#include <cstddef>

namespace excel_bench {

/// `count` findings spread over sources in the way a large collection of letters would be.
findings::FindingsSet generateFindings(std::size_t count, unsigned seed = 1);

/// One authority's five monitoring visits, improving from visit to visit, with a dozen
/// themes: the document behind docs/images/progress.png.
findings::FindingsSet demoDocument();

}  // namespace excel_bench
