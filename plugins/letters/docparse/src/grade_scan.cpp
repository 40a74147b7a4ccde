// Grades: normalising "Requires improvement to be good" and friends, finding the grade at
// the end of a table row or heading, and the "previous judgement" clause of letters and
// articles ("judged inadequate in July 2022", "rating of 'requires improvement'").
#include "findings/docparse/scanners.hpp"
#include "text_util.hpp"

namespace findings::docparse {

using namespace detail;

std::string normaliseGrade(std::string_view phrase) {
    std::string p = collapseSpaces(lowerAscii(trim(phrase)));
    while (!p.empty() && (p.back() == '.' || p.back() == ',')) p.pop_back();
    if (p == "outstanding") return "outstanding";
    if (p == "good") return "good";
    if (p == "inadequate") return "inadequate";
    if (p == "requires improvement" || p == "requires improvement to be good" ||
        p == "require improvement" || p == "require improvement to be good" ||
        p == "requires improvement (to be good)")
        return "requires improvement";
    if (p == "adequate") return "adequate";  // pre-2013 frameworks
    return {};
}

namespace {

// The grade phrases, longest first, in the lower-case form matchAt() expects.
struct GradePhrase {
    std::string_view pattern;
    std::string_view grade;
};
const GradePhrase kGrades[] = {
    {"requires improvement to be good", "requires improvement"},
    {"require improvement to be good", "requires improvement"},
    {"requires improvement", "requires improvement"},
    {"require improvement", "requires improvement"},
    {"outstanding", "outstanding"},
    {"inadequate", "inadequate"},
    {"good", "good"},
};

// Skips quotes and spaces forward from pos.
std::size_t skipQuotesAndSpaces(std::string_view s, std::size_t pos) {
    for (;;) {
        std::size_t q = 0;
        if (pos < s.size() && isAsciiSpace(s[pos])) { ++pos; continue; }
        if (isQuoteAt(s, pos, &q)) { pos += q; continue; }
        return pos;
    }
}

// A grade phrase starting exactly at pos (after quotes), or nothing.
std::optional<GradeMatch> gradeAt(std::string_view s, std::size_t pos) {
    pos = skipQuotesAndSpaces(s, pos);
    for (const GradePhrase& g : kGrades) {
        std::size_t n = matchAt(s, pos, g.pattern);
        if (n == std::string_view::npos) continue;
        if (pos + n < s.size() && isAlpha(s[pos + n])) continue;  // "goodwill"
        return GradeMatch{std::string(g.grade), pos, pos + n};
    }
    return std::nullopt;
}

// "have been rated good", "is now judged good": the grade the news is about, not the one
// it replaced. "had been judged", "having previously been judged" still look back.
bool reportsCurrentGrade(std::string_view text, std::size_t trigger) {
    const std::vector<Word> before = splitWords(text.substr(0, trigger));
    std::size_t n = before.size();
    auto word = [&](std::size_t back) { return back < n ? lowerAscii(before[n - 1 - back].text) : std::string(); };
    if (word(0) == "now" || word(1) == "now") return true;
    if (word(0) != "been") return false;
    return word(1) == "have" || word(1) == "has" || (word(1) == "now" && (word(2) == "have" || word(2) == "has"));
}

// "moved from requires improvement to good", "up from inadequate": the grade left behind
// is the previous judgement.
std::optional<GradeMatch> gradeMovedFrom(std::string_view text) {
    static const std::string_view cues[] = {"moved from", "improved from", "up from", "rising from",
                                            "risen from", "going from", "gone from", "jumped from", "climbed from"};
    std::optional<GradeMatch> best;
    for (std::string_view c : cues) {
        std::size_t len = 0;
        std::size_t pos = findPhrase(text, c, 0, &len);
        if (pos == std::string_view::npos) continue;
        std::optional<GradeMatch> g = gradeAt(text, pos + len);
        if (g && (!best || g->begin < best->begin)) best = g;
    }
    return best;
}

// "an improvement on the inadequate rating it was given in 2021", "its previous 'requires
// improvement' judgement": a grade naming a rating left behind.
std::optional<GradeMatch> gradeOfEarlierRating(std::string_view text) {
    const std::vector<Word> words = splitWords(text);
    for (std::size_t i = 0; i < words.size(); ++i) {
        std::optional<GradeMatch> g = gradeAt(text, words[i].begin);
        if (!g || g->begin != words[i].begin) continue;
        std::size_t next = i;
        while (next < words.size() && words[next].end <= g->finish) ++next;
        if (next == words.size()) continue;
        const std::string noun = lowerAscii(words[next].text);
        if (noun != "rating" && noun != "judgement" && noun != "grade") continue;
        for (std::size_t k = i; k > 0 && k + 3 > i; --k) {
            const std::string w = lowerAscii(words[k - 1].text);
            if (w == "previous" || w == "last" || w == "former" || w == "earlier" || w == "old" || w == "on" ||
                w == "from")
                return g;
        }
    }
    return std::nullopt;
}

}  // namespace

std::optional<GradeMatch> gradeAtEnd(std::string_view text) {
    std::size_t e = text.size();
    // Trailing spaces, quotes, a full stop, and a footnote marker digit.
    for (;;) {
        std::size_t q = 0;
        if (e > 0 && (isAsciiSpace(text[e - 1]) || text[e - 1] == '.' || text[e - 1] == '"' ||
                      text[e - 1] == '\'' || isDigit(text[e - 1]))) { --e; continue; }
        if (e >= 3 && isQuoteAt(text, e - 3, &q) && q == 3) { e -= 3; continue; }
        break;
    }
    for (const GradePhrase& g : kGrades) {
        if (e < g.pattern.size()) continue;
        std::size_t b = e - g.pattern.size();
        // Curly quotes are not in grade words, so a byte-length match suffices.
        if (matchAt(text, b, g.pattern) != g.pattern.size()) continue;
        if (b > 0 && (isAlpha(text[b - 1]) || isDigit(text[b - 1]))) continue;
        return GradeMatch{std::string(g.grade), b, e};
    }
    return std::nullopt;
}

std::optional<PreviousJudgementMatch> findPreviousJudgement(std::string_view text,
                                                            const PartialDate& reference) {
    // "found it inadequate" names the grade; bare "found" does not ("inspectors found good
    // practice"), so only the forms with "it" / "them" count.
    static const std::string_view triggers[] = {"judged", "deemed", "rated", "rating of",
                                                "graded", "found to be", "found it", "finding it",
                                                "found them", "rated it", "judged it",
                                                // "remain inadequate", "still require improvement":
                                                // the grade stands from before
                                                "remains", "remain", "still"};
    std::size_t best = std::string_view::npos;
    std::optional<GradeMatch> bestGrade;
    for (std::string_view t : triggers) {
        std::size_t len = 0;
        for (std::size_t pos = findPhrase(text, t, 0, &len); pos != std::string_view::npos;
             pos = findPhrase(text, t, pos + 1, &len)) {
            if (pos + len < text.size() && isAlpha(text[pos + len])) continue;
            if (reportsCurrentGrade(text, pos)) continue;
            // Up to three filler words between trigger and grade: "to be", "as", "an overall".
            std::size_t p = pos + len;
            std::optional<GradeMatch> g;
            for (int hop = 0; hop < 4 && !g; ++hop) {
                g = gradeAt(text, p);
                if (g) break;
                p = skipQuotesAndSpaces(text, p);
                std::size_t w = p;
                while (w < text.size() && isAlpha(text[w])) ++w;
                std::string word = lowerAscii(text.substr(p, w - p));
                if (word != "to" && word != "be" && word != "as" && word != "an" && word != "overall" &&
                    word != "being" && word != "of")
                    break;
                p = w;
            }
            if (!g) continue;
            if (pos < best) {
                best = pos;
                bestGrade = g;
            }
            break;
        }
    }
    if (std::optional<GradeMatch> before = gradeOfEarlierRating(text); before && (!bestGrade || before->begin < bestGrade->begin))
        bestGrade = before;
    if (std::optional<GradeMatch> from = gradeMovedFrom(text); from && (!bestGrade || from->begin < bestGrade->begin))
        bestGrade = from;
    if (!bestGrade) return std::nullopt;
    PreviousJudgementMatch m;
    m.grade = bestGrade->grade;
    // The date must be in the same sentence, after the grade: "in July 2022", "last July".
    std::size_t end = bestGrade->finish;
    std::size_t stop = end;
    while (stop < text.size() && text[stop] != '.' && text[stop] != ';') ++stop;
    std::string_view tail = text.substr(end, stop - end);
    for (const DateRange& r : findDates(tail)) {
        if (r.start.year && r.start.month) {
            m.date = PartialDate{r.start.year, r.start.month, 0};
            return m;
        }
    }
    // Relative: "last July", "in March last year", "in January this year"
    const std::vector<Word> words = splitWords(tail);
    for (std::size_t i = 0; i + 1 < words.size(); ++i) {
        if (lowerAscii(words[i].text) == "last") {
            int month = monthFromName(words[i + 1].text);
            if (month && isUpper(words[i + 1].text[0])) {
                m.date = lastMonthBefore(month, reference);
                return m;
            }
        }
        int month = monthFromName(words[i].text);
        if (month && isUpper(words[i].text[0]) && i + 2 < words.size() && reference.year > 0 &&
            lowerAscii(words[i + 2].text) == "year") {
            std::string which = lowerAscii(words[i + 1].text);
            if (which == "last") m.date = PartialDate{reference.year - 1, month, 0};
            if (which == "this") m.date = PartialDate{reference.year, month, 0};
            if (!m.date.iso().empty()) return m;
        }
    }
    return m;
}

}  // namespace findings::docparse
