#include "model/followup_links.hpp"

#include "model/finding_filter.hpp"
#include "model/source_labels.hpp"

#include <findings/core/linker.hpp>
#include <findings/sdk/followup.hpp>

#include <algorithm>
#include <cctype>
#include <sstream>
#include <unordered_map>

namespace findings::studio {

bool awaitsReview(const Link& link) { return !core::isPersonDecision(link); }

bool hasLinksAwaitingReview(const Finding& finding) {
    return std::any_of(finding.links.begin(), finding.links.end(), awaitsReview);
}

size_t nextLinkAwaitingReview(const std::vector<Link>& links, size_t after) {
    const size_t n = links.size();
    const size_t start = after == kNoLink || after >= n ? 0 : after + 1;
    for (size_t k = 0; k < n; ++k) {
        const size_t i = (start + k) % n;
        if (awaitsReview(links[i])) return i;
    }
    return kNoLink;
}

std::vector<Link> withReview(std::vector<Link> links, size_t index, const std::string& review) {
    links.at(index).review = review;
    return links;
}

std::vector<Link> withStance(std::vector<Link> links, size_t index, const std::string& stance) {
    Link& link = links.at(index);
    link.stance = stance;
    link.review = "accepted";
    return links;
}

std::string relationFrom(const Finding& from) {
    return kindOf(from) == "plan_item" ? "responds_to" : "follows_up";
}

Link personLink(const Finding& from, const Finding& point, const std::string& stance) {
    Link link;
    link.target = point.id;
    link.relation = relationFrom(from);
    if (link.relation == "follows_up") link.stance = stance.empty() ? std::string("unclear") : stance;
    link.confidence = 1.0;
    link.origin = "person";
    link.review = "accepted";
    link.evidence = "linked by hand";
    return link;
}

std::vector<Link> withLink(std::vector<Link> links, Link link) {
    for (Link& l : links)
        if (l.target == link.target && l.relation == link.relation) {
            l = std::move(link);
            return links;
        }
    links.push_back(std::move(link));
    return links;
}

std::vector<PointChoice> linkablePoints(const findings::FindingsSet& set, size_t findingIndex) {
    const Finding& from = set.findings.at(findingIndex);
    std::unordered_map<std::string, size_t> sourceIndex;
    for (size_t i = 0; i < set.sources.size(); ++i) sourceIndex.emplace(set.sources[i].id, i);
    auto sourceOf = [&](const Finding& f) -> const Source* {
        auto it = sourceIndex.find(f.source);
        return it == sourceIndex.end() ? nullptr : &set.sources[it->second];
    };
    const Source* own = sourceOf(from);
    const std::string ownDate = own ? followup::placeDate(*own) : std::string();
    std::vector<std::pair<std::string, size_t>> points;  // (date, finding), to sort newest first
    for (size_t i = 0; i < set.findings.size(); ++i) {
        const Finding& p = set.findings[i];
        if (i == findingIndex || kindOf(p) != "improvement_point" || p.source == from.source) continue;
        const bool linked = std::any_of(from.links.begin(), from.links.end(), [&](const Link& l) {
            return l.target == p.id && l.review != "rejected";
        });
        if (linked) continue;
        const Source* s = sourceOf(p);
        const std::string date = s ? followup::placeDate(*s) : std::string();
        // A point raised after the finding's visit cannot be what it follows up.
        if (!ownDate.empty() && !date.empty() && date > ownDate) continue;
        points.emplace_back(date, i);
    }
    std::stable_sort(points.begin(), points.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<PointChoice> choices;
    for (const auto& [date, i] : points) {
        const Finding& p = set.findings[i];
        const Source* s = sourceOf(p);
        PointChoice c;
        c.finding = i;
        c.label = (s ? sourceShortName(*s) : p.source) + " \u2014 " + (p.summary.empty() ? p.text : p.summary);
        choices.push_back(std::move(c));
    }
    return choices;
}

std::vector<size_t> matchingChoices(const std::vector<PointChoice>& choices, const std::string& query) {
    std::vector<std::string> words;
    std::istringstream in(query);
    for (std::string w; in >> w;) {
        std::transform(w.begin(), w.end(), w.begin(),
                       [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
        words.push_back(std::move(w));
    }
    std::vector<size_t> out;
    for (size_t i = 0; i < choices.size(); ++i)
        if (std::all_of(words.begin(), words.end(),
                        [&](const std::string& w) { return containsIgnoringCase(choices[i].label, w); }))
            out.push_back(i);
    return out;
}

std::string relationLabel(std::string_view relation) {
    if (relation == "follows_up") return "Follows up";
    if (relation == "responds_to") return "Responds to";
    if (relation == "same_as") return "Same as";
    return enumLabel(relation);
}

std::string linkStanceLabel(std::string_view stance) {
    if (stance.empty()) return {};
    if (stance == "not_improved") return "Not improved";
    return enumLabel(stance);
}

std::string linkReviewLabel(const Link& link) {
    if (link.review == "rejected") return "Rejected";
    if (link.review == "accepted" || link.origin == "person") return "Accepted";
    return "Proposed";
}

std::string linkTargetText(const findings::FindingsSet& set, const Link& link, size_t maxCodePoints) {
    const auto target = std::find_if(set.findings.begin(), set.findings.end(),
                                     [&](const Finding& f) { return f.id == link.target; });
    if (target == set.findings.end()) return link.target;
    const auto source = std::find_if(set.sources.begin(), set.sources.end(),
                                     [&](const Source& s) { return s.id == target->source; });
    // The point's words first: in a narrow column they are what tells two links apart.
    std::string where = target->source;
    if (source != set.sources.end()) {
        const std::string date = followup::placeDate(*source);
        where = sourceKindLabel(source->kind) + " \u00b7 " + (date.empty() ? std::string("undated") : date);
    }
    const std::string& words = target->summary.empty() ? target->text : target->summary;
    return ellipsized(words, maxCodePoints) + " (" + where + ")";
}

}  // namespace findings::studio
