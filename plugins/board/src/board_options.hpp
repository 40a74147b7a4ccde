// The board summary's options: declared for the GUI's form, parsed and checked per call.
#pragma once

#include <findings/sdk.hpp>

#include <string>
#include <vector>

namespace findings::board {

struct BoardOptions {
    std::string title;  ///< the summary's title; empty: "Improvement board summary"
    /// The day actions are judged overdue against, YYYY-MM-DD. The system clock's date
    /// unless given, so tests and a board pack prepared in advance are stable.
    std::string today;
    /// Shows the linker's proposals below its confidence threshold too, marked "(proposed)".
    bool includeProposed = false;
};

/// The title used when none is given.
inline constexpr const char* kDefaultTitle = "Improvement board summary";

/// The options as the plugin declares them (name, type, default, help).
std::vector<OptionSpec> boardOptionSpecs();

/// Reads and checks the options of one call; throws Error(FND_ERR_BAD_OPTION) naming the
/// option and what it accepts.
BoardOptions parseBoardOptions(const Options& options);

}  // namespace findings::board
