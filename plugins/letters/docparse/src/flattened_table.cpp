// Pairing a column of areas with the column of grades printed after it.
#include "flattened_table.hpp"

#include <string>

#include "findings/docparse/scanners.hpp"
#include "headings.hpp"
#include "judgement_table.hpp"
#include "text_util.hpp"

namespace findings::docparse::detail {

namespace {

// The grades in a run of grade-only words, in order: "Good Requires improvement Good"
// is three. Empty when a word is not part of a grade.
std::vector<std::string> gradesInWords(const std::vector<std::string>& words) {
    std::vector<std::string> grades;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& w = words[i];
        if (w == "good" || w == "outstanding" || w == "inadequate") {
            grades.push_back(w);
        } else if ((w == "requires" || w == "require") && i + 1 < words.size() && words[i + 1] == "improvement") {
            ++i;
            // "Requires improvement to be good" is one grade.
            if (i + 3 < words.size() && words[i + 1] == "to" && words[i + 2] == "be" && words[i + 3] == "good")
                i += 3;
            grades.push_back("requires improvement");
        } else {
            return {};
        }
    }
    return grades;
}

// A printed area number opening the row: "1. ", "2.1 ", "3 ".
bool startsWithAreaNumber(const std::string& text) {
    std::size_t i = 0;
    while (i < text.size() && (isDigit(text[i]) || (i > 0 && text[i] == '.'))) ++i;
    return i > 0 && i <= 5 && i < text.size() && text[i] == ' ';
}

// A row naming a graded area: numbered, or in the vocabulary of judgement areas
// ("Overall effectiveness", "The experiences and progress of children in care").
bool isAreaRow(const std::string& text) {
    return startsWithAreaNumber(text) || judgementHeading(text + ": good").has_value();
}

// A row holding only grade words ("Good", "Requires", "improvement"), which it appends to
// `words` in lower case.
bool isGradeOnly(const Row& r, std::vector<std::string>& words) {
    const std::vector<Word> ws = splitWords(r.text);
    if (ws.empty()) return false;
    for (const Word& w : ws) {
        std::string l = lowerAscii(w.text);
        if (l != "good" && l != "outstanding" && l != "inadequate" && l != "requires" && l != "require" &&
            l != "improvement" && l != "to" && l != "be")
            return false;
        words.push_back(l);
    }
    return true;
}

}  // namespace

bool readFlattenedColumns(const std::vector<Row>& rows, std::size_t at, std::size_t to, std::size_t& next,
                          std::vector<JudgementInfo>& out) {
    if (at >= to || rows[at].blank || rows[at].dropped || !isAreaRow(rows[at].text)) return false;
    // The column of areas: numbered rows, and rows wrapped from them ("permanence").
    std::vector<std::string> areas;
    std::size_t i = at;
    for (; i < to && i < rows.size(); ++i) {
        const Row& r = rows[i];
        if (r.dropped || r.blank) continue;
        std::vector<std::string> probe;
        if (isGradeOnly(r, probe)) break;
        const std::string& body = r.text;
        if (body.back() == '.' || gradeAtEnd(body) || body.size() > 120) return false;
        if (isAreaRow(body)) areas.push_back(body);
        else if (startsLower(body) && !areas.empty()) areas.back() += " " + body;
        else return false;
    }
    if (areas.size() < 2) return false;
    // The column of grades right after it.
    std::vector<std::string> words;
    for (; i < to && i < rows.size(); ++i) {
        const Row& r = rows[i];
        if (r.dropped || r.blank) continue;
        if (!isGradeOnly(r, words)) break;
    }
    const std::vector<std::string> grades = gradesInWords(words);
    if (grades.size() != areas.size()) return false;
    for (std::size_t k = 0; k < areas.size(); ++k) out.push_back(JudgementInfo{normaliseArea(areas[k]), grades[k]});
    next = i;
    return true;
}

}  // namespace findings::docparse::detail
