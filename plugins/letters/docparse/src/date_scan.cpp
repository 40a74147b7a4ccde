// Date and date-range scanner: a small tokenizer plus hand-written grammar for the forms
// inspection documents use ("21 and 22 February 2024", "March 29-30", "Wednesday 23 and
// Thursday 24 March 2022", "29 April 2014 – 21 May 2014", "14th June 2023", "July 2022").
#include <cstdio>

#include "findings/docparse/scanners.hpp"
#include "text_util.hpp"

namespace findings::docparse {

using namespace detail;

std::string PartialDate::iso() const {
    if (year <= 0 || month <= 0) return {};
    char buf[40];
    if (day > 0)
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    else
        std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
    return buf;
}

int monthFromName(std::string_view word) {
    static const char* const names[] = {"january", "february", "march",     "april",
                                        "may",     "june",     "july",      "august",
                                        "september", "october", "november", "december"};
    std::string w = lowerAscii(word);
    if (!w.empty() && w.back() == '.') w.pop_back();
    if (w.size() < 3) return 0;
    for (int m = 0; m < 12; ++m) {
        std::string_view full = names[m];
        if (w == full) return m + 1;
        // Abbreviations: "Jan", "Sept", "Sep"; never a 3-letter word that is a full name.
        if (w.size() <= 4 && full.substr(0, w.size()) == w && full.size() > w.size()) return m + 1;
    }
    return 0;
}

namespace {

bool isWeekday(std::string_view w) {
    static const char* const days[] = {"monday", "tuesday", "wednesday", "thursday",
                                       "friday", "saturday", "sunday"};
    std::string l = lowerAscii(w);
    for (const char* d : days)
        if (l == d) return true;
    return false;
}

enum class TokType { Num, Word, Dash, Comma, Other };

struct Tok {
    TokType type;
    std::string_view text;
    int value = 0;        // Num: its value; Word: month number or 0
    bool capital = false;  // Word: starts upper case
    std::size_t begin = 0, end = 0;
};

std::vector<Tok> tokenize(std::string_view s) {
    std::vector<Tok> toks;
    std::size_t i = 0;
    while (i < s.size()) {
        unsigned char c = (unsigned char)s[i];
        if (isAsciiSpace(char(c))) { ++i; continue; }
        if (c == 0xC2 && i + 1 < s.size() && (unsigned char)s[i + 1] == 0xA0) { i += 2; continue; }  // NBSP
        std::size_t dl = 0;
        if (isDigit(char(c))) {
            std::size_t b = i;
            long v = 0;
            while (i < s.size() && isDigit(s[i])) { v = v * 10 + (s[i] - '0'); if (v > 100000) v = 100000; ++i; }
            // ordinal suffix: 1st 2nd 3rd 4th
            if (i + 1 < s.size()) {
                std::string suf = lowerAscii(s.substr(i, 2));
                if ((suf == "st" || suf == "nd" || suf == "rd" || suf == "th") &&
                    (i + 2 >= s.size() || !isAlpha(s[i + 2])))
                    i += 2;
            }
            toks.push_back(Tok{TokType::Num, s.substr(b, i - b), int(v), false, b, i});
        } else if (isAlpha(char(c))) {
            std::size_t b = i;
            while (i < s.size() && isAlpha(s[i])) ++i;
            std::string_view w = s.substr(b, i - b);
            toks.push_back(Tok{TokType::Word, w, monthFromName(w), isUpper(w[0]), b, i});
        } else if (isDashAt(s, i, &dl)) {
            toks.push_back(Tok{TokType::Dash, s.substr(i, dl), 0, false, i, i + dl});
            i += dl;
        } else if (c == ',') {
            toks.push_back(Tok{TokType::Comma, s.substr(i, 1), 0, false, i, i + 1});
            ++i;
        } else {
            std::size_t n = c >= 0x80 ? utf8Length(c) : 1;
            toks.push_back(Tok{TokType::Other, s.substr(i, n), 0, false, i, i + n});
            i += n;
        }
    }
    return toks;
}

class Grammar {
public:
    explicit Grammar(const std::vector<Tok>& t) : t_(t) {}

    // Tries every form at token i; on success fills r and returns the index after it.
    std::size_t parseAt(std::size_t i, DateRange& r) const {
        std::size_t j;
        if ((j = numeric(i, r))) return j;
        if ((j = dayFirst(i, r))) return j;
        if ((j = monthFirst(i, r))) return j;
        return 0;
    }

private:
    const std::vector<Tok>& t_;

