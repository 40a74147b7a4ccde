// What the filter bar (and a click in the progress matrix) asks of the findings table.
#pragma once

#include <findings/core/theme_labels.hpp>
#include <findings/sdk/followup.hpp>
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
    /// Action coverage: kNoActionPlanned, kOverdue, kRed, or "" for any.
    std::string coverage;
    /// The day "overdue" is judged on, YYYY-MM-DD; "" for today (tests fix it).
    std::string today;
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
/// Coverage filters: an Ofsted weakness (or mixed finding) or improvement point with no
/// action text and no plan item responding to it; an action due before today and not
/// complete; an action whose RAG status is Red.
inline constexpr const char* kNoActionPlanned = "no_action";
inline constexpr const char* kOverdue = "overdue";
inline constexpr const char* kRed = "red";

/// Decides whether findings pass a filter. Built once per filter change: the search words
/// are split and lower-cased here, not per finding.
class FindingMatcher {
public:
    /// `findings` (the whole set's) is needed by the "no action planned" filter: a plan
    /// item anywhere in the set may respond to a finding.
    FindingMatcher(const FilterState& filter, const core::ThemeLabels& themes,
                   const std::vector<Finding>* findings = nullptr);
    /// `source` may be null; `sourceVisitKey` is visitKey(*source) (cached by the caller);
    /// `findingIndex` is the finding's index in the set given to the constructor.
    bool matches(const Finding& finding, const Source* source,
                 const std::string& sourceVisitKey, size_t findingIndex = 0) const;

private:
    bool matchesText(const Finding& finding, const Source* source) const;
    bool matchesCoverage(const Finding& finding, const Source* source, size_t findingIndex) const;
    const FilterState& filter_;
    const core::ThemeLabels& themes_;
    std::vector<std::string> words_;
    std::string today_;
    std::vector<std::vector<size_t>> planItems_; ///< by finding: plan items responding to it
    std::unordered_set<std::string> onlyFindings_;
};

/// Today's date in local time, YYYY-MM-DD (the SDK's rule, one for every view).
using followup::todayIso;

/// Case-insensitive (ASCII) substring test; `lowerNeedle` must already be lower case.
bool containsIgnoringCase(const std::string& haystack, const std::string& lowerNeedle);

}  // namespace findings::studio
