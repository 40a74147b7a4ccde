// Metadata over prose: inspectors, visit dates, framework and previous judgement.
#include "metadata.hpp"

#include "context.hpp"
#include "text_util.hpp"

namespace findings::docparse::detail {

PartialDate parseIso(std::string_view iso) {
    PartialDate d;
    auto num = [&](std::size_t b, std::size_t n) {
        int v = 0;
        for (std::size_t i = b; i < b + n && i < iso.size(); ++i) {
            if (!isDigit(iso[i])) return 0;
            v = v * 10 + (iso[i] - '0');
        }
        return v;
    };
    if (iso.size() >= 7) {
        d.year = num(0, 4);
        d.month = num(5, 2);
    }
    if (iso.size() >= 10) d.day = num(8, 2);
    return d;
}

namespace {

// Names listed right after `pos` up to the end of the sentence.
std::vector<std::string> namesAfter(std::string_view text, std::size_t pos) {
    std::size_t end = pos;
    while (end < text.size() && text[end] != '.' && text[end] != ';' && text[end] != '\n') ++end;
    return splitNameList(text.substr(pos, end - pos));
}

// Names listed right before `pos`, back to the start of the clause.
std::vector<std::string> namesBefore(std::string_view text, std::size_t pos) {
    std::size_t b = pos;
    while (b > 0 && text[b - 1] != '.' && text[b - 1] != ';' && text[b - 1] != ':' && text[b - 1] != '\n') --b;
    std::string_view clause = text.substr(b, pos - b);
    // Only the trailing run that is a list of names: cut at the last lower-case word
    // other than "and".
    const std::vector<Word> words = splitWords(clause);
    std::size_t start = 0;
    for (std::size_t i = 0; i < words.size(); ++i) {
        std::string_view w = words[i].text;
        if (w != "and" && !isNameWord(w)) start = words[i].end;
    }
    return splitNameList(clause.substr(start));
}

// The name that a sign-off row holds before its title ("Ruth Okafor His Majesty's
// Inspector", reflowed from two lines; "Lead inspector: Kate Morrow His Majesty's
// Inspector"): every word from the row's start or its label to `pos` is a name word.
std::vector<std::string> signedNameBefore(std::string_view text, std::size_t pos) {
    // The title may stand on a row of its own under the name.
    while (pos > 0 && isAsciiSpace(text[pos - 1]) && text[pos - 1] != '\n') --pos;
    if (pos > 0 && text[pos - 1] == '\n') --pos;
    if (pos > 0 && text[pos - 1] == '\n') return {};  // a blank row: the title stands alone
    std::size_t b = pos;
    while (b > 0 && text[b - 1] != '\n' && text[b - 1] != ':') --b;
    std::string_view clause = text.substr(b, pos - b);
    std::vector<Word> words = splitWords(clause);
    // "Jane Smith\nSenior His Majesty's Inspector": the grade is part of the title.
    if (!words.empty() && words.back().text == "Senior") {
        clause = clause.substr(0, words.back().begin);
        words.pop_back();
    }
    if (words.size() < 2 || words.size() > 4) return {};
    for (const Word& w : words)
        if (!isNameWord(w.text)) return {};
    return splitNameList(clause);
}

// Names under the labels of a sign-off or front matter, the lead first: "Lead inspector:
// Kate Morrow", "Team inspector: Sam Idowu".
std::vector<std::string> labelledInspectors(std::string_view text) {
    std::vector<std::string> out;
    std::size_t len = 0;
    for (std::string_view label : {"lead inspector:", "deputy lead inspector:", "team inspectors:", "team inspector:"})
        for (std::size_t p = findPhrase(text, label, 0, &len); p != std::string_view::npos;
             p = findPhrase(text, label, p + 1, &len))
            for (const std::string& n : namesAfter(text, p + len)) {
                bool seen = false;
                for (const std::string& o : out) seen |= o == n;
                if (!seen) out.push_back(n);
            }
    return out;
}

// The year of "in 2022" in a sentence (the first such), or 0.
int yearAfterIn(std::string_view s) {
    const std::vector<Word> words = splitWords(s);
    for (std::size_t i = 1; i < words.size(); ++i) {
        std::string_view w = words[i].text;
        if (w.size() != 4 || lowerAscii(words[i - 1].text) != "in") continue;
        int year = 0;
        for (char c : w) year = (year < 0 || !isDigit(c)) ? -1 : year * 10 + (c - '0');
        if (year >= 1990 && year <= 2100) return year;
    }
    return 0;
}

// The month of a visit an article dates without a year: "in February" (the last
// February before the article), "last month". Nothing when the sentence dates a
// judgement instead ("judged inadequate in June").
PartialDate relativeVisitMonth(std::string_view s, const PartialDate& reference) {
    const std::vector<Word> words = splitWords(s);
    for (std::size_t i = 1; i < words.size(); ++i) {
        const std::string w = lowerAscii(words[i].text);
        if (w == "judged" || w == "rated" || w == "since") break;
        const std::string prev = lowerAscii(words[i - 1].text);
        if (prev == "last" && lowerAscii(words[i].text) == "month")
            return reference.month == 1 ? PartialDate{reference.year - 1, 12, 0}
                                        : PartialDate{reference.year, reference.month - 1, 0};
        const int month = monthFromName(words[i].text);
        if (!month || !isUpper(words[i].text[0]) || words[i].text.size() < 3) continue;
        if (prev != "in" && prev != "during") continue;
        // "in February 2024" is dated in full and handled before; "in May 2" is not a month.
        if (i + 1 < words.size() && isDigit(words[i + 1].text[0])) continue;
        return month < reference.month ? PartialDate{reference.year, month, 0}
                                       : (month == reference.month ? PartialDate{reference.year, month, 0}
                                                                   : PartialDate{reference.year - 1, month, 0});
    }
    return {};
}

void addUnique(std::vector<std::string>& out, const std::vector<std::string>& names) {
    for (const std::string& n : names) {
        bool seen = false;
        for (const std::string& o : out) seen |= o == n;
        if (!seen) out.push_back(n);
    }
}

}  // namespace

std::vector<std::string> inspectorsFromText(std::string_view text) {
    std::vector<std::string> out = labelledInspectors(text);
    if (!out.empty()) return out;
    std::size_t len = 0;
    // "His Majesty's inspectors for this visit were A and B." / "... Inspector: A"
    for (std::string_view anchor : {"majesty's inspectors", "majesty's inspector", "inspectors for this visit",
                                    "inspector for this visit"}) {
        for (std::size_t p = findPhrase(text, anchor, 0, &len); p != std::string_view::npos;
             p = findPhrase(text, anchor, p + 1, &len)) {
            std::size_t after = p + len;
            std::size_t were = std::string_view::npos, l2 = 0;
            for (std::string_view verb : {" were ", " was ", ": "}) {
                // Within the row: a sign-off's title is not followed by the next name.
                // Within the sentence: "Jane Smith, His Majesty's Inspector. She was
                // accompanied by ..." names the next inspector after the verb.
                std::string_view window = text.substr(after, 60);
                window = window.substr(0, window.find_first_of(".\n"));
                std::size_t q = findPhrase(window, verb, 0, &l2);
                if (q != std::string_view::npos && q < 40) {
                    were = after + q + l2;
                    break;
                }
            }
            if (were != std::string_view::npos) addUnique(out, namesAfter(text, were));
            // "Her Majesty's Inspectors (HMI) Jo Bloggs and Sam Green visited ..."
            // Names on the same row only: the row after a sign-off's title is the next signer.
            std::size_t q = after;
            while (q < text.size() && isAsciiSpace(text[q]) && text[q] != '\n') ++q;
            if (q < text.size() && text[q] == '(') {
                std::size_t close = text.find(')', q);
                if (close != std::string_view::npos && close - q < 10) q = close + 1;
            }
            while (q < text.size() && isAsciiSpace(text[q]) && text[q] != '\n') ++q;
            if (were == std::string_view::npos && q < text.size() && isUpper(text[q])) {
                std::size_t e = q;
                const std::vector<Word> words = splitWords(text.substr(q, 120));
                for (std::size_t i = 0; i < words.size(); ++i) {
                    if (words[i].text == "and" && i + 1 < words.size() && isNameWord(words[i + 1].text)) continue;
                    if (!isNameWord(words[i].text)) break;
                    e = q + words[i].end;
                }
                if (e > q) addUnique(out, splitNameList(text.substr(q, e - q)));
            }
            // "A and B, His Majesty's inspectors, reported"
            std::size_t b = p;
            for (std::string_view lead : {"his ", "her "})
                if (b >= lead.size() && matchAt(text, b - lead.size(), lead) == lead.size()) b -= lead.size();
            while (b > 0 && isAsciiSpace(text[b - 1])) --b;
            if (b > 0 && text[b - 1] == ',') addUnique(out, namesBefore(text, b - 1));
            else addUnique(out, signedNameBefore(text, b));
        }
        if (!out.empty()) break;
    }
    // "A, His Majesty's Inspector, and B, Ofsted Inspector", "..., and B, HMI": the second
    // inspector by another title, or by the short one.
    if (!out.empty())
        for (std::string_view title : {"ofsted inspector", "hmi"})
            for (std::size_t p = findPhrase(text, title, 0, &len); p != std::string_view::npos;
                 p = findPhrase(text, title, p + 1, &len)) {
                std::size_t b = p;
                while (b > 0 && isAsciiSpace(text[b - 1])) --b;
                if (b > 0 && text[b - 1] == ',') addUnique(out, namesBefore(text, b - 1));
            }
    // "The inspectors were A and B.", "The visit was carried out by A and B." (names
    // straight after the phrase; "by the local authority" gives none).
    if (out.empty())
        for (std::string_view anchor : {"inspectors were ", "inspector was ", "visit was carried out by ",
                                        "visit was conducted by ", "visit was undertaken by "})
            for (std::size_t p = findPhrase(text, anchor, 0, &len); p != std::string_view::npos;
                 p = findPhrase(text, anchor, p + 1, &len))
                addUnique(out, namesAfter(text, p + len));
    // "Inspector Peter McEntee said", "HMI Jane Smith", "inspectors Alison Smale and Nick Bennison",
    // and a second inspector named by another title: "Her Majesty's Inspector A and Ofsted
    // Inspector B".
    for (std::string_view anchor : {"inspector ", "inspectors ", "hmi "}) {
        for (std::size_t p = findPhrase(text, anchor, 0, &len); p != std::string_view::npos;
             p = findPhrase(text, anchor, p + 1, &len)) {
            std::size_t q = p + len;
            if (q >= text.size() || !isUpper(text[q])) continue;
            // Take the capitalised run (with "and") that follows.
            std::size_t e = q;
            const std::vector<Word> words = splitWords(text.substr(q, 120));
            for (std::size_t i = 0; i < words.size(); ++i) {
                if (words[i].text == "and" && i + 1 < words.size() && isNameWord(words[i + 1].text)) continue;
                if (!isNameWord(words[i].text)) break;
                e = q + words[i].end;
            }
            if (e > q) addUnique(out, splitNameList(text.substr(q, e - q)));
        }
    }
    return out;
}

std::optional<DateRange> visitDates(std::string_view text, const PartialDate& reference) {
    for (const std::string& s : sentences(text)) {
        if (!containsPhrase(s, "visit") && !containsPhrase(s, "inspection") && !containsPhrase(s, "inspected"))
            continue;
        for (DateRange r : findDates(s)) {
            if (!r.has_day()) continue;
            if (r.start == reference && r.end == reference) continue;
            if (r.start.year == 0 && r.end.year == 0 && reference.year) {
                int year = reference.year;
                // A visit precedes the document: "March 29-30" in a June 2023 release is 2023,
                // "November 28" in a January letter is the year before.
                if (reference.month && r.start.month > reference.month) --year;
                fillYear(r, year);
            } else {
                fillYear(r, r.start.year ? r.start.year : r.end.year);
            }
            if (r.start.year == 0) continue;
            return r;
        }
    }
    // Articles often give only the month: "the fourth monitoring visit from Ofsted in July
    // 2017". The month must follow "in" or "during" after the word "visit", with no
    // judgement in between ("since it was judged inadequate in March 2015" dates the
    // judgement, not the visit).
    for (const std::string& s : sentences(text)) {
        std::size_t len = 0;
        std::size_t visit = findPhrase(s, "visit", 0, &len);
        if (visit == std::string_view::npos) continue;
        for (DateRange r : findDates(s)) {
            if (r.has_day() || r.start.year == 0 || r.begin < visit) continue;
            std::string_view between = std::string_view(s).substr(visit, r.begin - visit);
            std::string_view lead = trim(between);
            bool introduced = lead.size() >= 3 && (lowerAscii(lead.substr(lead.size() - 3)) == " in" ||
                                                   (lead.size() >= 7 && lowerAscii(lead.substr(lead.size() - 7)) == " during"));
            bool judged = containsPhrase(between, "judged") || containsPhrase(between, "inadequate") ||
                          containsPhrase(between, "since") || containsPhrase(between, "inspection") ||
                          containsPhrase(between, "rated") || containsPhrase(between, "good");
            if (introduced && !judged && between.size() < 120) return r;
        }
    }
    // News dates a recent visit relative to the article: "visited in February", "the
    // visit took place last month".
    if (reference.year && reference.month)
        for (const std::string& s : sentences(text))
            if (containsPhrase(s, "visit") || containsPhrase(s, "visited"))
                if (PartialDate m = relativeVisitMonth(s, reference); m.year) return DateRange{m, m, 0, 0};
    return std::nullopt;
}

int unambiguousYear(std::string_view text) {
    int year = 0;
    for (const std::string& s : sentences(text)) {
        if (findPreviousJudgement(s, PartialDate{}) || containsPhrase(s, "since") || containsPhrase(s, "judged") ||
            containsPhrase(s, "rated"))
            continue;
        for (const DateRange& r : findDates(s))
            for (const PartialDate& d : {r.start, r.end}) {
                if (d.year == 0 || d.month == 0) continue;
                if (year != 0 && d.year != year) return 0;
                year = d.year;
            }
    }
    return year;
}

std::string frameworkFromText(std::string_view text) {
    if (containsPhrase(text, "(ilacs)") || containsPhrase(text, "ilacs framework") ||
        containsPhrase(text, "ilacs inspection") ||
        containsPhrase(text, "inspection of local authority children's services framework") ||
        containsPhrase(text, "inspecting local authority children's services"))
        return "ILACS";
    if (containsPhrase(text, "single inspection framework") || containsPhrase(text, "(sif)"))
        return "SIF";
    return {};
}

PreviousJudgementInfo previousJudgement(std::string_view text, const PartialDate& reference) {
    PreviousJudgementInfo info;
    std::vector<std::string> ss = sentences(text);
    for (const std::string& s : ss) {
        auto m = findPreviousJudgement(s, reference);
        if (!m) continue;
        if (info.grade.empty()) info.grade = m->grade;
        if (m->grade == info.grade && !m->date.iso().empty()) {
            info.date = m->date.iso();
            return info;
        }
    }
    if (info.grade.empty()) return info;
    // "after its inspection in June 2018", "the inspection last July"
    for (const std::string& s : ss) {
        std::size_t len = 0;
        for (std::string_view anchor : {"inspection in ", "inspected in ", "inspection last ", "inspection, in "}) {
            std::size_t p = findPhrase(s, anchor, 0, &len);
            if (p == std::string_view::npos) continue;
            std::string_view tail = std::string_view(s).substr(p + len);
            if (anchor == "inspection last ") {
                int month = monthFromName(tail.substr(0, tail.find(' ')));
                PartialDate d = lastMonthBefore(month, reference);
                if (!d.iso().empty()) { info.date = d.iso(); return info; }
                continue;
            }
            auto dates = findDates(tail);
            if (!dates.empty() && dates[0].begin == 0 && dates[0].start.year && dates[0].start.month) {
                info.date = PartialDate{dates[0].start.year, dates[0].start.month, 0}.iso();
                return info;
            }
        }
    }
    // Articles often give only the year: "having previously been judged inadequate in
    // 2022", "rated requires improvement at its last inspection in 2019".
    for (const std::string& s : ss) {
        auto m = findPreviousJudgement(s, reference);
        if (!m || m->grade != info.grade) continue;
        // The findings format dates a judgement by month at least, so the year alone is kept
        // apart from `date`.
        if (int year = yearAfterIn(s)) {
            info.year = year;
            return info;
        }
    }
    return info;
}

}  // namespace findings::docparse::detail
