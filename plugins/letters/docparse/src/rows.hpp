// Rows: the reader's lines cleaned of artefacts and classified (internal). Page numbers,
// running headers and footers, and footnotes are marked `dropped` so that every later
// stage can skip them while line numbers stay those of the original document.
#pragma once

#include <string>
#include <vector>

#include "findings/docparse/line.hpp"

namespace findings::docparse::detail {

/// What marks the start of a list item.
enum class Marker { None, Bullet, Number };

struct Row {
    std::string raw;    ///< cleaned, leading spaces removed, inner spacing kept (table gaps)
    std::string text;   ///< cleaned, spaces collapsed
    std::string body;   ///< `text` without its list marker
    int indent = 0;     ///< leading spaces of the original line
    bool blank = true;
    bool dropped = false;  ///< page number, running header/footer or footnote
    Marker marker = Marker::None;
    int list_number = -1;  ///< the printed number of a numbered item
    std::string glyph;     ///< the bullet glyph of a bulleted item
    bool lone_number = false;  ///< the row is only an item number ("16."): text follows below
    int page = 0;
    int number = 0;          ///< 1-based line number
    std::size_t offset = 0;  ///< byte offset of the original line
    std::size_t length = 0;  ///< byte length of the original line
    std::size_t lead = 0;    ///< bytes of leading white space in the original line
};

/// Cleans each line (non-breaking and zero-width spaces, Markdown emphasis, private-use
/// bullet glyphs) and finds list markers.
std::vector<Row> makeRows(const Lines& lines);

/// Marks page numbers, running headers/footers and footnotes as dropped.
void dropArtefacts(std::vector<Row>& rows);

}  // namespace findings::docparse::detail
