// Row heights for wrapped text. libxlsxwriter cannot measure text and viewers differ in
// whether they grow rows on open, so the exporter sets each row's height from an estimate
// of how many lines its longest wrapped cell needs. The estimate errs towards a little extra
// space: clipped text is worse than white space. It assumes the 10 pt body font and allows
// for a wider fallback font than Calibri (LibreOffice without Carlito uses DejaVu Sans).
#pragma once

#include <string_view>

namespace findings::excel {

/// Lines `text` takes in a wrapped cell `width` character units wide (Excel column width);
/// at least 1; explicit line breaks start new lines.
int wrappedLines(std::string_view text, double width);

/// Row height in points for `lines` lines of 10 pt text, capped at Excel's 409 pt.
double rowHeightFor(int lines);

}  // namespace findings::excel
