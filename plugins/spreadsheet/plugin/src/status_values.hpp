// An action's status from a tracker's RAG or status cell: its words through the vocabulary
// ("R", "Off track", "Completed"), or, when the cell has no text, its fill colour (red,
// amber, green within a tolerance; blue for complete and grey for not started, as councils
// colour them).
#pragma once

#include "column_vocabulary.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace spreadsheet {

/// The status a solid fill colour (0xRRGGBB) shows, or nullopt for white, black and colours
/// that are none of red, amber, green, blue or grey.
std::optional<std::string> statusFromFill(uint32_t rgb);

/// The status a cell's text means, or nullopt when the vocabulary does not know it.
inline std::optional<std::string> statusFromText(const ColumnVocabulary& vocabulary,
                                                 std::string_view text) {
    return vocabulary.statusFor(text);
}

}  // namespace spreadsheet
