// Known section headings of the genre, and recognising judgement headings.
#include "headings.hpp"

#include "findings/docparse/scanners.hpp"
#include "text_util.hpp"

namespace findings::docparse::detail {

std::string stripFootnoteMarker(std::string_view text) {
    std::string t(trim(text));
    // "improve?1", "area2", "board1": a digit glued to a letter or '?'
    std::size_t e = t.size();
    while (e > 0 && isDigit(t[e - 1]) && e + 2 > t.size()) --e;
    if (e < t.size() && e > 0 && (isAlpha(t[e - 1]) || t[e - 1] == '?' || t[e - 1] == ')')) t.erase(e);
    return t;
}

namespace {

struct Known {
    std::string_view text;  // lower case; a trailing '*' means "starts with"
    HeadingKind kind;
};

const Known kKnown[] = {
    {"headline findings", HeadingKind::Headline},
    {"headline finding", HeadingKind::Headline},
    {"overview", HeadingKind::Headline},
    {"summary", HeadingKind::Headline},
    {"summary of findings", HeadingKind::Headline},
    {"summary of key findings", HeadingKind::Headline},
    {"findings and evaluation of progress", HeadingKind::Findings},
    {"evaluation of progress", HeadingKind::Findings},
    {"findings", HeadingKind::Findings},
    {"main findings", HeadingKind::Findings},
    {"key findings", HeadingKind::Findings},
    {"findings of the visit", HeadingKind::Findings},
    {"findings from the visit", HeadingKind::Findings},
    {"findings of the monitoring visit", HeadingKind::Findings},
    {"what needs to improve", HeadingKind::Improvement},
    {"what needs to improve in this area of social work practice", HeadingKind::Improvement},
    {"what needs to improve in this area*", HeadingKind::Improvement},
    {"what does the local authority need to improve", HeadingKind::Improvement},
    {"areas for improvement", HeadingKind::Improvement},
    {"areas for priority action", HeadingKind::Improvement},
    {"priority and immediate action", HeadingKind::Improvement},
    {"recommendations", HeadingKind::Improvement},
    {"areas covered by the visit", HeadingKind::AreasCovered},
    {"areas covered by this visit", HeadingKind::AreasCovered},
    {"areas covered", HeadingKind::AreasCovered},
    {"areas covered by the monitoring visit", HeadingKind::AreasCovered},
    {"areas covered by this monitoring visit", HeadingKind::AreasCovered},
    {"the local authority has the following strengths", HeadingKind::Strengths},
    {"the local authority's strengths", HeadingKind::Strengths},
    {"section 2:*", HeadingKind::LscbPart},
    {"key strengths and weaknesses of the lscb", HeadingKind::LscbStrengths},
    {"contents", HeadingKind::NonFinding},
    {"section 1:*", HeadingKind::Other},
    {"information about this inspection", HeadingKind::NonFinding},
    {"information about this local authority area", HeadingKind::NonFinding},
    {"other information about this area", HeadingKind::NonFinding},
    {"children living in this area", HeadingKind::NonFinding},
    {"child protection in this area", HeadingKind::NonFinding},
    {"children looked after in this area", HeadingKind::NonFinding},
    {"other ofsted inspections", HeadingKind::NonFinding},
    {"the inspection team", HeadingKind::NonFinding},
    {"what the inspection judgements mean*", HeadingKind::NonFinding},
    {"what the inspection judgments mean*", HeadingKind::NonFinding},
    {"inspection judgements about the local authority", HeadingKind::Other},
    {"inspection judgements about the lscb", HeadingKind::Other},
    {"next steps", HeadingKind::NonFinding},
};

}  // namespace

HeadingKind knownHeading(std::string_view text) {
    std::string t = lowerAscii(stripFootnoteMarker(text));
    // Curly apostrophes compare as straight ones.
    for (std::size_t p; (p = t.find("’")) != std::string::npos;) t.replace(p, 3, "'");
    while (!t.empty() && (t.back() == '?' || t.back() == ':' || t.back() == ' ')) t.pop_back();
    if (t.size() > 110) return HeadingKind::None;
    for (const Known& k : kKnown) {
        std::string_view kt = k.text;
        if (!kt.empty() && kt.back() == '*') {
            kt.remove_suffix(1);
            if (t.compare(0, kt.size(), kt) == 0) return k.kind;
        } else if (t == kt) {
            return k.kind;
        }
    }
    return HeadingKind::None;
}

std::optional<JudgementHeading> judgementHeading(std::string_view text) {
    std::string t = collapseSpaces(text);
    // A table row's item number ("1. Children who need help", "2.1 Adoption performance")
    std::size_t digits = 0;
    while (digits < t.size() && (isDigit(t[digits]) || t[digits] == '.')) ++digits;
    if (digits > 0 && digits < t.size() && t[digits] == ' ') t.erase(0, digits + 1);
    if (t.size() < 8 || t.size() > 220 || !startsUpper(t)) return std::nullopt;
    if (t.back() == '.' || t.find(". ") != std::string::npos) return std::nullopt;
    auto g = gradeAtEnd(t);
    if (!g) return std::nullopt;
    std::string area = t.substr(0, g->begin);
    // Strip the joining words: ":", " is", " is judged to be", " are"
    for (;;) {
        std::string_view a = trim(area);
        area.assign(a);
        if (!area.empty() && (area.back() == ':' || area.back() == '-' || area.back() == ',')) { area.pop_back(); continue; }
        bool stripped = false;
        for (std::string_view tail : {" is judged to be", " is judged", " judged to be", " is", " are", " to be"}) {
            if (area.size() > tail.size() && lowerAscii(area.substr(area.size() - tail.size())) == tail) {
                area.erase(area.size() - tail.size());
                stripped = true;
                break;
            }
        }
        if (!stripped) break;
    }
    for (std::string_view lead : {"The graded judgment for ", "The graded judgement for "})
        if (area.size() > lead.size() && startsWithI(area, lead)) {
            area.erase(0, lead.size());
            if (!area.empty() && isLower(area[0])) area[0] = char(area[0] - 'a' + 'A');
        }
    if (area.size() < 6) return std::nullopt;
    // An area never opens with a grade: "Good 2.2 Experiences ... Good" is the grade of one
    // table row run into the next row.
    for (std::string_view g : {"good ", "outstanding ", "inadequate ", "requires ", "require "})
        if (startsWithI(area, g)) return std::nullopt;
    // Only the areas inspections grade: guards against prose that happens to end in "good".
    std::string l = lowerAscii(area);
    static const std::string_view vocabulary[] = {
        "experiences and progress", "impact of leaders", "leadership", "overall effectiveness",
        "overall judgement", "adoption", "care leavers", "help and protection", "looked after",
        "children in care", "effectiveness of", "permanence", "safeguarding children board", "lscb",
        "management and governance", "fostering"};
    bool known = false;
    for (std::string_view v : vocabulary)
        if (l.find(v) != std::string::npos) known = true;
    if (!known) return std::nullopt;
    return JudgementHeading{area, g->grade};
}

bool looksLikeHeading(std::string_view text) {
    std::string_view t = trim(text);
    if (t.empty() || t.size() > 100 || !startsUpper(t)) return false;
    char last = t.back();
    if (last == '.' || last == ',' || last == ';' || last == ':' || last == '!') return false;
    std::size_t q = 0;
    if (t.size() >= 3 && isQuoteAt(t, t.size() - 3, &q)) return false;
    if (last == '"' || last == ')') return last == ')';
    return true;
}

}  // namespace findings::docparse::detail
