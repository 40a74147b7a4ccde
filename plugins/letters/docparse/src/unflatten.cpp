// Cutting a flattened document back into lines at the cues that always start one.
#include "unflatten.hpp"

#include <algorithm>

#include "headings.hpp"
#include "text_util.hpp"

namespace findings::docparse::detail {

namespace {

// Shorter lines are real paragraphs: a Word paragraph, a wrapped line of a PDF.
constexpr std::size_t kFlattened = 2000;
constexpr std::size_t kLongestHeading = 80;

// Labels of a report's front matter, as printed.
constexpr std::string_view kLabels[] = {"Inspection dates:", "Inspection date:", "Lead inspector:",
                                        "Deputy lead inspector:", "Team inspectors:", "Report published:",
                                        "Publication date:"};

constexpr std::string_view kBullets[] = {"◼ ", "• ", "▪ ", "■ "};

// True at the start of a sentence: after . ? ! (and spaces), or at the line start.
bool sentenceStart(std::string_view s, std::size_t p) {
    if (p == 0) return true;
    std::size_t q = p;
    if (!isAsciiSpace(s[q - 1])) return false;
    while (q > 0 && isAsciiSpace(s[q - 1])) --q;
    if (q == 0) return true;
    char c = s[q - 1];
    return c == '.' || c == '?' || c == '!' || c == ':';
}

// Length of a known multi-word section heading starting at p, or 0. One-word headings
// ("Overview", "Findings") are left alone: inside running text they are ordinary words.
std::size_t headingAt(std::string_view s, std::size_t p) {
    std::size_t best = 0;
    std::size_t end = p;
    while (end < s.size() && end - p < kLongestHeading) {
        while (end < s.size() && !isAsciiSpace(s[end])) ++end;
        std::string_view cand = s.substr(p, end - p);
        if (cand.find(' ') != std::string_view::npos && knownHeading(cand) != HeadingKind::None) best = end - p;
        while (end < s.size() && isAsciiSpace(s[end])) ++end;
    }
    return best;
}

// A numbered paragraph "12. The ..." at p.
bool numberAt(std::string_view s, std::size_t p) {
    std::size_t q = p;
    while (q < s.size() && q - p < 3 && isDigit(s[q])) ++q;
    if (q == p || q + 2 >= s.size() || s[q] != '.' || s[q + 1] != ' ') return false;
    ++q;
    while (q < s.size() && s[q] == ' ') ++q;
    return q < s.size() && isUpper(s[q]);
}

// True when p follows an item number ("1. Children who need help ..."): the text there
// is the rest of a numbered row, not a heading of its own.
bool afterItemNumber(std::string_view s, std::size_t p) {
    std::size_t q = p;
    while (q > 0 && s[q - 1] == ' ') --q;
    std::size_t e = q;
    while (q > 0 && (isDigit(s[q - 1]) || s[q - 1] == '.')) --q;
    return e > q && isDigit(s[q]) && (q == 0 || isAsciiSpace(s[q - 1]));
}

// The SIF front page's verdict, "The overall judgement is requires improvement", stands on
// a line of its own: the end of its grade, or npos.
std::size_t overallVerdictEnd(std::string_view s, std::size_t p) {
    constexpr std::string_view kVerdict = "The overall judgement is ";
    if (s.substr(p, kVerdict.size()) != kVerdict) return std::string_view::npos;
    std::size_t g = p + kVerdict.size();
    for (std::string_view grade : {"requires improvement to be good", "requires improvement", "good", "outstanding",
                                   "inadequate"})
        if (s.substr(g, grade.size()) == grade) return g + grade.size();
    return std::string_view::npos;
}

// Length of a judgement heading at p that a numbered paragraph follows ("The experiences
// and progress of children in care: good 14. Children ..."), or 0.
std::size_t judgementHeadingAt(std::string_view s, std::size_t p) {
    constexpr std::size_t kLongestJudgementHeading = 220;
    for (std::size_t q = p + 1; q < s.size() && q - p < kLongestJudgementHeading; ++q) {
        if (!isDigit(s[q]) || !isAsciiSpace(s[q - 1]) || !numberAt(s, q)) continue;
        // A running page header ("Inspection of X ... 2022 7") ends in its page number:
        // the heading starts after it.
        std::string_view cand = s.substr(p, q - p);
        std::size_t lastDigit = cand.find_last_of("0123456789");
        if (lastDigit != std::string_view::npos) return 0;
        if (judgementHeading(trim(cand))) return q - p;
        return 0;
    }
    return 0;
}

// Flattening that turned each line break into a space leaves two or more spaces where a
// blank line stood: between paragraphs, table cells, a heading and its text.
std::vector<std::size_t> blankLinesOf(std::string_view s) {
    std::vector<std::size_t> at;
    for (std::size_t p = 1; p + 1 < s.size(); ++p)
        if (s[p] == ' ' && s[p - 1] == ' ' && s[p + 1] != ' ') at.push_back(p + 1);
    return at;
}

std::vector<std::size_t> cutsOf(std::string_view s) {
    std::vector<std::size_t> cuts;
    for (std::string_view label : kLabels)
        for (std::size_t p = s.find(label); p != std::string_view::npos; p = s.find(label, p + 1)) cuts.push_back(p);
    for (std::string_view bullet : kBullets)
        for (std::size_t p = s.find(bullet); p != std::string_view::npos; p = s.find(bullet, p + 1)) cuts.push_back(p);
    // Bullets from a PDF's symbol font are private-use code points (U+F000..U+F0FF).
    for (std::size_t p = 0; p + 2 < s.size(); ++p)
        if ((unsigned char)s[p] == 0xEF && (unsigned char)s[p + 1] >= 0x80 && (unsigned char)s[p + 1] <= 0x83)
            cuts.push_back(p);
    for (std::size_t p = 0; p < s.size(); ++p) {
        // A judgement heading follows whatever ended the text before it: a sentence, a
        // page header's number, a bracket ("(outcome 3, national framework)").
        const bool wordStart = p > 0 && isAsciiSpace(s[p - 1]) && isUpper(s[p]) && !afterItemNumber(s, p);
        if (wordStart) {
            if (std::size_t n = judgementHeadingAt(s, p)) {
                cuts.push_back(p);
                cuts.push_back(p + n);
                p += n - 1;
                continue;
            }
        }
        std::size_t verdictEnd = overallVerdictEnd(s, p);
        if (verdictEnd != std::string_view::npos) {
            cuts.push_back(p);
            cuts.push_back(verdictEnd);
            continue;
        }
        if (!(isUpper(s[p]) || isDigit(s[p])) || !sentenceStart(s, p)) continue;
        if (isDigit(s[p])) {
            if (numberAt(s, p)) cuts.push_back(p);
            continue;
        }
        if (std::size_t n = headingAt(s, p)) {
            cuts.push_back(p);
            std::size_t after = p + n;
            while (after < s.size() && isAsciiSpace(s[after])) ++after;
            if (after < s.size()) cuts.push_back(after);
        }
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    return cuts;
}

}  // namespace

Lines unflattenLongLines(const Lines& lines) {
    bool any = false;
    for (const Line& l : lines) any |= l.text.size() > kFlattened;
    if (!any) return lines;
    Lines out;
    for (const Line& l : lines) {
        if (l.text.size() <= kFlattened) {
            out.push_back(l);
            continue;
        }
        // A cue starts a new line; a run of spaces stands for a blank line as well.
        std::vector<std::size_t> cuts = cutsOf(l.text);
        const std::vector<std::size_t> blanks = blankLinesOf(l.text);
        cuts.insert(cuts.end(), blanks.begin(), blanks.end());
        std::sort(cuts.begin(), cuts.end());
        cuts.push_back(l.text.size());
        std::size_t from = 0;
        for (std::size_t cut : cuts) {
            if (cut <= from) continue;
            std::string_view seg = std::string_view(l.text).substr(from, cut - from);
            std::size_t lead = 0;
            while (lead < seg.size() && isAsciiSpace(seg[lead])) ++lead;
            seg.remove_prefix(lead);
            while (!seg.empty() && isAsciiSpace(seg.back())) seg.remove_suffix(1);
            if (!seg.empty()) {
                if (!out.empty() && std::binary_search(blanks.begin(), blanks.end(), from))
                    out.push_back(Line{std::string(), l.page, l.number, l.offset + from});
                out.push_back(Line{std::string(seg), l.page, l.number, l.offset + from + lead});
            }
            from = cut;
        }
    }
    return out;
}

}  // namespace findings::docparse::detail
