// What the filter bar (and a click in the progress matrix) asks of the findings table.
#pragma once

#include <findings/core/theme_labels.hpp>
#include <findings/sdk/records.hpp>

#include <string>
#include <unordered_set>
#include <vector>

namespace findings::studio {

struct FilterState {
    std::string text;       ///< words that must all occur (case-insensitive), or ""
    std::string theme;      ///< theme id, "" for any, kNoTheme for findings without themes
    std::string polarity;   ///< strength/weakness/mixed/neutral, or "" for any
    std::string sourceId;   ///< one source, or ""
    std::string visitKey;   ///< one visit (see visitKey()), or ""
    std::string review;     ///< unreviewed/confirmed/edited, or ""
    bool lowConfidenceOnly = false;
    double lowConfidenceBelow = 0.6; ///< "low" means a known confidence under this
    /// Only what the Progress matrix counts (countsAsEvidence, not restating another): set
    /// when a matrix cell is chosen, so the table shows the findings the cell counted.
    bool evidenceOnly = false;
    /// Only these findings (by id): set when a Follow-up cell is chosen, so the table shows
    /// the findings behind that visit's stance on that point. Empty: no such limit.
    std::vector<std::string> onlyFindings;
    /// Only findings with a link still waiting for a person's decision (the review queue).
    bool proposedLinksOnly = false;

    /// True when any criterion is set.
    bool active() const;
    bool operator==(const FilterState& o) const;
    bool operator!=(const FilterState& o) const { return !(*this == o); }
};

/// The theme filter value that selects findings with no theme at all.
inline constexpr const char* kNoTheme = "-";

/// Decides whether findings pass a filter. Built once per filter change: the search words
/// are split and lower-cased here, not per finding.
class FindingMatcher {
public:
    FindingMatcher(const FilterState& filter, const core::ThemeLabels& themes);
    /// `source` may be null; `sourceVisitKey` is visitKey(*source) (cached by the caller).
    bool matches(const Finding& finding, const Source* source,
                 const std::string& sourceVisitKey) const;

private:
    bool matchesText(const Finding& finding, const Source* source) const;
    const FilterState& filter_;
    const core::ThemeLabels& themes_;
    std::vector<std::string> words_;
    std::unordered_set<std::string> onlyFindings_;
};

/// Case-insensitive (ASCII) substring test; `lowerNeedle` must already be lower case.
bool containsIgnoringCase(const std::string& haystack, const std::string& lowerNeedle);

}  // namespace findings::studio
