// Theme cells to theme ids. Trackers name themes their own way ("Front door", "Supervision &
// oversight", "Care leavers; Accommodation"), so each part of a cell is matched against the
// taxonomy's ids, labels and short labels (the label up to its first ':' or ','), and failing
// that the part's own words go through the shared classifier ("Supervision & oversight"
// reads as supervision_oversight). A part that still means nothing is reported by the caller.
#pragma once

#include <findings/classify/call_classifier.hpp>
#include <findings/classify/classifier.hpp>

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace spreadsheet {

/// What a theme cell resolved to.
struct ResolvedThemes {
    std::vector<std::string> ids;      ///< theme ids, in the cell's order, no repeats
    std::vector<std::string> unknown;  ///< parts that matched no theme, as written
};

/// One per import (it caches the cells it has seen; not thread-safe).
class ThemeResolver {
public:
    /// Indexes the names of `taxonomy` (the one this plugin loaded, which a host that
    /// classifies for it chooses by the same rule); parts that name no theme go through
    /// `classifier`. Both must outlive the resolver.
    ThemeResolver(const findings::classify::Taxonomy& taxonomy,
                  const findings::classify::CallClassifier& classifier);

    /// The ids a theme cell names: parts split at ';', line breaks, '/' and ','.
    const ResolvedThemes& resolveCell(std::string_view cell) const;
    /// The id a label, short label or id names (case and punctuation ignored), or "".
    /// Exact names only: no classifier, as a round trip reads back what it wrote.
    std::string idForLabel(std::string_view label) const;

private:
    const findings::classify::CallClassifier& classifier_;
    std::unordered_map<std::string, std::string> byName_;  ///< folded name -> id
    /// Trackers repeat a handful of theme cells over thousands of rows.
    mutable std::unordered_map<std::string, ResolvedThemes> seen_;
};

}  // namespace spreadsheet
