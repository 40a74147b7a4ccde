#include "sources_sheet.hpp"

#include "cell_writer.hpp"
#include "display_text.hpp"
#include "row_layout.hpp"
#include "xlsx_error.hpp"

#include <algorithm>

namespace findings::excel {
namespace {

enum Col : lxw_col_t {
    kTitle,
    kKind,
    kAuthority,
    kDate,
    kVisit,
    kVisitStart,
    kVisitEnd,
    kAuthor,
    kRecipient,
    kFramework,
    kInspectors,
    kAreas,
    kPrevious,
    kPreviousDate,
    kJudgements,
    kPeople,
    kDirection,
    kFindings,
    kStrengths,
    kWeaknesses,
    kFile,
    kSha,
    kImporter,
    kOther,
    kId,
    kColumnCount
};

struct Spec {
    const char* header;
    double width;
    bool wraps;
};

const Spec kColumns[kColumnCount] = {
    {"Title", 34, true},
    {"Kind", 14, true},
    {"Local authority", 14, true},
    {"Date", 12, false},
    {"Visit", 7, false},
    {"Visit start", 12, false},
    {"Visit end", 12, false},
    {"Author", 14, true},
    {"Recipient", 22, true},
    {"Framework", 10, true},
    {"Inspectors", 22, true},
    {"Areas covered", 40, true},
    {"Previous judgement", 18, true},
    {"Judged on", 11, false},
    {"Judgements", 30, true},
    {"People", 28, true},
    {"Overall direction", 14, true},
    {"Findings", 9, false},
    {"Strengths", 10, false},
    {"Weaknesses", 11, false},
    {"File", 30, true},
    {"SHA-256", 20, false},  // on one line: a digest is copied, not read
    {"Importer", 22, true},
    {"Other properties", 30, true},
    {"Id", 22, true},
};

/// The key of the source property that holds the letter's overall direction of travel.
constexpr const char* kDirectionProperty = "overall_direction";

std::string lines(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& s : items) out += (out.empty() ? "" : "\n") + s;
    return out;
}

}  // namespace

void SourcesSheet::write(SheetContext& context, lxw_worksheet* sheet, std::size_t sourceCount,
                         const std::function<Source(std::size_t)>& sourceAt,
                         const std::vector<SourceTally>& tallies) {
    Styles& st = context.styles;
    for (lxw_col_t i = 0; i < kColumnCount; ++i)
        checkLxw(worksheet_set_column(sheet, i, i, kColumns[i].width, nullptr),
                 "setting the column widths of the Sources sheet");
    setRowHeight(sheet, kName, 0, 30);
    for (lxw_col_t i = 0; i < kColumnCount; ++i)
        writeText(sheet, kName, 0, i, kColumns[i].header, st.header);
    worksheet_freeze_panes(sheet, 1, 1);

    lxw_row_t r = 1;
    for (std::size_t index = 0; index < sourceCount; ++index) {
        const Source s = sourceAt(index);
        const SourceTally tally = index < tallies.size() ? tallies[index] : SourceTally{};
        std::vector<std::string> judgements, people, other;
        for (const auto& j : s.judgements) judgements.push_back(j.area + ": " + j.grade);
        for (const auto& p : s.people)
            people.push_back(p.role.empty() ? p.name : p.name + " (" + p.role + ")");
        const std::string* direction = findProperty(s.properties, kDirectionProperty);
        for (const auto& [k, v] : s.properties)
            if (k != kDirectionProperty) other.push_back(k + ": " + v);
        std::string importer = s.importer.id;
        if (!s.importer.version.empty()) importer += " " + s.importer.version;

        std::string text[kColumnCount];
        text[kTitle] = s.title;
        text[kKind] = sourceKindLabel(s.kind);
        text[kAuthority] = s.local_authority;
        text[kAuthor] = s.author;
        text[kRecipient] = s.recipient;
        text[kFramework] = s.framework;
        text[kInspectors] = lines(s.inspectors);
        text[kAreas] = lines(s.areas_covered);
        text[kPrevious] = humanWords(s.previous_judgement.grade);
        text[kJudgements] = lines(judgements);
        text[kPeople] = lines(people);
        text[kDirection] = direction ? humanWords(*direction) : std::string();
        text[kFile] = s.path;
        text[kSha] = s.sha256;
        text[kImporter] = importer;
        text[kOther] = lines(other);
        text[kId] = s.id;

        int height = 1;
        for (lxw_col_t i = 0; i < kColumnCount; ++i)
            if (kColumns[i].wraps)
                height = std::max(height, wrappedLines(text[i], kColumns[i].width));
        setRowHeight(sheet, kName, r, rowHeightFor(height));
        for (lxw_col_t i = 0; i < kColumnCount; ++i) {
            switch (i) {
                case kDate:
                    writeDate(sheet, kName, r, i, s.date, st.date, st.month, st.textCentred);
                    break;
                case kVisitStart:
                    writeDate(sheet, kName, r, i, s.visit.start, st.date, st.month, st.textCentred);
                    break;
                case kVisitEnd:
                    writeDate(sheet, kName, r, i, s.visit.end, st.date, st.month, st.textCentred);
                    break;
                case kPreviousDate:
                    writeDate(sheet, kName, r, i, s.previous_judgement.date, st.date, st.month,
                              st.textCentred);
                    break;
                case kVisit:
                    if (s.visit.ordinal != kNone)
                        writeNumber(sheet, kName, r, i, static_cast<double>(s.visit.ordinal),
                                    st.number);
                    else
                        writeText(sheet, kName, r, i, {}, st.number);
                    break;
                case kFindings:
                    writeNumber(sheet, kName, r, i, static_cast<double>(tally.findings), st.number);
                    break;
                case kStrengths:
                    writeNumber(sheet, kName, r, i, static_cast<double>(tally.strengths),
                                st.number);
                    break;
                case kWeaknesses:
                    writeNumber(sheet, kName, r, i, static_cast<double>(tally.weaknesses),
                                st.number);
                    break;
                case kSha: writeText(sheet, kName, r, i, text[i], st.plain); break;
                default: writeText(sheet, kName, r, i, text[i], st.text); break;
            }
        }
        ++r;
    }
    std::vector<const char*> headers;
    for (const auto& c : kColumns) headers.push_back(c.header);
    finishDataRange(context, sheet, kName, kTableName, kRangeName, headers, r - 1);
    applyPrintSetup(sheet, context, kName, 0, 0, 2);  // 25 columns: two pages wide
}

}  // namespace findings::excel
