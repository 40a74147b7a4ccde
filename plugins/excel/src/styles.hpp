// Every cell format of the workbook, made once per workbook, and the palette they use.
// One look across sheets: navy headers, 10 pt body text wrapped and top-aligned with light
// grid lines, polarity and status in the colours improvement boards already use (RAG, with
// blue for complete and grey for not started).
#pragma once

#include <findings/sdk/followup.hpp>

#include <xlsxwriter.h>

#include <array>
#include <string_view>

namespace findings::excel {

/// Colours, as 0xRRGGBB.
namespace palette {
inline constexpr lxw_color_t kNavy = 0x1F3864;  ///< header fill, titles
inline constexpr lxw_color_t kWhite = 0xFFFFFF;
inline constexpr lxw_color_t kGrid = 0xBFBFBF;  ///< cell borders
inline constexpr lxw_color_t kNote = 0x595959;  ///< explanatory text
inline constexpr lxw_color_t kBand = 0xF2F2F2;  ///< totals and sub-headers
/// The three stops of the weakness-share colour scale (Excel's own green-yellow-red), so the
/// computed fills and the native colour scale look alike.
inline constexpr lxw_color_t kScaleLow = 0x63BE7B;
inline constexpr lxw_color_t kScaleMid = 0xFFEB84;
inline constexpr lxw_color_t kScaleHigh = 0xF8696B;
inline constexpr lxw_color_t kStrength = 0x6AA84F;  ///< chart series
inline constexpr lxw_color_t kWeakness = 0xCC4125;  ///< chart series
inline constexpr lxw_color_t kMixed = 0xE69138;     ///< chart series
}  // namespace palette

/// The colour `share` (0..1) takes on the weakness-share scale.
lxw_color_t scaleColour(double share);

/// Number of distinct fills the Progress matrix uses (shares rounded to tenths).
inline constexpr int kScaleSteps = 11;

/// Status values with a conditional fill, in the order of statusChoices().
inline constexpr int kStatusCount = 5;

class Styles {
public:
    explicit Styles(lxw_workbook* workbook);

    lxw_format* title;        ///< sheet title, 16 pt bold navy
    lxw_format* subtitle;     ///< one line under a title, grey italic
    lxw_format* note;         ///< the same wrapped, for a paragraph across merged cells
    lxw_format* header;       ///< column headers: bold white on navy, wrapped
    lxw_format* technicalHeader;  ///< headers of technical columns: the same on grey
    lxw_format* text;         ///< body text: wrapped, top-aligned, grid lines
    lxw_format* textCentred;  ///< short body text, centred
    lxw_format* plain;        ///< body text on one line (chart data)
    lxw_format* number;       ///< whole numbers, centred
    lxw_format* date;         ///< "7 May 2024"
    lxw_format* month;        ///< "May 2024", for month-only dates
    lxw_format* strength;     ///< polarity cells
    lxw_format* weakness;
    lxw_format* mixed;
    lxw_format* neutral;
    lxw_format* unlockedText;  ///< editable cells on a protected sheet
    lxw_format* unlockedCentred;
    lxw_format* unlockedDate;
    lxw_format* unlockedMonth;
    /// Conditional fills of the Status column, in statusChoices() order.
    std::array<lxw_format*, kStatusCount> statusFill;
    lxw_format* themeLabel;    ///< Progress: theme names
    lxw_format* matrixHeader;  ///< Progress: visit headings
    lxw_format* authority;     ///< Progress: authority name centred across its visits
    lxw_format* totalLabel;    ///< Progress: "All themes"
    lxw_format* emptyCell;     ///< Progress: a theme with no findings in a visit
    lxw_format* percent;       ///< "63%"
    lxw_format* percentTotal;
    lxw_format* improving;  ///< Progress: trend words
    lxw_format* worsening;
    lxw_format* steady;
    lxw_format* legend;  ///< small grey text
    lxw_format* blockTitle;  ///< Follow-up: a report's heading over its block
    lxw_format* uncovered;   ///< Follow-up: "No plan item", bold dark red

    /// The fill of a polarity cell ("strength", ...); `text` for anything else.
    lxw_format* polarity(std::string_view polarity) const;
    /// A Progress matrix cell coloured for `share` of weaknesses; `total` makes it bold.
    lxw_format* matrixCell(double share, bool total);
    /// A Follow-up cell: improved green, mixed amber, not improved red, unclear pale, no
    /// evidence plain; `proposed` adds a diagonal pattern and italics, for cells that rest
    /// only on proposals below the threshold.
    lxw_format* stance(followup::CellStance stance, bool proposed) const;

private:
    lxw_format* make();
    lxw_workbook* workbook_;
    std::array<lxw_format*, kScaleSteps> cells_{};
    std::array<lxw_format*, kScaleSteps> totalCells_{};
    std::array<lxw_format*, 10> stances_{};  ///< 5 stances, then the same proposed
};

}  // namespace findings::excel
