// The parts of a saved web page or press release around an article's own text: bylines,
// labels, navigation and photo furniture, and where the article ends.
#include "article_page.hpp"

#include "findings/docparse/scanners.hpp"
#include "text_util.hpp"

namespace findings::docparse::detail {

bool isEndOfPage(std::string_view t) {
    std::string l = lowerAscii(trim(t));
    return l == "related topics" || l == "more on this story" || l == "related stories" ||
           l == "related articles" || l == "top stories" || l == "most read" || l == "more from" ||
           startsWithI(l, "subscribe to our") || startsWithI(l, "sign up to");
}

bool isEndOfRelease(std::string_view t) {
    if (isEndOfPage(t)) return true;
    std::string l = lowerAscii(trim(t));
    while (!l.empty() && (l.front() == '-' || l.front() == ' ')) l.erase(0, 1);
    while (!l.empty() && (l.back() == '-' || l.back() == ' ')) l.pop_back();
    return l == "ends" || startsWithI(l, "notes to editors") || startsWithI(l, "notes for editors") ||
           startsWithI(l, "note to editors") || startsWithI(l, "editor's notes") || startsWithI(l, "editors' notes");
}

bool isByline(const Block& b, const std::vector<Row>& rows) {
    const std::string& first = rows[b.first()].text;
    return b.rows.size() <= 5 && b.text.size() < 250 && startsWithI(first, "by ") && first.size() > 4 &&
           isUpper(first[3]);
}

std::string bylineAuthor(std::string_view firstRow) {
    std::string_view author = firstRow.substr(3);
    for (std::size_t c = author.find(','); c != std::string_view::npos; c = author.find(',', c + 1))
        if (!findDates(author.substr(c)).empty()) {
            author = author.substr(0, c);
            break;
        }
    return collapseSpaces(trim(author));
}

bool isReleaseLabel(std::string_view t) {
    t = trim(t);
    if (t.size() > 60) return false;
    std::string l = lowerAscii(t);
    return l == "press release" || l == "news release" || l == "media release" || startsWithI(l, "press release:") ||
           startsWithI(l, "date:") || startsWithI(l, "posted on") || startsWithI(l, "published") ||
           startsWithI(l, "for immediate release") || startsWithI(l, "embargoed");
}

bool isPageFurniture(std::string_view t) {
    for (std::string_view s : {"skip to content", "skip to main content", "image source", "image caption",
                               "share this", "share page", "getty images", "listen to this article"})
        if (startsWithI(trim(t), s)) return true;
    // A pointer to the full document is a link, not a finding: "To read the letter in
    // full see ...", "The full report can be read here."
    if (t.size() < 200)
        for (std::string_view s : {"to read the", "read the full", "read more", "you can read", "click here",
                                   "the full report can be read", "the full letter can be read"})
            if (startsWithI(trim(t), s)) return true;
    return false;
}

}  // namespace findings::docparse::detail
