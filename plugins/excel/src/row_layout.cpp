#include "row_layout.hpp"

#include <algorithm>
#include <cmath>

namespace findings::excel {
namespace {

/// Characters of 10 pt body text per unit of column width. Calibri fits about 1.45 and
/// LibreOffice's DejaVu Sans fallback about 1.35 (measured on rendered pages); a lower figure
/// keeps text visible in both at the cost of a little space.
constexpr double kCharsPerUnit = 1.25;
/// Word wrapping leaves the end of most lines short by about half a word.
constexpr double kWrapWaste = 4.0;
/// Points per line of 10 pt text, and the padding Excel adds to a row.
constexpr double kLinePoints = 13.5;
constexpr double kRowPadding = 3.0;
/// Excel refuses rows taller than this.
constexpr double kMaxRowPoints = 409.0;

}  // namespace

int wrappedLines(std::string_view text, double width) {
    const double perLine = std::max(4.0, width * kCharsPerUnit - kWrapWaste);
    int lines = 0;
    std::size_t chars = 0;
    auto endParagraph = [&] {
        lines += std::max(1, static_cast<int>(std::ceil(static_cast<double>(chars) / perLine)));
        chars = 0;
    };
    for (char c : text) {
        if (c == '\n')
            endParagraph();
        else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++chars;
    }
    endParagraph();
    return lines;
}

double rowHeightFor(int lines) {
    return std::min(kMaxRowPoints, std::max(1, lines) * kLinePoints + kRowPadding);
}

}  // namespace findings::excel
