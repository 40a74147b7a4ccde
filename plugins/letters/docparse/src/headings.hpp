// Section headings of letters and reports (internal).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace findings::docparse::detail {

/// What a heading opens.
enum class HeadingKind {
    None,
    Headline,        ///< "Headline findings", "Overview", "Summary of key findings"
    Findings,        ///< "Findings and evaluation of progress", "Main findings"
    Improvement,     ///< "What needs to improve?", "Areas for improvement", priority actions
    AreasCovered,    ///< "Areas covered by the visit"
    Strengths,       ///< "The local authority has the following strengths"
    LscbPart,        ///< "Section 2: The effectiveness of the Local Safeguarding Children Board"
    LscbStrengths,   ///< "Key strengths and weaknesses of the LSCB"
    NonFinding,      ///< contents, information about the inspection/area, judgement definitions
    Other,           ///< another known heading that carries no findings role
};

/// The kind of a known heading, matching the whole of `text` (case-insensitive, ignoring a
/// trailing '?', ':' or footnote digit), or None.
HeadingKind knownHeading(std::string_view text);

/// `text` without a trailing footnote marker digit ("What needs to improve?1").
std::string stripFootnoteMarker(std::string_view text);

/// A report's judgement heading ("The experiences and progress of children in care:
/// good", "Leadership, management and governance requires improvement", "The graded
/// judgment for adoption performance is good"): the area and the normalised grade.
struct JudgementHeading {
    std::string area;
    std::string grade;
};
std::optional<JudgementHeading> judgementHeading(std::string_view text);

/// Heuristic for an unknown heading: short, no closing punctuation (a '?' is allowed),
/// starting with a capital letter.
bool looksLikeHeading(std::string_view text);

}  // namespace findings::docparse::detail
