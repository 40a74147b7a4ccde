// A news article that reprints an Ofsted letter, often cut short (internal).
#pragma once

#include <cstddef>

#include "context.hpp"

namespace findings::docparse::detail {

/// True when the block opens a letter: its salutation, "This letter summarises ...", its
/// title ("Monitoring visit to ...") or one of its section headings.
bool opensLetter(const Block& b);

/// Index of the block where a letter reprinted inside an article begins (its title, else
/// its salutation, opening sentence or first heading), or npos when the document is not
/// such an article. The article frame before the letter gives it away: a byline, a
/// "Published" line, or reporter's language ("according to the letter", "said"); a
/// headline worded like a letter's title belongs to the frame. A letter that keeps its
/// sign-off ("Yours sincerely") is a letter whatever precedes it.
std::size_t reprintedLetterStart(const Context& ctx);

}  // namespace findings::docparse::detail
