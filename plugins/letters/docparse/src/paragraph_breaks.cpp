// Paragraph breaks in text that lost its blank lines (text copied out of a PDF, or
// pdftotext without -layout): a wrapped paragraph ends on a line that stops short of
// the wrap width after a full stop, and a heading is a short line between sentences.
#include <algorithm>

#include "blocks.hpp"
#include "headings.hpp"
#include "text_util.hpp"

namespace findings::docparse::detail {

namespace {

// Enough text rows, and so few blank lines between them, that paragraphs cannot be set
// apart by them. Blank lines around a page break or a dropped header do not count.
bool lostBlankLines(const std::vector<Row>& rows) {
    constexpr std::size_t kMinRows = 20;
    constexpr std::size_t kRowsPerGap = 10;  // text with paragraph gaps has one every few rows
    std::size_t content = 0, gaps = 0;
    const Row* previous = nullptr;  // the last text row
    bool blankSince = false;        // a blank row since `previous`
    for (const Row& r : rows) {
        if (r.dropped) {
            previous = nullptr;
            continue;
        }
        if (r.blank) {
            blankSince = true;
            continue;
        }
        ++content;
        if (previous && blankSince && previous->page == r.page) ++gaps;
        previous = &r;
        blankSince = false;
    }
    return content >= kMinRows && gaps * kRowsPerGap < content;
}

// The width the text was wrapped at: nine rows in ten are no longer.
std::size_t wrapWidth(const std::vector<Row>& rows) {
    std::vector<std::size_t> lengths;
    for (const Row& r : rows)
        if (!r.dropped && !r.blank) lengths.push_back(r.text.size());
    if (lengths.empty()) return 0;
    std::size_t at = lengths.size() * 9 / 10;
    std::nth_element(lengths.begin(), lengths.begin() + long(at), lengths.end());
    return lengths[at];
}

// True when a paragraph (or a heading) ends after row `r` and row `next` begins another:
// `next` starts in upper case, and its first word would have fitted on `r` had `r` been
// wrapped. (A paragraph whose last row is nearly full cannot be told from one that goes
// on; it stays joined to the next.)
bool endsParagraph(const Row& r, const Row& next, std::size_t width) {
    if (!startsUpper(next.body)) return false;
    const std::size_t firstWord = std::min(next.text.find(' '), next.text.size());
    if (r.text.size() + 1 + firstWord > width) return false;
    if (endsWithClosingPunctuation(r.text)) return true;
    return looksLikeHeading(r.text);
}

}  // namespace

void splitRunTogetherParagraphs(const std::vector<Row>& rows, std::vector<Block>& blocks, bool unnumberedOnly) {
    if (!lostBlankLines(rows)) return;
    const std::size_t width = wrapWidth(rows);
    std::vector<Block> out;
    out.reserve(blocks.size());
    for (Block& b : blocks) {
        // A judgement heading set on rows of its own ("Leadership, management and
        // governance" / "Requires" / "improvement") is one block too.
        if (unnumberedOnly && (b.marker != Marker::None || b.known_heading || judgementHeading(b.text))) {
            out.push_back(std::move(b));
            continue;
        }
        Block cur = b;
        cur.rows.clear();
        for (std::size_t k = 0; k < b.rows.size(); ++k) {
            cur.rows.push_back(b.rows[k]);
            const bool last = k + 1 == b.rows.size();
            if (last || !endsParagraph(rows[b.rows[k]], rows[b.rows[k + 1]], width)) continue;
            reflowBlock(rows, cur);
            out.push_back(cur);
            cur = Block{};
        }
        reflowBlock(rows, cur);
        out.push_back(std::move(cur));
    }
    blocks.swap(out);
}

}  // namespace findings::docparse::detail
