// The parts of a saved web page or press release around an article's own text (internal).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "blocks.hpp"
#include "rows.hpp"

namespace findings::docparse::detail {

/// "Related topics", "More on this story", a newsletter box: a news page's links to other
/// stories begin here, and their headlines and dates are not the article's.
bool isEndOfPage(std::string_view t);

/// "ENDS", "-ends-", "Notes to editors" (or the end of a news page): the end of the
/// document's own text.
bool isEndOfRelease(std::string_view t);

/// A byline: a short block whose first line is "By <name>, <outlet>"; a local paper's
/// runs to a few rows (name, the reporter's title, a time and date).
bool isByline(const Block& b, const std::vector<Row>& rows);

/// "By Tom Ashworth, Local Democracy Reporting Service" -> the writer and outlet;
/// "by Joanne Fraser, Wednesday, March 5, 2025" -> the writer, without the date.
std::string bylineAuthor(std::string_view firstRow);

/// A line that labels the document rather than titling it: "Press release", "Date: ...",
/// "Posted on ...".
bool isReleaseLabel(std::string_view t);

/// Web-page furniture saved with an article: navigation links, photo credits and captions,
/// links to the full document; never its title or a paragraph.
bool isPageFurniture(std::string_view t);

}  // namespace findings::docparse::detail
