// Blocks: runs of rows that make one paragraph, list item or heading (internal).
#pragma once

#include <string>
#include <vector>

#include "rows.hpp"

namespace findings::docparse::detail {

struct Block {
    std::vector<std::size_t> rows;  ///< indices into the row vector, in order
    Marker marker = Marker::None;   ///< list item kind of the first row
    std::string glyph;              ///< bullet glyph of a bulleted item
    int list_number = -1;           ///< printed number of a numbered item
    bool known_heading = false;     ///< the row is one of the genre's section headings
    std::string text;               ///< reflowed text without the list marker

    std::size_t first() const { return rows.front(); }
    std::size_t last() const { return rows.back(); }
};

/// Groups rows into blocks: a blank row ends a block; a list marker or a known heading
/// starts one, and so does a new page after a list item unless it opens in lower case.
/// When `lines_are_paragraphs` (Word documents without blank paragraphs), every row is
/// its own block.
std::vector<Block> makeBlocks(const std::vector<Row>& rows, bool lines_are_paragraphs);

/// Joins the rows of a block into one paragraph: hard wraps become spaces, a word broken
/// by a hyphen at a line end is rejoined keeping the hyphen ("decision-making") unless a
/// suspended hyphen is followed by "and"/"or"/"to" ("16- and 17-year-olds").
std::string reflow(const std::vector<Row>& rows, const std::vector<std::size_t>& indices);

/// Appends one line's text to a paragraph being reflowed.
void appendReflowed(std::string& paragraph, std::string_view line);

/// Recomputes a block's text from its rows.
void reflowBlock(const std::vector<Row>& rows, Block& block);

/// Rejoins paragraphs split by a page break: a block that ends without closing
/// punctuation continues into the next plain block when that starts in lower case, or,
/// across a page break, when the block is a line or more of prose (or ends on a word such
/// as "the" or "of") and the next page opens with text rather than a heading.
void rejoinBrokenParagraphs(const std::vector<Row>& rows, std::vector<Block>& blocks);

/// Splits the blocks of text that lost its blank lines (fewer than one row in ten blank)
/// where a row stops short of the wrap width after a sentence or a heading and the next
/// row starts in upper case. Other text is left as it is.
/// With `unnumberedOnly`, list items and numbered paragraphs are left whole.
void splitRunTogetherParagraphs(const std::vector<Row>& rows, std::vector<Block>& blocks, bool unnumberedOnly = false);

/// True when Word-style input has one paragraph per line (few blank lines, long lines).
bool linesAreParagraphs(const std::vector<Row>& rows);

}  // namespace findings::docparse::detail
