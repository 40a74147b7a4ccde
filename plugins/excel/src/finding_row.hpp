// One finding as the row writers receive it: the record, its source, its reference number
// and its themes' labels, resolved once for all sheets.
#pragma once

#include "source_catalog.hpp"

#include <findings/sdk/records.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace findings::excel {

struct FindingRow {
    const Finding& finding;
    const SourceInfo* source;                     ///< null when the set lacks the finding's source
    std::size_t ref;                              ///< 1-based number shown as "Ref"
    const std::vector<std::string>& themeLabels;  ///< labels of finding.themes, in order
};

}  // namespace findings::excel