    bool isNum(std::size_t i) const { return i < t_.size() && t_[i].type == TokType::Num; }
    bool isDay(std::size_t i) const { return isNum(i) && t_[i].value >= 1 && t_[i].value <= 31 && t_[i].text.size() <= 4; }
    bool isYear(std::size_t i) const {
        return isNum(i) && t_[i].value >= 1900 && t_[i].value <= 2199 && t_[i].text.size() == 4;
    }
    bool isMonth(std::size_t i) const {
        if (i >= t_.size() || t_[i].type != TokType::Word || t_[i].value == 0) return false;
        // Lower-case month names are only accepted in full ("march" the verb is rare next to a number).
        return t_[i].capital || t_[i].text.size() > 3;
    }
    bool isWord(std::size_t i, std::string_view w) const {
        return i < t_.size() && t_[i].type == TokType::Word && lowerAscii(t_[i].text) == w;
    }
    // A range separator: and, to, until, &, or a dash.
    std::size_t separator(std::size_t i) const {
        if (i >= t_.size()) return 0;
        if (t_[i].type == TokType::Dash) return i + 1;
        if (isWord(i, "and") || isWord(i, "to") || isWord(i, "until") || isWord(i, "till")) return i + 1;
        if (t_[i].type == TokType::Other && t_[i].text == "&") return i + 1;
        return 0;
    }
    std::size_t skipWeekday(std::size_t i) const {
        if (i < t_.size() && t_[i].type == TokType::Word && isWeekday(t_[i].text)) {
            ++i;
            if (i < t_.size() && t_[i].type == TokType::Comma) ++i;
        }
        return i;
    }
    std::size_t skipComma(std::size_t i) const {
        return (i < t_.size() && t_[i].type == TokType::Comma) ? i + 1 : i;
    }

    // [Weekday] D [of] [sep [Weekday] D] Month [,] [Year] [sep [Weekday] D Month [,] [Year]]
    std::size_t dayFirst(std::size_t i0, DateRange& r) const {
        std::size_t i = skipWeekday(i0);
        if (!isDay(i)) return 0;
        int d1 = t_[i].value, d2 = 0;
        std::size_t first = i0;
        ++i;
        if (isWord(i, "of")) ++i;
        // "8, 9 and 10 May": a list of days, the last ending the range.
        std::size_t listEnd = i;
        while (listEnd < t_.size() && t_[listEnd].type == TokType::Comma && isDay(listEnd + 1)) listEnd += 2;
        if (listEnd != i && separator(listEnd)) i = listEnd;
        // "8/9 May": two days joined by a slash, as letterheads sometimes print them.
        bool slash = i < t_.size() && t_[i].type == TokType::Other && t_[i].text == "/" && isDay(i + 1) &&
                     isMonthAhead(i + 2);
        std::size_t s = slash ? i + 1 : separator(i);
        if (s) {
            std::size_t k = skipWeekday(s);
            if (isDay(k) && isMonthAhead(k + 1)) {
                // "21 and 22 February": the second day shares the month
                d2 = t_[k].value;
                i = k + 1;
            }
        }
        if (isWord(i, "of")) ++i;
        if (!isMonth(i)) return 0;
        int m1 = t_[i].value;
        ++i;
        int y1 = 0;
        std::size_t k = skipComma(i);
        if (isYear(k)) { y1 = t_[k].value; i = k + 1; }
        r = DateRange{};
        r.start = PartialDate{y1, m1, d1};
        r.end = PartialDate{y1, m1, d2 ? d2 : d1};
        r.begin = t_[first].begin;
        r.finish = t_[i - 1].end;
        if (d2 == 0) {
            // Cross-month or cross-year range: "29 April to 21 May 2014", "29 April 2014 – 21 May 2014"
            std::size_t s2 = separator(i);
            if (s2) {
                std::size_t k2 = skipWeekday(s2);
                if (isDay(k2)) {
                    std::size_t m = k2 + 1;
                    if (isWord(m, "of")) ++m;
                    if (isMonth(m)) {
                        int m2 = t_[m].value, y2 = 0;
                        std::size_t e = m + 1;
                        std::size_t ky = skipComma(e);
                        if (isYear(ky)) { y2 = t_[ky].value; e = ky + 1; }
                        r.end = PartialDate{y2, m2, t_[k2].value};
                        if (y1 == 0 && y2 != 0) r.start.year = (m2 >= m1) ? y2 : y2 - 1;
                        if (y2 == 0) r.end.year = y1;
                        r.finish = t_[e - 1].end;
                        return e;
                    }
                }
            }
        }
        return i;
    }

    // True when tokens i and i + 1 touch, with nothing between them ("03/03").
    bool touching(std::size_t i) const { return i + 1 < t_.size() && t_[i].end == t_[i + 1].begin; }
    // A date separator inside a numeric date: '/', '.' or a hyphen.
    bool numericSeparator(std::size_t i) const {
        return i < t_.size() && ((t_[i].type == TokType::Other && (t_[i].text == "/" || t_[i].text == ".")) ||
                                 (t_[i].type == TokType::Dash && t_[i].text == "-"));
    }

