// The colour every follow-up view gives a stance (the desktop app's Follow-up tab, the
// workbook's Follow-up sheet, the board summary), so a board member sees one green for
// "improved" wherever they look. Apart from followup.hpp so a change of colour rebuilds only
// the views.
#pragma once

#include <findings/sdk/followup.hpp>

#include <cstdint>

namespace findings::followup {

/// The fill of a cell with this stance, as 0xRRGGBB: green improved, amber mixed, red not
/// improved, pale cream unclear, white no evidence.
inline std::uint32_t stanceFill(CellStance stance) {
    switch (stance) {
    case CellStance::Improved: return 0xD9EAD3;
    case CellStance::Mixed: return 0xFFE599;
    case CellStance::NotImproved: return 0xF4CCCC;
    case CellStance::Unclear: return 0xFFF8E5;
    case CellStance::NoEvidence: break;
    }
    return 0xFFFFFF;
}

}  // namespace findings::followup
