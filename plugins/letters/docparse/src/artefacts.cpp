// Finding what is not the document's text: page numbers, running headers and footers,
// and footnotes at the foot of PDF pages.
#include <unordered_map>

#include "rows.hpp"
#include "text_util.hpp"

namespace findings::docparse::detail {

namespace {

// "12", "Page 3", "Page 3 of 10", "- 4 -", "3 of 10", "3/10"
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
    const std::size_t of = rest.rfind(" of ", 0) == 0 ? 4 : rest.rfind("/", 0) == 0 ? 1 : 0;
    if (of) {
        rest.remove_prefix(of);
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

// How far from a page's top or bottom (in non-blank rows) a running header or footer
// may reach: a few letterhead lines, the authority and date, a page number.
constexpr int kEdgeBand = 8;
// Within this many rows of the edge a repeated line is dropped even when the rows between
// it and the edge are not (a footer line below a footnote).
constexpr int kNearEdge = 3;

// On how many pages a line must repeat at the edge to count as a header or footer: every
// page but one (the first page's own letterhead) of a short letter, three of a longer one.
int pagesToRepeat(std::size_t pages) { return pages <= 3 ? 2 : 3; }

// A key long enough to tell a header from a stray word: four letters, or on pages three
// beside figures (a date header "3 May 2023").
bool longEnoughKey(const std::string& key, const std::string& text, bool paged) {
    if (!paged) return key.size() >= 4;
    bool figures = false;
    for (char c : text) figures |= isDigit(c);
    return key.size() >= 4 || (figures && key.size() >= 3);
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
    std::unordered_map<std::string, int> counts;      // without pages: rows
    std::unordered_map<std::string, int> lastPage;    // with pages: the last page counted
    for (std::size_t i = 0; i < n; ++i) {
        const Row& r = rows[i];
        if (r.blank || r.dropped || r.text.size() > 120) continue;
        if (paged && fromTop[i] >= kEdgeBand && fromBottom[i] >= kEdgeBand) continue;
        if (!paged && (r.marker != Marker::None || endsWithClosingPunctuation(r.text))) continue;
        // Without pages, a repeated single word is a table cell ("Good", "Requires"), not a
        // header: running headers name the document or the authority in several words.
        if (!paged && r.text.find(' ') == std::string::npos) continue;
        keys[i] = repeatKey(r.text);
        if (!longEnoughKey(keys[i], r.text, paged)) {
            keys[i].clear();
            continue;
        }
        // With pages, a key counts once per page: a header repeats across pages, while a
        // line repeated within one page is the page's own text.
        if (paged) {
            auto [it, fresh] = lastPage.try_emplace(keys[i], r.page);
            if (!fresh && it->second == r.page) continue;
            it->second = r.page;
        }
        ++counts[keys[i]];
    }
    const int needed = paged ? pagesToRepeat(pageEdges.size()) : 3;
    auto repeated = [&](std::size_t i) {
        if (keys[i].empty()) return false;
        auto it = counts.find(keys[i]);
        return it != counts.end() && it->second >= needed;
    };
    for (std::size_t i = 0; i < n; ++i) {
        // Close to the edge, a repeated line is a header or footer wherever it stands.
        bool nearEdge = !paged || fromTop[i] < kNearEdge || fromBottom[i] < kNearEdge;
        if (nearEdge && repeated(i)) rows[i].dropped = true;
    }
    // Deeper in the band, only a run of repeated lines that reaches the page's edge is a
    // header or footer (a four-line address repeated at the top of every page).
    if (paged) {
        auto peel = [&](std::size_t i, const std::vector<int>& depth, bool& open) {
            if (rows[i].blank || !open) return;
            if (depth[i] >= kEdgeBand || !(rows[i].dropped || repeated(i))) {
                open = false;
                return;
            }
            rows[i].dropped = true;
        };
        int page = -1;
        bool open = false;
        for (std::size_t i = 0; i < n; ++i) {
            if (rows[i].page != page) page = rows[i].page, open = true;
            peel(i, fromTop, open);
        }
        page = -1;
        for (std::size_t i = n; i-- > 0;) {
            if (rows[i].page != page) page = rows[i].page, open = true;
            peel(i, fromBottom, open);
        }
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
