// Judgement tables: a column split at wide gaps, rows grouped by blank lines, grades
// assembled from wrapped cells, and one-line judgement statements.
#include "judgement_table.hpp"

#include "findings/docparse/scanners.hpp"
#include "flattened_table.hpp"
#include "headings.hpp"
#include "text_util.hpp"

namespace findings::docparse::detail {

std::string normaliseArea(std::string_view area) {
    std::string a = collapseSpaces(area);
    // "1. Children who need help", "2.1 Adoption performance"
    std::size_t i = 0;
    while (i < a.size() && (isDigit(a[i]) || a[i] == '.')) ++i;
    if (i > 0 && i < a.size() && a[i] == ' ') a.erase(0, i + 1);
    while (!a.empty() && (a.back() == ':' || a.back() == ' ' || a.back() == '-')) a.pop_back();
    std::string l = lowerAscii(a);
    // "Children's services in Manchester require improvement to be good" (SIF, 2015 on)
    if (startsWithI(a, "children's services in ") || startsWithI(a, "services for children in ")) return "Overall effectiveness";
    // "The overall judgement is that children's services are good" (SIF, 2014-15)
    if (startsWithI(l, "the overall judgement") || startsWithI(l, "overall judgement") ||
        l == "the overall effectiveness" || l == "overall effectiveness")
        return "Overall effectiveness";
    return a;
}

namespace {

// Words a grade cell may hold.
bool isGradeWord(std::string_view w) {
    std::string l = lowerAscii(w);
    return l == "outstanding" || l == "good" || l == "requires" || l == "improvement" || l == "to" ||
           l == "be" || l == "inadequate" || l == "require" || l == "adequate";
}

// Splits a row at its last wide gap (3+ spaces) when the right part holds only grade
// words: the grade column.
bool splitGradeColumn(const std::string& raw, std::string& left, std::string& right) {
    std::size_t gap = std::string::npos;
    for (std::size_t i = 0; i + 2 < raw.size(); ++i)
        if (raw[i] == ' ' && raw[i + 1] == ' ' && raw[i + 2] == ' ') {
            std::size_t e = i;
            while (e < raw.size() && raw[e] == ' ') ++e;
            gap = i;
            i = e;
            if (e >= raw.size()) gap = std::string::npos;
            else {
                // keep searching for a later gap
                std::string_view rest(raw.data() + e, raw.size() - e);
                bool allGrade = true;
                for (const Word& w : splitWords(rest)) allGrade &= isGradeWord(w.text);
                if (allGrade && !rest.empty()) {
                    left = collapseSpaces(std::string_view(raw).substr(0, gap));
                    right = collapseSpaces(rest);
                    return true;
                }
            }
        }
    // A row that is only grade words ("Requires", "improvement", "Good").
    bool allGrade = !raw.empty();
    for (const Word& w : splitWords(raw)) allGrade &= isGradeWord(w.text);
    if (allGrade && splitWords(raw).size() <= 5) {
        left.clear();
        right = collapseSpaces(raw);
        return true;
    }
    return false;
}

bool isTableHeader(const std::string& text) {
    std::string l = lowerAscii(text);
    return l == "judgement grade" || l == "judgement" || l == "grade" || l == "judgements grade" ||
           l == "judgement rating";
}

}  // namespace

std::vector<JudgementInfo> readJudgementTable(const std::vector<Row>& rows, std::size_t from, std::size_t to) {
    std::vector<JudgementInfo> out;
    // The entry being assembled: area rows and grade cells arrive in any order (grade
    // beside, above, below or after the area; wrapped over rows).
    std::string area, grade;
    int areaRows = 0;
    auto reset = [&]() {
        area.clear();
        grade.clear();
        areaRows = 0;
    };
    // The grade is read from the area and the grade cells together, because a grade phrase
    // may start in the area's text: "... require improvement to be" / "good" is "requires
    // improvement", not "good"; "... services require" / "improvement" is one grade too.
    auto resolved = [&]() -> std::optional<GradeMatch> {
        if (area.empty() || grade.empty()) return std::nullopt;
        const std::string both = area + " " + grade;
        auto g = gradeAtEnd(both);
        if (!g || trim(std::string_view(both).substr(0, g->begin)).empty()) return std::nullopt;
        return g;
    };
    auto complete = [&]() { return resolved().has_value(); };
    auto emit = [&]() {
        if (auto m = resolved()) {
            const std::string g = m->grade;
            area = collapseSpaces(std::string_view(area).substr(0, m->begin));
            if (startsWithI(area, "children's services in ") || startsWithI(area, "services for children in ")) {
                out.push_back(JudgementInfo{"Overall effectiveness", g});
            } else if (auto h = judgementHeading(area + ": " + g)) {
                out.push_back(JudgementInfo{normaliseArea(h->area), g});
            }
        }
        reset();
    };
    for (std::size_t i = from; i < to && i < rows.size(); ++i) {
        const Row& r = rows[i];
        if (r.dropped) continue;
        if (r.blank) {
            // A blank row ends a complete entry; an area still waiting for its grade (or a
            // grade for its area) waits on.
            if (complete()) emit();
            continue;
        }
        if (isTableHeader(r.text)) {
            reset();
            continue;
        }
        // Every area first, then every grade: the columns printed one after the other.
        if (std::size_t next = i; readFlattenedColumns(rows, i, to, next, out)) {
            reset();
            i = next - 1;
            continue;
        }
        // Prose and labelled lines ("Inspection dates: ...") are never part of the table.
        std::size_t colon = r.text.find(": ");
        bool label = colon != std::string::npos && colon < 30 && !gradeAtEnd(r.text);
        const std::string& body = r.marker == Marker::Number ? r.body : r.text;  // "1. Children ..." is no sentence end
        bool prose = body.back() == '.' || body.find(". ") != std::string::npos;
        if (label || prose) {
            emit();
            continue;
        }
        std::string left, right;
        bool gradeCells = splitGradeColumn(r.raw, left, right);
        if (!gradeCells) {
            // A grade phrase ending the row: "Overall effectiveness Requires improvement",
            // "The overall judgement is requires improvement".
            if (auto g = gradeAtEnd(r.text); g && g->begin > 0) {
                left = collapseSpaces(std::string_view(r.text).substr(0, g->begin));
                right = std::string(r.text.substr(g->begin, g->finish - g->begin));
                gradeCells = true;
            }
        }
        // A printed item number ("2.", "2.1") opens a new table row: rows above it that
        // found no grade (a lead-in such as "The judgements ... are:") are not its area.
        const bool numbered = r.marker == Marker::Number && !r.lone_number;
        if (numbered && (!gradeCells || !left.empty())) {
            if (complete()) emit();
            area.clear();
            areaRows = 0;
        }
        if (gradeCells) {
            // Both cells wrapped onto this row ("and protection" beside "to be good"): the
            // area goes on in lower case, so the row continues the entry above.
            const bool wrappedRow = !left.empty() && startsLower(left);
            if (complete() && !left.empty() && !wrappedRow) emit();
            if (!left.empty()) {
                area += (area.empty() ? "" : " ") + left;
                ++areaRows;
            }
            grade += (grade.empty() ? "" : " ") + right;
            continue;
        }
        if (complete()) {
            if (startsLower(r.text)) {  // "and families" below the grade cell
                area += " " + r.text;
                continue;
            }
            emit();
        }
        area += (area.empty() ? "" : " ") + r.text;
        if (++areaRows > 3 || area.size() > 200) reset();
    }
    emit();
    return out;
}

}  // namespace findings::docparse::detail
