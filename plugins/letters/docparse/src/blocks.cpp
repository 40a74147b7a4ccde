// Grouping rows into blocks, reflowing them, and rejoining page-broken paragraphs.
#include "blocks.hpp"

#include "findings/docparse/scanners.hpp"
#include "headings.hpp"
#include "text_util.hpp"

namespace findings::docparse::detail {

namespace {

bool isDashGlyph(const std::string& g) { return g == "-" || g == "–" || g == "—"; }

// Rows i.. that form a report's judgement heading on their own ("The experiences and
// progress of children who need help and" / "protection: inadequate"), when the text
// before them ended a sentence: their count, or 0.
std::size_t judgementHeadingRows(const std::vector<Row>& rows, std::size_t i, const Row* previous) {
    const Row& first = rows[i];
    if (first.marker != Marker::None || !startsUpper(first.text)) return 0;
    if (knownHeading(first.text) != HeadingKind::None) return 0;
    const bool afterSentence = !previous || endsWithClosingPunctuation(previous->text);
    std::string candidate;
    for (std::size_t k = 0; k < 3 && i + k < rows.size(); ++k) {
        const Row& r = rows[i + k];
        if (r.blank || r.dropped || (k > 0 && r.marker != Marker::None)) break;
        if (endsWithClosingPunctuation(r.text) && r.text.back() != '?') break;
        appendReflowed(candidate, r.text);
        // The grade may be split over rows of its own ("Requires" / "improvement").
        if (!gradeAtEnd(candidate)) continue;
        if (!judgementHeading(candidate)) continue;
        // After an unfinished line, only a heading that numbered paragraphs follow counts.
        std::size_t next = i + k + 1;
        while (next < rows.size() && (rows[next].dropped || rows[next].blank)) ++next;
        bool numberedNext = next < rows.size() && rows[next].marker == Marker::Number;
        if (afterSentence || numberedNext) return k + 1;
    }
    return 0;
}

// A letter's salutation on a row of its own ("Dear Jane", "Dear Ms Smith,"): it ends the
// letterhead and recipient even when no blank line sets them apart.
bool isSalutationRow(const Row& r) {
    const std::string& t = r.text;
    return r.marker == Marker::None && t.size() < 60 && t.size() > 6 && t.compare(0, 5, "Dear ") == 0 &&
           isUpper(t[5]) && (!endsWithClosingPunctuation(t) || t.back() == ',');
}

}  // namespace

void appendReflowed(std::string& out, std::string_view line) {
    line = trim(line);
    if (line.empty()) return;
    if (out.empty()) {
        out.assign(line);
        return;
    }
    // "decision-" + "making" -> "decision-making"; "Thomson-" + "Jones" -> "Thomson-Jones" (a
    // name stays as printed); "16-" + "and 17" stays spaced.
    if (out.size() >= 2 && out.back() == '-' && isAlpha(out[out.size() - 2]) && isAlpha(line[0])) {
        std::size_t w = 0;
        while (w < line.size() && isAlpha(line[w])) ++w;
        std::string_view next = line.substr(0, w);
        if (next != "and" && next != "or" && next != "to" && next != "nor") {
            out.append(line);
            return;
        }
    }
    out.push_back(' ');
    out.append(line);
}

std::string reflow(const std::vector<Row>& rows, const std::vector<std::size_t>& indices) {
    std::string out;
    bool first = true;
    for (std::size_t i : indices) {
        const Row& r = rows[i];
        appendReflowed(out, first ? r.body : r.text);
        first = false;
    }
    return out;
}

void reflowBlock(const std::vector<Row>& rows, Block& b) { b.text = reflow(rows, b.rows); }

bool linesAreParagraphs(const std::vector<Row>& rows) {
    // Hard-wrapped text never has lines this long; Word paragraphs often do.
    std::size_t content = 0, blank = 0, longLines = 0;
    for (const Row& r : rows) {
        if (r.dropped) continue;
        if (r.blank) ++blank;
        else {
            ++content;
            longLines += r.text.size() > 150;
        }
    }
    return longLines >= 2 && blank * 4 < content;
}

std::vector<Block> makeBlocks(const std::vector<Row>& rows, bool perLine) {
    std::vector<Block> blocks;
    Block cur;
    auto flush = [&]() {
        if (!cur.rows.empty()) {
            reflowBlock(rows, cur);
            blocks.push_back(std::move(cur));
        }
        cur = Block{};
    };
    std::size_t loneNumber = rows.size();  // a pending "16." row whose text follows
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Row& r = rows[i];
        if (r.dropped) continue;
        if (r.blank) {
            flush();
            continue;
        }
        if (r.lone_number) {
            flush();
            loneNumber = i;
            continue;
        }
        if (loneNumber < rows.size()) {
            // The text of a numbered item whose number stood alone above it.
            flush();
            cur.marker = Marker::Number;
            cur.list_number = rows[loneNumber].list_number;
            cur.rows.push_back(loneNumber);
            cur.rows.push_back(i);
            loneNumber = rows.size();
            continue;
        }
        // A judgement heading run into the text around it (PDF text without blank lines):
        // its rows make a block of their own.
        if (std::size_t n = judgementHeadingRows(rows, i, cur.rows.empty() ? nullptr : &rows[cur.rows.back()])) {
            flush();
            for (std::size_t k = 0; k < n; ++k) cur.rows.push_back(i + k);
            flush();
            i += n - 1;
            continue;
        }
        bool startsItem = r.marker != Marker::None;
        // A dash that continues a wrapped sentence is not a new bullet. It can only do that
        // in hard-wrapped text, and only after a line that stops mid-sentence: after a
        // lead-in ("...the following areas:") or a finished sentence it opens a list.
        if (r.marker == Marker::Bullet && isDashGlyph(r.glyph) && !cur.rows.empty() && !perLine &&
            !(cur.marker == Marker::Bullet && cur.glyph == r.glyph) &&
            !endsWithClosingPunctuation(rows[cur.rows.back()].text))
            startsItem = false;
        bool heading = knownHeading(r.text) != HeadingKind::None;
        const bool salutation = isSalutationRow(r);
        // A list item that ends a page does not run on into a capitalised line opening the
        // next (the prose after the list); whether it was cut short by the break is decided
        // with the other broken paragraphs (rejoinBrokenParagraphs).
        const bool itemEndsPage = cur.marker != Marker::None && !cur.rows.empty() &&
                                  rows[cur.rows.back()].page != r.page && !startsLower(r.text);
        if (perLine || startsItem || heading || salutation || itemEndsPage) flush();
        if (cur.rows.empty()) {
            if (startsItem) {
                cur.marker = r.marker;
                cur.glyph = r.glyph;
                cur.list_number = r.list_number;
            }
            cur.known_heading = heading;
        }
        cur.rows.push_back(i);
        if (heading || salutation) flush();
    }
    flush();
    return blocks;
}

