#include "sources_sheet.hpp"

#include "cell_writer.hpp"
#include "display_text.hpp"
#include "row_layout.hpp"
#include "xlsx_error.hpp"

#include <algorithm>

namespace findings::excel {
namespace {

// Readable metadata first, in the order a reader asks for it; then what a reader may want on
// screen but not on paper; then the technical block (file, digest, importer, ids), last and
// grouped so it can be folded away. The printed page holds the first group only.
enum Col : lxw_col_t {
    kTitle,
    kKind,
    kAuthority,
    kDate,
    kVisit,
    kVisitStart,
    kVisitEnd,
    kJudgements,
    kPrevious,
    kPreviousDate,
    kDirection,
    kFindings,
    kStrengths,
    kWeaknesses,
    kMixed,
    kInspectors,  // on screen only from here
    kAreas,
    kAuthor,
    kRecipient,
    kFramework,
    kPeople,
    kFile,  // the technical block from here
    kSha,
    kImporter,
    kOther,
    kId,
    kColumnCount
};

/// The last column on the printed page, and the first of the technical block.
constexpr lxw_col_t kLastPrinted = kMixed;
constexpr lxw_col_t kFirstTechnical = kFile;

struct Spec {
    const char* header;
    double width;
    bool wraps;
};

const Spec kColumns[kColumnCount] = {
    {"Title", 30, true},
    {"Kind", 12, true},
    {"Local authority", 12, true},
    {"Date", 11, false},
    {"Visit", 6, false},
    {"Visit start", 11, false},
    {"Visit end", 11, false},
    {"Judgements", 30, true},
    {"Previous judgement", 14, true},
    {"Judged on", 10, false},
    {"Overall direction", 12, true},
    {"Findings", 9, false},
    {"Strengths", 10, false},
    {"Weaknesses", 11, false},
    {"Mixed", 8, false},
    {"Inspectors", 22, true},
    {"Areas covered", 40, true},
    {"Author", 14, true},
    {"Recipient", 22, true},
    {"Framework", 10, true},
    {"People", 28, true},
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
    lxw_row_col_options technical{};
    technical.level = 1;  // an outline group: one click folds the technical block away
    for (lxw_col_t i = 0; i < kColumnCount; ++i)
        checkLxw(worksheet_set_column_opt(sheet, i, i, kColumns[i].width, nullptr,
                                          i >= kFirstTechnical ? &technical : nullptr),
                 "setting the column widths of the Sources sheet");
    setRowHeight(sheet, kName, 0, 30);
    for (lxw_col_t i = 0; i < kColumnCount; ++i)
        writeText(sheet, kName, 0, i, kColumns[i].header,
                  i >= kFirstTechnical ? st.technicalHeader : st.header);
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
                    writeNumber(sheet, kName, r, i, static_cast<double>(tally.total()), st.number);
                    break;
                case kMixed:
                    writeNumber(sheet, kName, r, i, static_cast<double>(tally.mixed), st.number);
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
    std::vector<lxw_format*> headerFormats;
    for (lxw_col_t i = 0; i < kColumnCount; ++i) {
        headers.push_back(kColumns[i].header);
        headerFormats.push_back(i >= kFirstTechnical ? st.technicalHeader : st.header);
    }
    finishDataRange(context, sheet, kName, kTableName, kRangeName, headers, r - 1, headerFormats);
    // Paper gets the readable columns, one page wide; the rest stays on screen.
    checkLxw(worksheet_print_area(sheet, 0, 0, r > 1 ? r - 1 : 1, kLastPrinted),
             "setting the print area of the Sources sheet");
    applyPrintSetup(sheet, context, kName, 0, 0);
}

}  // namespace findings::excel
