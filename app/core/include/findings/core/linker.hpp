// Follow-up links: what became of each area for improvement.
//
// Per local authority, in date order, the improvement points of each full inspection report
// are anchors. Every later inspection finding, up to and including the next full report, is
// matched to them (`follows_up`, with a stance); the rows of a council's plan are matched to
// points and weaknesses (`responds_to`); commentary gets `same_as` to the inspection finding
// it restates, and so does the same document imported in another form.
//
// Matching knows the domain: a concept layer (concepts.json) maps Ofsted's changing words to
// one idea, terms are stemmed and weighted by how rare they are in the sources held, themes
// agreeing is a prior, and a point listing several topics is matched clause by clause.
// Every link says why in `evidence`.
//
// A person's decisions are kept: links made by a person, and links accepted or rejected,
// survive re-linking as they are, and a rejected link is never proposed again.
#pragma once

#include <findings/format/findings_set.hpp>
#include <findings/core/link/concepts.hpp>

#include <string>
#include <vector>

namespace findings::core {

/// Links at or above this confidence are shown by default; those below are kept as
/// proposals for review.
inline constexpr double kDefaultLinkThreshold = 0.5;

struct LinkSettings {
    double threshold = kDefaultLinkThreshold;
    /// The concept layer; nullptr links on shared terms and themes alone.
    const link::ConceptLayer* concepts = nullptr;
};

/// What one linking run did, for people.
struct LinkReport {
    size_t authorities = 0;       ///< local authorities seen
    size_t anchors = 0;           ///< improvement points linked against
    size_t followUps = 0;         ///< follows_up links proposed
    size_t responses = 0;         ///< responds_to links proposed
    size_t restatements = 0;      ///< same_as links proposed
    size_t aboveThreshold = 0;    ///< of all proposed, how many reach the threshold
    size_t keptDecisions = 0;     ///< links of people's making or decisions, kept as they were
    std::vector<std::string> notes; ///< sentences for people: what could not be linked and why
};

/// Replaces the set's automatic proposals with fresh ones and returns what was done.
LinkReport linkFindings(FindingsSet& set, const LinkSettings& settings);

/// Finds sources that are the same document as an earlier one in another form (the .txt and
/// .pdf of one letter, a letter reprinted whole in an article) and links their findings
/// `same_as`, leaving every other link alone. Import runs it, so a copy is reported and not
/// counted twice even before anything is linked; `notes` name each copy.
LinkReport linkSameDocuments(FindingsSet& set);

/// The date a source is placed by: the last day of its visit or inspection, else its own date;
/// ISO text, so dates compare as strings. Empty when the source gives none.
std::string sourceDate(const Source& source);

/// True when a link is a person's: made by one, or accepted or rejected by one.
bool isPersonDecision(const Link& link);

}  // namespace findings::core