namespace {

// The page of the next row after `i` that is text, or 0 when there is none.
int pageOfNextText(const std::vector<Row>& rows, std::size_t i) {
    for (std::size_t k = i + 1; k < rows.size(); ++k)
        if (!rows[k].blank && !rows[k].dropped) return rows[k].page;
    return 0;
}

// True when a page break falls between blocks `prev` and `next`: `prev` ends its page's
// text and `next` opens the following page's (headers and footers already dropped).
bool pageBreakBetween(const std::vector<Row>& rows, const Block& prev, const Block& next) {
    const int page = rows[prev.last()].page;
    return page > 0 && rows[next.first()].page == page + 1 && pageOfNextText(rows, prev.last()) == page + 1;
}

// A block cut short by a page break rather than a heading, label or table row that
// happens to end a page: prose at least a line long whose last line is not in columns.
bool cutProse(const std::vector<Row>& rows, const Block& b) {
    constexpr std::size_t kProse = 60;  // a heading or label is shorter; a wrapped line is longer
    return b.marker == Marker::None && b.text.size() >= kProse && rows[b.last()].raw.find("   ") == std::string::npos;
}

// True when the block's last word cannot end a sentence or a list item ("... support
// from" / "Northmoor's partners"): the text goes on over the page break.
bool endsOnLinkWord(const Block& b) {
    static const std::string_view links[] = {"a", "an", "and", "at", "by", "for", "from", "in", "of", "on",
                                             "or", "that", "the", "to", "which", "who", "with"};
    std::size_t start = b.text.find_last_of(' ');
    std::string_view last = std::string_view(b.text).substr(start == std::string::npos ? 0 : start + 1);
    for (std::string_view w : links)
        if (last == w) return true;
    return false;
}

// The block that opens the next page carries on a sentence when it is not a heading.
bool carriesOn(const Block& b) { return !(b.rows.size() == 1 && looksLikeHeading(b.text)); }

}  // namespace

void rejoinBrokenParagraphs(const std::vector<Row>& rows, std::vector<Block>& blocks) {
    std::vector<Block> out;
    out.reserve(blocks.size());
    for (Block& b : blocks) {
        if (!out.empty()) {
            Block& prev = out.back();
            bool prevOpen = !prev.known_heading && !endsWithClosingPunctuation(prev.text);
            bool plain = b.marker == Marker::None && !b.known_heading;
            // A sentence runs on into lower case; across a page break it may also run on
            // into a name or "I" ("... judged by" / "Ofsted in 2019").
            const bool overPageBreak = pageBreakBetween(rows, prev, b) &&
                                       (cutProse(rows, prev) || endsOnLinkWord(prev)) && carriesOn(b);
            // "by Joanne Fraser, Wednesday, March 5, 2025" under a headline is a byline, not the
            // headline running on.
            const bool byline = startsWithI(b.text, "by ") && b.text.size() > 3 && isUpper(b.text[3]) &&
                                !pageBreakBetween(rows, prev, b);
            bool continues = plain && ((startsLower(b.text) && !byline) || overPageBreak);
            if (prevOpen && continues) {
                // Reflowing is incremental: append the rows, not the whole block again, so
                // that a run of thousands of broken rows stays linear.
                for (std::size_t r : b.rows) appendReflowed(prev.text, rows[r].text);
                prev.rows.insert(prev.rows.end(), b.rows.begin(), b.rows.end());
                continue;
            }
        }
        out.push_back(std::move(b));
    }
    blocks.swap(out);
}

}  // namespace findings::docparse::detail
