// Telling an article that quotes a letter from the letter itself.
#include "reprinted_letter.hpp"

#include <string_view>

#include "text_util.hpp"

namespace findings::docparse::detail {

namespace {

// Weight of the article cues in one block before the letter: a byline or a publication
// line is the frame itself; reporter's language is a hint.
int frameWeight(const Block& b, const std::vector<Row>& rows) {
    const std::string& first = rows[b.first()].text;
    int w = 0;
    if (b.text.size() < 200 && startsWithI(first, "by ") && first.size() > 4 && isUpper(first[3])) w += 2;
    for (std::size_t r : b.rows)
        if (startsWithI(rows[r].text, "published") || startsWithI(rows[r].text, "last updated")) {
            w += 2;
            break;
        }
    for (std::string_view cue : {"according to", " said", " says", " told", "reporter", "the letter reads",
                                 "the letter said", "the letter says", "reads:"})
        if (containsPhrase(b.text, cue)) {
            w += 1;
            break;
        }
    return w;
}

// A letter's title line: "Monitoring visit to ...", "Focused visit of ...". An article's
// headline may read the same.
bool isLetterTitle(const std::string& t) {
    return t.size() < 120 && !endsWithClosingPunctuation(t) &&
           (startsWithI(t, "monitoring visit to") || startsWithI(t, "monitoring visit of") ||
            startsWithI(t, "focused visit to") || startsWithI(t, "focused visit of"));
}

// The salutation, the opening sentence or a section heading: only a letter has these.
bool opensLetterBody(const Block& b) {
    const std::string& t = b.text;
    if (startsWithI(t, "dear ") || containsPhrase(t, "this letter summarises")) return true;
    return b.known_heading && (startsWithI(t, "headline findings") ||
                               startsWithI(t, "findings and evaluation of progress") ||
                               startsWithI(t, "areas covered by the visit"));
}

}  // namespace

bool opensLetter(const Block& b) { return isLetterTitle(b.text) || opensLetterBody(b); }

std::size_t reprintedLetterStart(const Context& ctx) {
    const std::vector<Block>& blocks = ctx.blocks;
    const std::size_t limit = blocks.size() < 80 ? blocks.size() : 80;
    std::size_t body = 0;
    while (body < limit && !opensLetterBody(blocks[body])) ++body;
    if (body == 0 || body >= limit) return std::string::npos;
    // The article's frame before the letter's body; a headline worded like a letter's
    // title is part of the frame, not the letter.
    int frame = 0;
    std::size_t lastFrame = 0;
    for (std::size_t i = 0; i < body; ++i)
        if (int w = frameWeight(blocks[i], ctx.rows)) {
            frame += w;
            lastFrame = i;
        }
    if (frame < 2) return std::string::npos;
    // Checked last: the whole text is read only when an article frame was found.
    for (const Block& b : blocks)
        if (containsPhrase(b.text, "yours sincerely")) return std::string::npos;
    // The letter starts at its title when the article prints it, else at its body.
    for (std::size_t i = lastFrame + 1; i < body; ++i)
        if (isLetterTitle(blocks[i].text)) return i;
    return body;
}

}  // namespace findings::docparse::detail
