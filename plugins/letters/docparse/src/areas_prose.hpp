// The areas a visit looked at when the letter tells them in a sentence instead of a
// bulleted list (internal): focused visits ("Inspectors looked at the local authority's
// arrangements for ...", "This visit focused on ...") and older monitoring letters
// ("... reviewed the progress made in the area of ..., with a specific focus on ...").
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace findings::docparse::detail {

/// True when `sentence` says what a visit looked at ("looked at", "focused on", "the focus
/// of the visit was", "in the area of").
bool statesAreasCovered(std::string_view sentence);

/// The areas a sentence names: the phrase after its anchor ("arrangements for", "focused
/// on", "in the area of", ...), split into the cohort and the practice areas it lists
/// after "including" / "with a specific focus on", each list split at commas. A sentence
/// whose list cannot be told apart is returned whole. Empty when the sentence names none.
std::vector<std::string> areasFromSentence(std::string_view sentence);

/// True when `sentence` opens with the visit or its inspectors as the subject and tells
/// what they looked at or how ("Inspectors looked at ...", "Inspectors reviewed children's
/// records and met social workers."): a lead-in that real letters sometimes put as the
/// first paragraph under the findings heading, which describes the visit, not a finding.
bool describesTheVisit(std::string_view sentence);

}  // namespace findings::docparse::detail
