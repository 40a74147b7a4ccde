// A person's decisions on a finding's links (format 1.1): accept, reject, change the stance,
// add a link to an improvement point; which links still wait for a decision (the review
// queue); and the words the link review shows. Each decision returns the finding's new
// links, so the document records it as one undoable edit of one finding.
//
// Toolkit-neutral, so the decisions are unit-tested without a display. Which links a view
// shows is followup::isShown's rule and what counts as decided is core::isPersonDecision's;
// neither is repeated here.
#pragma once

#include <findings/format/findings_set.hpp>

#include <cstddef>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace findings::studio {

inline constexpr size_t kNoLink = std::numeric_limits<size_t>::max();

/// True when the link still waits for a person: proposed by the linker and neither accepted
/// nor rejected (the linker keeps decided links when it runs again, and re-proposes the rest).
bool awaitsReview(const Link& link);
/// True when any of the finding's links waits for a person (the "Proposed links" filter).
bool hasLinksAwaitingReview(const Finding& finding);
/// The first link waiting for review after `after` (kNoLink: from the start), wrapping round
/// to the start; kNoLink when none waits.
size_t nextLinkAwaitingReview(const std::vector<Link>& links, size_t after);

/// `links` with link `index` accepted ("accepted") or rejected ("rejected"). A rejected link
/// is kept, so linking again never proposes it anew.
std::vector<Link> withReview(std::vector<Link> links, size_t index, const std::string& review);
/// `links` with link `index` given `stance` (see linkStances()). Correcting a stance is a
/// person's decision on the link, so the link is accepted too.
std::vector<Link> withStance(std::vector<Link> links, size_t index, const std::string& stance);
/// The relation a link made by hand from `from` to an improvement point takes: a plan item
/// responds to it, anything else follows it up.
std::string relationFrom(const Finding& from);
/// A person's link from `from` to `point`: accepted, full confidence, `stance` when it
/// follows up (empty for a plan item's response).
Link personLink(const Finding& from, const Finding& point, const std::string& stance);
/// `links` with `link` added; a link already there to the same target with the same relation
/// is replaced (a person's link supersedes the machine's proposal), never duplicated.
std::vector<Link> withLink(std::vector<Link> links, Link link);

/// One improvement point a finding can be linked to, for the searchable list.
struct PointChoice {
    size_t finding = 0;  ///< index of the improvement point
    std::string label;   ///< "Inspection report · 2022-10-07 — The response to contacts…"
};
/// The improvement points `findingIndex` can be linked to: those of other sources dated no
/// later than the finding's own source (undated ones too), newest source first, in each
/// source's order. Points it already links to are left out.
std::vector<PointChoice> linkablePoints(const findings::FindingsSet& set, size_t findingIndex);
/// The choices whose label holds every word of `query` (case-insensitive), in order.
std::vector<size_t> matchingChoices(const std::vector<PointChoice>& choices, const std::string& query);

/// "Follows up", "Responds to", "Same as".
std::string relationLabel(std::string_view relation);
/// "Improved", "Not improved", "Mixed", "Unclear"; "" for no stance.
std::string linkStanceLabel(std::string_view stance);
/// "Proposed", "Accepted", "Rejected"; a person's link without a review reads "Accepted".
std::string linkReviewLabel(const Link& link);
/// The link's target in a few words: the start of its text, then where it is from,
/// "The response to contacts at the front… (Inspection report · 2022-10-07)"; the text is
/// shortened to `maxCodePoints`. The bare id when the target is not in the set.
std::string linkTargetText(const findings::FindingsSet& set, const Link& link, size_t maxCodePoints = 90);

}  // namespace findings::studio
