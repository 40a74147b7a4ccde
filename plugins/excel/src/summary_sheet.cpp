#include "summary_sheet.hpp"

#include "cell_writer.hpp"
#include "display_text.hpp"
#include "row_layout.hpp"
#include "xlsx_error.hpp"

#include <ctime>
#include <set>

namespace findings::excel {
namespace {

struct Column {
    const char* header;
    double width;
};
const Column kColumns[] = {
    {"Council", 18},
    {"Latest full report", 30},
    {"Overall judgement", 16},
    {"Latest visit or report", 30},
    {"Areas for improvement", 13},
    {"With a plan item", 11},
    {"Open actions", 10},
    {"Overdue", 10},
    {"Red", 8},
};
constexpr lxw_col_t kColumnCount = static_cast<lxw_col_t>(std::size(kColumns));

/// What each sheet is for, in a line.
const char* sheetPurpose(const std::string& name) {
    if (name == "Follow-up") return "what each later visit said about each area for improvement, and the plan items answering it";
    if (name == "Findings") return "every finding, with its source, themes and action";
    if (name == "Progress") return "strengths and weaknesses per theme and visit";
    if (name == "Charts") return "the same counts as charts";
    if (name == "Sources") return "the documents the findings come from";
    if (name == "Actions") return "the working list: areas for improvement and weaknesses since the latest full report, with the council's actions (editable)";
    return "";
}

std::string reportLabel(const Source& s) {
    std::string label = sourceKindLabel(s.kind);
    if (s.visit.ordinal != kNone) label += " " + std::to_string(s.visit.ordinal);
    const std::string when = dateRange(s.visit.start, s.visit.end);
    if (!when.empty()) return label + ", " + when;
    return s.date.empty() ? label : label + ", " + longDate(s.date);
}

}  // namespace

void ActionTally::add(const Action& action, const std::string& today) {
    if (action.text.empty() && action.status.empty()) return;
    if (action.status != "complete") ++open;
    if (followup::isOverdue(action, today)) ++overdue;
    if (followup::isRed(action)) ++red;
}

std::vector<CouncilSummary> summariseCouncils(const std::vector<Source>& sources,
                                              const followup::Table& table,
                                              const std::map<std::string, ActionTally>& actions) {
    std::set<std::string> names;
    for (const Source& s : sources)
        if (!s.local_authority.empty() && roleOf(s) == "inspection") names.insert(s.local_authority);
    for (const auto& [name, tally] : actions)
        if (!name.empty()) names.insert(name);
    // A tracker often names no council: with one council in the set its actions are that
    // council's; with several they get a line of their own.
    ActionTally unnamed;
    if (auto it = actions.find(std::string()); it != actions.end()) unnamed = it->second;
    const bool unnamedApart = names.size() != 1 && unnamed.open + unnamed.overdue + unnamed.red > 0;
    std::vector<CouncilSummary> out;
    for (const std::string& name : names) {
        CouncilSummary c;
        c.authority = name;
        std::string reportDate, visitDate;
        for (const Source& s : sources) {
            if (s.local_authority != name || roleOf(s) != "inspection") continue;
            const std::string d = followup::placeDate(s);
            if (followup::isFullReport(s) && (c.latestReport.empty() || d > reportDate)) {
                reportDate = d;
                c.latestReport = reportLabel(s);
                c.judgement = humanWords(followup::overallJudgement(s));
            }
            if (c.latestVisit.empty() || d > visitDate) {
                visitDate = d;
                c.latestVisit = reportLabel(s);
            }
        }
        for (const auto& block : table.blocks)  // newest first: the first one of the council
            if (block.authority == name) {
                c.points = block.rows.size();
                for (const auto& row : block.rows) c.covered += row.covered();
                break;
            }
        if (auto it = actions.find(name); it != actions.end()) c.actions = it->second;
        if (names.size() == 1) {
            c.actions.open += unnamed.open;
            c.actions.overdue += unnamed.overdue;
            c.actions.red += unnamed.red;
        }
        out.push_back(std::move(c));
    }
    if (unnamedApart) {
        CouncilSummary c;
        c.authority = "Council not named";
        c.actions = unnamed;
        out.push_back(std::move(c));
    }
    return out;
}

void SummarySheet::write(SheetContext& context, lxw_worksheet* sheet,
                         const std::vector<CouncilSummary>& councils, std::size_t sourceCount,
                         std::size_t findingCount, const std::string& today,
                         const std::vector<std::string>& sheetNames) {
    Styles& st = context.styles;
    for (lxw_col_t i = 0; i < kColumnCount; ++i)
        checkLxw(worksheet_set_column(sheet, i, i, kColumns[i].width, nullptr),
                 "setting the column widths of the Summary sheet");
    lxw_row_t r = 0;
    setRowHeight(sheet, kName, r, 24);
    writeText(sheet, kName, r++, 0, context.title, st.title);
    writeText(sheet, kName, r++, 0,
              "Made on " + longDate(today) + " from " + std::to_string(sourceCount) + " sources and " +
                  std::to_string(findingCount) + " findings. Overdue: due before today and not complete.",
              st.subtitle);
    ++r;
    setRowHeight(sheet, kName, r, 30);
    for (lxw_col_t i = 0; i < kColumnCount; ++i) writeText(sheet, kName, r, i, kColumns[i].header, st.header);
    const lxw_row_t headerRow = r++;
    if (councils.empty()) writeText(sheet, kName, r++, 0, "No council is named by the sources.", st.subtitle);
    for (const CouncilSummary& c : councils) {
        const int lines = std::max({wrappedLines(c.authority, kColumns[0].width),
                                    wrappedLines(c.latestReport, kColumns[1].width),
                                    wrappedLines(c.latestVisit, kColumns[3].width)});
        setRowHeight(sheet, kName, r, rowHeightFor(lines));
        writeText(sheet, kName, r, 0, c.authority, st.text);
        writeText(sheet, kName, r, 1, c.latestReport.empty() ? "none held" : c.latestReport, st.text);
        writeText(sheet, kName, r, 2, c.judgement, st.textCentred);
        writeText(sheet, kName, r, 3, c.latestVisit, st.text);
        writeNumber(sheet, kName, r, 4, static_cast<double>(c.points), st.number);
        writeNumber(sheet, kName, r, 5, static_cast<double>(c.covered), st.number);
        writeNumber(sheet, kName, r, 6, static_cast<double>(c.actions.open), st.number);
        writeNumber(sheet, kName, r, 7, static_cast<double>(c.actions.overdue), st.number);
        writeNumber(sheet, kName, r, 8, static_cast<double>(c.actions.red), st.number);
        ++r;
    }
    ++r;
    writeText(sheet, kName, r++, 0, "The sheets", st.blockTitle);
    for (const std::string& name : sheetNames) {
        writeText(sheet, kName, r, 0, name, st.plain);
        writeText(sheet, kName, r, 1, sheetPurpose(name), st.legend);
        ++r;
    }
    applyPrintSetup(sheet, context, kName, headerRow, headerRow);
}

}  // namespace findings::excel
