#include "followup_sheet.hpp"

#include "cell_writer.hpp"
#include "display_text.hpp"
#include "row_layout.hpp"
#include "xlsx_error.hpp"

#include <findings/excel/roundtrip/cell_values.hpp>

#include <algorithm>

namespace findings::excel {
namespace {

constexpr double kRefWidth = 5;
constexpr double kPointWidth = 48;
constexpr double kVisitWidth = 15;
constexpr double kPlanWidth = 44;
constexpr double kCoverageWidth = 12;
/// Comment boxes wide enough for a quote of followup::shortQuote()'s 240 bytes.
constexpr uint16_t kCommentWidth = 320;
constexpr uint16_t kCommentHeight = 120;

/// The sheet's first rows (title, legend) are repeated on every printed page.
constexpr lxw_row_t kTitleRow = 0;
constexpr lxw_row_t kLegendRow = 1;
constexpr lxw_row_t kFirstBlockRow = 3;

std::string capitalised(std::string text) {
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
    return text;
}

/// A plan item as one line: its action (else its words), owner, due date and RAG status.
std::string planItemLine(const Finding& item) {
    std::string line = "\u2022 " + (item.action.text.empty() ? item.text : item.action.text);
    std::string details;
    auto add = [&details](const std::string& part) {
        if (!part.empty()) details += (details.empty() ? "" : ", ") + part;
    };
    add(item.action.owner);
    if (!item.action.due.empty()) add("due " + longDate(item.action.due));
    add(statusLabel(item.action.status));
    return details.empty() ? line : line + " (" + details + ")";
}

/// The block's heading: authority, report, its dates and overall judgement.
std::string blockHeading(const followup::Block& block, const Source& report) {
    std::string heading = block.authority.empty() ? std::string() : block.authority + ": ";
    heading += sourceKindLabel(report.kind);
    const std::string when = dateRange(report.visit.start, report.visit.end);
    if (!when.empty()) heading += ", " + when;
    else if (!report.date.empty()) heading += ", " + longDate(report.date);
    const std::string overall = followup::overallJudgement(report);
    if (!overall.empty()) heading += " \u2014 overall: " + humanWords(overall);
    return heading + " \u2014 " + std::to_string(block.rows.size()) + " areas for improvement";
}

}  // namespace

std::string followupColumnHeading(const Source& source) {
    std::string kind = sourceKindLabel(source.kind);
    if (source.visit.ordinal != kNone) kind += " " + std::to_string(source.visit.ordinal);
    const std::string date = followup::placeDate(source);
    std::string heading = kind + "\n" + (date.empty() ? std::string("undated") : longDate(date));
    if (followup::isFullReport(source)) {
        const std::string overall = followup::overallJudgement(source);
        heading += "\nOverall: " + (overall.empty() ? std::string("not graded") : humanWords(overall));
    }
    return heading;
}

std::string followupCellText(const followup::Cell& cell) {
    if (cell.stance == followup::CellStance::NoEvidence) return {};
    std::string text = capitalised(followup::stanceLabel(cell.stance));
    if (cell.onlyProposed) text += " (proposed)";
    return text;
}

void FollowupSheet::write(SheetContext& context, lxw_worksheet* sheet,
                          const followup::Table& table, const std::vector<Source>& sources,
                          const std::vector<Finding>& findings, const followup::Options& options) {
    Styles& st = context.styles;
    std::size_t maxVisits = 1;
    for (const auto& block : table.blocks) maxVisits = std::max(maxVisits, block.columns.size());
    const lxw_col_t firstVisit = 2;
    const lxw_col_t planCol = static_cast<lxw_col_t>(firstVisit + maxVisits);
    const lxw_col_t coverageCol = planCol + 1;
    auto setWidth = [&](lxw_col_t first, lxw_col_t last, double width) {
        checkLxw(worksheet_set_column(sheet, first, last, width, nullptr),
                 "setting the column widths of the Follow-up sheet");
    };
    setWidth(0, 0, kRefWidth);
    setWidth(1, 1, kPointWidth);
    setWidth(firstVisit, planCol - 1, kVisitWidth);
    setWidth(planCol, planCol, kPlanWidth);
    setWidth(coverageCol, coverageCol, kCoverageWidth);

    writeText(sheet, kName, kTitleRow, 0, context.title + ": follow-up of the areas for improvement", st.title);
    std::string legend =
        "Each row is an area for improvement of a full report; each column a later visit, up to the next "
        "full report. A cell gives what that visit said: improved, mixed, not improved or unclear; blank "
        "when it said nothing linked. Hover a cell for the inspectors' words.";
    if (options.includeProposed)
        legend += " Cells marked \"(proposed)\" rest only on links nobody has accepted yet.";
    setRowHeight(sheet, kName, kLegendRow, rowHeightFor(2));
    checkLxw(worksheet_merge_range(sheet, kLegendRow, 0, kLegendRow, coverageCol, legend.c_str(), st.note),
             "writing the legend of the Follow-up sheet");
    lxw_row_t r = kFirstBlockRow;
    if (table.blocks.empty()) {
        writeText(sheet, kName, r, 0,
                  "No full inspection report with areas for improvement is held, so there is nothing to "
                  "follow up. Import the latest full report and link its points (findings import --link).",
                  st.subtitle);
        ++r;
    }

    std::vector<lxw_row_t> breaks;
    lxw_comment_options comment{};
    comment.width = kCommentWidth;
    comment.height = kCommentHeight;
    comment.author = const_cast<char*>("Findings Studio");
    for (const auto& block : table.blocks) {
        if (r > kFirstBlockRow) {
            ++r;  // a blank row between blocks on screen; a page break when printed
            breaks.push_back(r);
        }
        const Source& report = sources[block.report];
        setRowHeight(sheet, kName, r, 20);
        writeText(sheet, kName, r, 0, blockHeading(block, report), st.blockTitle);
        ++r;
        int headerLines = 2;
        std::vector<std::string> headings;
        for (std::size_t s : block.columns) {
            headings.push_back(followupColumnHeading(sources[s]));
            headerLines = std::max(headerLines, wrappedLines(headings.back(), kVisitWidth));
        }
        setRowHeight(sheet, kName, r, rowHeightFor(headerLines));
        writeText(sheet, kName, r, 0, "No.", st.header);
        writeText(sheet, kName, r, 1, "Area for improvement (Ofsted's words)", st.header);
        for (lxw_col_t c = 0; c < maxVisits; ++c)
            writeText(sheet, kName, r, firstVisit + c, c < headings.size() ? headings[c] : std::string(),
                      c < headings.size() ? st.matrixHeader : st.header);
        if (block.columns.empty())
            writeText(sheet, kName, r, firstVisit, "No later visit held", st.matrixHeader);
        writeText(sheet, kName, r, planCol, "The council's plan items (owner, due, RAG)", st.header);
        writeText(sheet, kName, r, coverageCol, "Coverage", st.header);
        ++r;

        std::size_t number = 0;
        for (const auto& row : block.rows) {
            const Finding& point = findings[row.point];
            std::string plan;
            for (std::size_t item : row.planItems)
                plan += (plan.empty() ? "" : "\n") + planItemLine(findings[item]);
            const int lines = std::max(wrappedLines(point.text, kPointWidth), wrappedLines(plan, kPlanWidth));
            setRowHeight(sheet, kName, r, rowHeightFor(lines));
            writeNumber(sheet, kName, r, 0, static_cast<double>(++number), st.number);
            writeText(sheet, kName, r, 1, point.text, st.text);
            for (lxw_col_t c = 0; c < maxVisits; ++c) {
                const lxw_col_t col = firstVisit + c;
                if (c >= row.cells.size()) {
                    writeText(sheet, kName, r, col, {}, st.text);
                    continue;
                }
                const followup::Cell& cell = row.cells[c];
                writeText(sheet, kName, r, col, followupCellText(cell),
                          st.stance(cell.stance, cell.onlyProposed));
                if (cell.findings.empty()) continue;
                std::string note = cell.quote;
                if (cell.findings.size() > 1)
                    note += "\n(" + std::to_string(cell.findings.size()) + " findings of this visit)";
                checkLxw(worksheet_write_comment_opt(sheet, r, col, note.c_str(), &comment),
                         "writing a comment on the Follow-up sheet");
            }
            writeText(sheet, kName, r, planCol, plan, st.text);
            writeText(sheet, kName, r, coverageCol, row.covered() ? "Covered" : "No plan item",
                      row.covered() ? st.textCentred : st.uncovered);
            ++r;
        }
    }
    if (!breaks.empty()) {
        breaks.push_back(0);  // libxlsxwriter reads the list up to a 0
        checkLxw(worksheet_set_h_pagebreaks(sheet, breaks.data()),
                 "setting the page breaks of the Follow-up sheet");
    }
    worksheet_freeze_panes(sheet, 0, 2);
    applyPrintSetup(sheet, context, kName, kTitleRow, kLegendRow);
}

}  // namespace findings::excel