    // Letterheads and web pages print dates in figures: "03/03/2025", "3.3.2025" (day
    // first, as in the UK) and ISO "2025-03-03". Both separators must be the same and
    // everything must touch, so "14-16 June" and "2014-15" are not read as dates.
    std::size_t numeric(std::size_t i, DateRange& r) const {
        if (!isNum(i) || !touching(i) || !numericSeparator(i + 1) || !touching(i + 1) || !isNum(i + 2) ||
            !touching(i + 2) || !numericSeparator(i + 3) || t_[i + 1].text != t_[i + 3].text || !touching(i + 3) ||
            !isNum(i + 4))
            return 0;
        // Figures glued to more ("03/03/2025/1", "v1.2.2025") are a reference or version
        // number, not a date; a full stop after the year ends the sentence.
        if (touching(i + 4) && i + 5 < t_.size() && t_[i + 5].type != TokType::Comma &&
            !(numericSeparator(i + 5) && t_[i + 5].text == "." && !isNum(i + 6)) &&
            (t_[i + 5].type == TokType::Num || t_[i + 5].type == TokType::Word || numericSeparator(i + 5)))
            return 0;
        if (i > 0 && touching(i - 1) && t_[i - 1].type != TokType::Comma &&
            (t_[i - 1].type == TokType::Word || t_[i - 1].type == TokType::Num || numericSeparator(i - 1)))
            return 0;
        int day, month, year;
        if (isYear(i) && t_[i + 1].text == "-") {
            year = t_[i].value, month = t_[i + 2].value, day = t_[i + 4].value;
            if (t_[i + 2].text.size() != 2 || t_[i + 4].text.size() != 2) return 0;
        } else if (isYear(i + 4) && t_[i].text.size() <= 2 && t_[i + 2].text.size() <= 2) {
            day = t_[i].value, month = t_[i + 2].value, year = t_[i + 4].value;
        } else {
            return 0;
        }
        if (month < 1 || month > 12 || day < 1 || day > 31) return 0;
        r = DateRange{};
        r.start = r.end = PartialDate{year, month, day};
        r.begin = t_[i].begin;
        r.finish = t_[i + 4].end;
        return i + 5;
    }

    // Month D [sep D] [,] [Year]  |  Month Year
    std::size_t monthFirst(std::size_t i, DateRange& r) const {
        if (!isMonth(i)) return 0;
        int m = t_[i].value;
        std::size_t first = i;
        ++i;
        if (isYear(i)) {
            r = DateRange{};
            r.start = r.end = PartialDate{t_[i].value, m, 0};
            r.begin = t_[first].begin;
            r.finish = t_[i].end;
            return i + 1;
        }
        if (!isDay(i)) return 0;
        int d1 = t_[i].value, d2 = 0;
        ++i;
        std::size_t s = separator(i);
        if (s && isDay(s)) { d2 = t_[s].value; i = s + 1; }
        int y = 0;
        std::size_t k = skipComma(i);
        if (isYear(k)) { y = t_[k].value; i = k + 1; }
        r = DateRange{};
        r.start = PartialDate{y, m, d1};
        r.end = PartialDate{y, m, d2 ? d2 : d1};
        r.begin = t_[first].begin;
        r.finish = t_[i - 1].end;
        return i;
    }

    // True when a month follows at i, possibly after a year-less comma.
    bool isMonthAhead(std::size_t i) const {
        if (isWord(i, "of")) ++i;
        return isMonth(i);
    }
};

}  // namespace

std::vector<DateRange> findDates(std::string_view text) {
    std::vector<DateRange> out;
    const std::vector<Tok> toks = tokenize(text);
    Grammar g(toks);
    for (std::size_t i = 0; i < toks.size();) {
        if (toks[i].type != TokType::Num && toks[i].type != TokType::Word) { ++i; continue; }
        DateRange r;
        std::size_t next = g.parseAt(i, r);
        if (next) {
            out.push_back(r);
            i = next;
        } else {
            ++i;
        }
    }
    return out;
}

std::optional<PartialDate> findFullDate(std::string_view text) {
    for (const DateRange& r : findDates(text))
        if (r.start.day && r.start.month && r.start.year && r.start == r.end) return r.start;
    return std::nullopt;
}

void fillYear(DateRange& range, int year) {
    if (year <= 0) return;
    if (range.start.year == 0) range.start.year = year;
    if (range.end.year == 0)
        range.end.year = (range.end.month < range.start.month) ? range.start.year + 1 : range.start.year;
}

PartialDate lastMonthBefore(int month, const PartialDate& reference) {
    if (reference.year <= 0 || reference.month <= 0 || month <= 0) return {};
    int year = month < reference.month ? reference.year : reference.year - 1;
    return PartialDate{year, month, 0};
}

}  // namespace findings::docparse
