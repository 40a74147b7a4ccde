// Finding what is not the document's text: page numbers, running headers and footers,
// and footnotes at the foot of PDF pages.
#include <unordered_map>

#include "rows.hpp"
#include "text_util.hpp"

namespace findings::docparse::detail {

namespace {

// "12", "Page 3", "Page 3 of 10", "- 4 -", "3 of 10"
bool isPageNumberText(std::string_view t) {
    std::string l = lowerAscii(t);
    std::string_view s = l;
    if (s.rfind("page ", 0) == 0) s.remove_prefix(5);
    while (!s.empty() && (s.front() == '-' || s.front() == ' ')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == '-' || s.back() == ' ')) s.remove_suffix(1);
    std::size_t i = 0;
    while (i < s.size() && isDigit(s[i])) ++i;
    if (i == 0 || i > 3) return false;
    if (i == s.size()) return true;
    std::string_view rest = s.substr(i);
    if (rest.rfind(" of ", 0) == 0) {
        rest.remove_prefix(4);
        for (char c : rest)
            if (!isDigit(c)) return false;
        return !rest.empty();
    }
    return false;
}

// The key under which repeated header/footer lines are counted: lower case, digits
// removed ("Inspection of X ... 18 to 29 July 2022   2" repeats with a new page number).
std::string repeatKey(const std::string& text) {
    std::string k;
    k.reserve(text.size());
    for (char c : text)
        if (!isDigit(c) && c != ' ') k.push_back(toLower(c));
    return k;
}

bool hasPages(const std::vector<Row>& rows) {
    for (const Row& r : rows)
        if (r.page > 1) return true;
    return false;
}

}  // namespace

void dropArtefacts(std::vector<Row>& rows) {
    const bool paged = hasPages(rows);
    const std::size_t n = rows.size();

    // First and last non-blank rows of each page (top/bottom margins).
    std::unordered_map<int, std::pair<std::size_t, std::size_t>> pageEdges;  // page -> first,last row
    if (paged)
        for (std::size_t i = 0; i < n; ++i) {
            if (rows[i].blank) continue;
            auto it = pageEdges.find(rows[i].page);
            if (it == pageEdges.end()) pageEdges[rows[i].page] = {i, i};
            else it->second.second = i;
        }
    // Position of a row among its page's non-blank rows, counted from top and bottom.
    std::vector<int> fromTop(n, 1000), fromBottom(n, 1000);
    if (paged) {
        std::unordered_map<int, int> seen;
        for (std::size_t i = 0; i < n; ++i)
            if (!rows[i].blank) fromTop[i] = seen[rows[i].page]++;
        seen.clear();
        for (std::size_t i = n; i-- > 0;)
            if (!rows[i].blank) fromBottom[i] = seen[rows[i].page]++;
    }

    // Page numbers.
    for (std::size_t i = 0; i < n; ++i) {
        Row& r = rows[i];
        if (r.blank || !isPageNumberText(r.text)) continue;
        if (paged) {
            if (fromTop[i] == 0 || fromBottom[i] == 0) r.dropped = true;
        } else {
            bool blankBefore = i == 0 || rows[i - 1].blank;
            bool blankAfter = i + 1 == n || rows[i + 1].blank;
            if (blankBefore && blankAfter) r.dropped = true;
        }
    }

    // Running headers and footers: short lines repeated at page edges (or, without
    // pages, repeated at least three times and not a sentence).
    // Each candidate's key is computed once; without pages, sentences and list items are
    // never headers, so they are not candidates at all.
    std::vector<std::string> keys(n);
    std::unordered_map<std::string, int> counts;
    for (std::size_t i = 0; i < n; ++i) {
        const Row& r = rows[i];
        if (r.blank || r.dropped || r.text.size() > 120) continue;
        if (paged && fromTop[i] > 2 && fromBottom[i] > 2) continue;
        if (!paged && (r.marker != Marker::None || endsWithClosingPunctuation(r.text))) continue;
        // Without pages, a repeated single word is a table cell ("Good", "Requires"), not a
        // header: running headers name the document or the authority in several words.
        if (!paged && r.text.find(' ') == std::string::npos) continue;
        keys[i] = repeatKey(r.text);
        if (keys[i].size() >= 4) ++counts[keys[i]];
    }
    for (std::size_t i = 0; i < n; ++i) {
        if (keys[i].size() < 4) continue;
        auto it = counts.find(keys[i]);
        if (it != counts.end() && it->second >= 3) rows[i].dropped = true;
    }

    // Footnotes: on a page, a row holding only a small number, after a blank row, followed
    // by text: from there to the end of the page everything is footnote.
    if (paged) {
        for (std::size_t i = 1; i + 1 < n; ++i) {
            Row& r = rows[i];
            if (r.blank || r.dropped) continue;
            bool small = r.text.size() <= 2 && isDigit(r.text[0]) && (r.text.size() == 1 || isDigit(r.text[1]));
            if (!small || !rows[i - 1].blank) continue;
            std::size_t j = i + 1;
            while (j < n && rows[j].page == r.page && rows[j].blank) ++j;
            if (j >= n || rows[j].page != r.page || rows[j].dropped) continue;
            for (std::size_t k = i; k < n && rows[k].page == r.page; ++k) rows[k].dropped = true;
        }
    }
}

}  // namespace findings::docparse::detail
