// What a later finding says about progress on the point it follows up, read from the words
// inspectors use: "has improved", "no longer" against "remains", "still", "not yet", and
// progress with a stated shortfall for mixed. Plans and commitments ("leaders plan to",
// "has recently launched") are not yet improvement.
#pragma once

#include <string>
#include <string_view>

namespace findings::core::link {

/// How strongly a passage speaks of progress and of shortfall.
struct StanceCues {
    double improved = 0;     ///< weight of cues of progress
    double notImproved = 0;  ///< weight of cues of a shortfall that remains
    double commitment = 0;   ///< plans, launches, "too early to tell"
};

/// The cues in `text` (one or more sentences).
StanceCues stanceCues(std::string_view text);

/// The stance the cues add up to: "improved", "not_improved", "mixed" or "unclear".
/// `polarity` (the finding's own strength/weakness/mixed) decides when no cue does.
std::string stanceOf(const StanceCues& cues, std::string_view polarity);

}  // namespace findings::core::link
