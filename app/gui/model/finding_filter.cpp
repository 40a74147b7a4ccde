#include "model/finding_filter.hpp"
#include "model/followup_links.hpp"
#include "model/progress_matrix.hpp"

#include <findings/sdk/followup.hpp>

#include <algorithm>
#include <cctype>
#include <ctime>
#include <sstream>

namespace findings::studio {

bool FilterState::active() const {
    return !text.empty() || !theme.empty() || !polarity.empty() || !sourceId.empty() ||
           !visitKey.empty() || !review.empty() || lowConfidenceOnly || evidenceOnly ||
           !coverage.empty() || !onlyFindings.empty() || proposedLinksOnly;
}

bool FilterState::operator==(const FilterState& o) const {
    return text == o.text && theme == o.theme && polarity == o.polarity &&
           sourceId == o.sourceId && visitKey == o.visitKey && review == o.review &&
           lowConfidenceOnly == o.lowConfidenceOnly && lowConfidenceBelow == o.lowConfidenceBelow &&
           evidenceOnly == o.evidenceOnly && coverage == o.coverage && today == o.today &&
           onlyFindings == o.onlyFindings && proposedLinksOnly == o.proposedLinksOnly;
}

namespace {
char lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }
}  // namespace

bool containsIgnoringCase(const std::string& haystack, const std::string& lowerNeedle) {
    if (lowerNeedle.empty()) return true;
    return std::search(haystack.begin(), haystack.end(), lowerNeedle.begin(), lowerNeedle.end(),
                       [](char h, char n) { return lower(h) == n; }) != haystack.end();
}

FindingMatcher::FindingMatcher(const FilterState& filter, const core::ThemeLabels& themes,
                               const std::vector<Finding>* findings)
    : filter_(filter), themes_(themes),
      onlyFindings_(filter.onlyFindings.begin(), filter.onlyFindings.end()) {
    // The coverage rules are the SDK's (followup.hpp), shared with the workbook and the
    // board summary: one meaning of "overdue" and "no action planned" everywhere.
    if (filter.coverage == kOverdue) today_ = filter.today.empty() ? todayIso() : filter.today;
    if (filter.coverage == kNoActionPlanned && findings) planItems_ = followup::planItemsByFinding(*findings);
    std::istringstream in(filter.text);
    for (std::string word; in >> word;) {
        std::transform(word.begin(), word.end(), word.begin(), lower);
        words_.push_back(std::move(word));
    }
}

bool FindingMatcher::matchesText(const Finding& f, const Source* source) const {
    for (const auto& word : words_) {
        bool found = containsIgnoringCase(f.text, word) || containsIgnoringCase(f.summary, word) ||
                     containsIgnoringCase(f.section, word) ||
                     containsIgnoringCase(f.attribution, word) ||
                     containsIgnoringCase(f.action.text, word) ||
                     containsIgnoringCase(f.action.owner, word) ||
                     (source && containsIgnoringCase(source->title, word));
        for (size_t i = 0; !found && i < f.themes.size(); ++i)
            found = containsIgnoringCase(themes_.label(f.themes[i]), word);
        if (!found) return false;
    }
    return true;
}

bool FindingMatcher::matchesCoverage(const Finding& f, const Source* source, size_t index) const {
    if (filter_.coverage == kRed) return followup::isRed(f.action);
    if (filter_.coverage == kOverdue) return followup::isOverdue(f.action, today_);
    if (filter_.coverage == kNoActionPlanned) {
        static const std::vector<size_t> kNone;
        return followup::hasNoActionPlanned(f, source, index < planItems_.size() ? planItems_[index] : kNone);
    }
    return true;
}

bool FindingMatcher::matches(const Finding& f, const Source* source,
                             const std::string& sourceVisitKey, size_t findingIndex) const {
    if (!filter_.coverage.empty() && !matchesCoverage(f, source, findingIndex)) return false;
    if (!filter_.polarity.empty() && f.polarity != filter_.polarity) return false;
    if (!filter_.review.empty()) {
        const std::string& review = f.review.empty() ? std::string("unreviewed") : f.review;
        if (review != filter_.review) return false;
    }
    if (!filter_.sourceId.empty() && f.source != filter_.sourceId) return false;
    if (!filter_.visitKey.empty() && sourceVisitKey != filter_.visitKey) return false;
    if (filter_.evidenceOnly && (!source || !countsAsEvidence(*source, false) || restatesAnother(f))) return false;
    if (!onlyFindings_.empty() && onlyFindings_.count(f.id) == 0) return false;
    if (filter_.proposedLinksOnly && !hasLinksAwaitingReview(f)) return false;
    if (filter_.lowConfidenceOnly &&
        !(f.confidence >= 0 && f.confidence < filter_.lowConfidenceBelow))
        return false;
    if (!filter_.theme.empty()) {
        if (filter_.theme == kNoTheme) {
            if (!f.themes.empty()) return false;
        } else if (std::find(f.themes.begin(), f.themes.end(), filter_.theme) == f.themes.end()) {
            return false;
        }
    }
    return words_.empty() || matchesText(f, source);
}

}  // namespace findings::studio
