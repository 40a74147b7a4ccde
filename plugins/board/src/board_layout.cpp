#include "board_layout.hpp"

#include "board_labels.hpp"
#include "page_flow.hpp"

#include <findings/sdk/followup_colours.hpp>

#include <algorithm>
#include <array>
#include <map>
#include <stdexcept>

namespace findings::board {

namespace {

using followup::CellStance;

// Styles. "Sans" is fontconfig's generic family: DejaVu Sans on a bare Debian machine.
const TextStyle kTitle{"Sans Bold 17", rgb(0x1F3864)};
const TextStyle kSubtitle{"Sans 9", rgb(0x404040)};
const TextStyle kCouncil{"Sans Bold 14", rgb(0x1F3864)};
const TextStyle kSection{"Sans Bold 10.5", rgb(0x1F3864)};
const TextStyle kBody{"Sans 8.5"};
const TextStyle kNote{"Sans Italic 7.5", rgb(0x404040)};
const TextStyle kCellText{"Sans 7.5"};
const TextStyle kCellBold{"Sans Bold 7.5"};
const TextStyle kHeader{"Sans Bold 7.5", rgb(0x1A1A1A)};
const Colour kHeaderFill = rgb(0xD9E1F2);
const Colour kWhite = rgb(0xFFFFFF);

// The stances in the order the key and the headline list them.
const std::array<CellStance, 5> kStances{CellStance::Improved, CellStance::Mixed, CellStance::NotImproved,
                                         CellStance::Unclear, CellStance::NoEvidence};

// The follow-up table's colours: the ones every view gives a stance (followup_colours.hpp).
Colour stanceColour(CellStance s) { return rgb(followup::stanceFill(s)); }

Colour gradeFill(const std::string& grade) {
    if (grade == "inadequate") return rgb(0xFFC7CE);
    if (grade == "requires improvement") return rgb(0xFFEB9C);
    if (grade == "good") return rgb(0xC6EFCE);
    if (grade == "outstanding") return rgb(0x9BD7A8);
    return kWhite;
}

Colour statusFill(const std::string& status) {
    if (status == "red") return rgb(0xFFC7CE);
    if (status == "amber") return rgb(0xFFEB9C);
    if (status == "green") return rgb(0xC6EFCE);
    if (status == "not_started") return rgb(0xF2F2F2);
    return kWhite;
}

std::string plural(std::size_t n, const std::string& one, const std::string& many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string joinNumbers(const std::vector<int>& numbers) {
    std::string out;
    for (int n : numbers) out += (out.empty() ? "" : ", ") + std::to_string(n);
    return out;
}

Cell header(std::string text) { return {std::move(text), kHeaderFill, kHeader}; }
Cell text(std::string t, Colour fill = kWhite) { return {std::move(t), fill, kCellText}; }

void judgements(PageFlow& flow, const CouncilSummary& c) {
    if (c.latestReport.empty()) {
        flow.paragraph("No full inspection report is held for this council.", kBody);
        return;
    }
    flow.heading("Latest judgements: " + c.latestReport, kSection, 40);
    if (c.judgements.empty()) {
        flow.paragraph("The report gives no graded judgements.", kBody);
        return;
    }
    Table t;
    t.widths = {0.72, 0.28};
    t.header = {header("Judgement area"), header("Grade")};
    for (const Judgement& j : c.judgements) {
        const bool overall = isOverallArea(j.area);
        t.rows.push_back({{j.area, kWhite, overall ? kCellBold : kCellText},
                          {gradeLabel(j.grade), gradeFill(j.grade), overall ? kCellBold : kCellText}});
    }
    flow.table(t, 4);
}

/// One sentence of what the latest visit found on the points, and of the actions.
void atAGlance(PageFlow& flow, const CouncilSummary& c, const std::string& today) {
    std::string text;
    if (!c.latestVisit.empty()) text += "Latest visit: " + c.latestVisit + ". ";
    if (!c.tables.empty() && !c.tables[c.focusTable].columns.empty()) {
        const FollowUpTable& t = c.tables[c.focusTable];
        std::map<CellStance, std::size_t> counts;
        for (const PointRow& r : t.rows) ++counts[r.stances.back()];
        text += "At " + t.columns.back().heading + " (" + t.columns.back().when + "), of the " +
                plural(t.rows.size(), "area for improvement", "areas for improvement") + " from the " +
                t.report + ": ";
        bool first = true;
        for (CellStance stance : kStances) {
            auto n = counts.find(stance);
            if (n == counts.end()) continue;
            text += (first ? "" : ", ") + std::to_string(n->second) + " " +
                    followup::stanceLabel(stance);
            first = false;
        }
        text += ". ";
    }
    const ActionSummary& a = c.actions;
    if (a.total > 0)
        text += plural(a.total, "action", "actions") + " in the plan: " + std::to_string(a.open) +
                " open, " + std::to_string(a.overdue) + " overdue at " + longDate(today) + ", " +
                std::to_string(a.red) + " Red, " + std::to_string(a.complete) + " complete.";
    if (!text.empty()) flow.paragraph(text, kBody, 6);
}

void themes(PageFlow& flow, const CouncilSummary& c, const Caps& caps) {
    flow.heading("Themes improving or worsening", kSection, 30);
    if (!c.themes.compared()) {
        flow.paragraph("Fewer than two visits with themed findings are held: nothing to compare yet.", kBody, 6);
        return;
    }
    flow.paragraph("Between " + c.themesFrom + " and " + c.themesTo +
                       ", by each theme's share of weaknesses (strengths / weaknesses at each visit; "
                       "a mixed finding counts half toward the share).",
                   kNote, 3);
    if (c.themes.improving.empty() && c.themes.worsening.empty()) {
        flow.paragraph("No theme's share of weaknesses moved by a tenth or more (" +
                           plural(c.themes.steady, "theme", "themes") + " held steady).",
                       kBody, 6);
        return;
    }
    auto describe = [&](const std::vector<ThemeChange>& list) {
        std::string out;
        for (std::size_t i = 0; i < list.size() && i < caps.themes; ++i) {
            const ThemeChange& t = list[i];
            out += (out.empty() ? "" : "\n") + t.label + "  (" + t.before.text() + " \u2192 " + t.after.text() + ")";
        }
        if (list.size() > caps.themes)
            out += "\nand " + std::to_string(list.size() - caps.themes) + " more";
        return out.empty() ? std::string("none") : out;
    };
    Table t;
    t.widths = {0.5, 0.5};
    t.header = {{"Improving", rgb(0xC6EFCE), kHeader}, {"Worsening", rgb(0xFFC7CE), kHeader}};
    t.rows.push_back({text(describe(c.themes.improving)), text(describe(c.themes.worsening))});
    flow.table(t, 2);
    if (c.themes.steady > 0)
        flow.paragraph(plural(c.themes.steady, "other theme", "other themes") + " held steady.", kNote, 6);
}

/// One report's table: its points, the later visits' stances, and the plan items.
/// `withPlan`: the council has a plan, so each area's plan items (or their absence) matter.
void followUpTable(PageFlow& flow, const FollowUpTable& ft, const Caps& caps, bool first, bool withPlan) {
    const std::string title = ft.columns.empty()
                                  ? "Areas for improvement from the " + ft.report + " (no visit since)"
                                  : "Areas for improvement from the " + ft.report + " and what later visits found";
    flow.heading(title, kSection, 60);
    if (first && !ft.columns.empty())
        flow.paragraph("Each later visit's stance on each area, from the follow-up links (accepted, or "
                       "the linker's at or above its threshold).",
                       kNote, 3);
    const std::size_t shown = std::min(ft.columns.size(), caps.columns);
    const std::size_t firstColumn = ft.columns.size() - shown;
    // Wider visit columns when there are few, so their headings keep whole words.
    const double visitWidth = shown <= 2 ? 0.14 : shown == 3 ? 0.13 : 0.11;
    Table t;
    t.widths.push_back(0.04);
    const double planWidth = withPlan ? 0.08 : 0.0;
    t.widths.push_back(1.0 - 0.04 - planWidth - visitWidth * static_cast<double>(shown));
    t.header = {header("#"), header("Area for improvement")};
    for (std::size_t c = firstColumn; c < ft.columns.size(); ++c) {
        const VisitColumn& v = ft.columns[c];
        std::string h = v.heading + "\n" + v.when;
        if (!v.judgement.empty()) h += "\n" + gradeLabel(v.judgement);
        t.widths.push_back(visitWidth);
        t.header.push_back(header(h));
    }
    if (withPlan) {
        t.widths.push_back(planWidth);
        t.header.push_back(header("Plan items"));
    }
    std::vector<int> uncovered;
    for (const PointRow& row : ft.rows)
        if (row.planItems == 0) uncovered.push_back(row.number);
    for (std::size_t r = 0; r < ft.rows.size() && r < caps.points; ++r) {
        const PointRow& row = ft.rows[r];
        std::vector<Cell> cells{text(std::to_string(row.number)), text(followup::shortQuote(row.point, caps.pointText))};
        for (std::size_t c = firstColumn; c < row.stances.size(); ++c) {
            std::string label = followup::stanceLabel(row.stances[c]);
            if (row.proposed[c]) label += " (proposed)";
            cells.push_back({label, stanceColour(row.stances[c]),
                             row.stances[c] == CellStance::NoEvidence
                                 ? TextStyle{"Sans 7.5", rgb(0x808080)}
                                 : kCellText});
        }
        if (withPlan)
            cells.push_back(row.planItems > 0 ? text(std::to_string(row.planItems))
                                              : Cell{"none", rgb(0xFFC7CE), kCellBold});
        t.rows.push_back(std::move(cells));
    }
    flow.table(t, 3);
    if (!ft.columns.empty()) {
        std::vector<std::pair<Colour, std::string>> key;
        for (CellStance stance : kStances) key.emplace_back(stanceColour(stance), followup::stanceLabel(stance));
        if (withPlan) key.emplace_back(rgb(0xFFC7CE), "none: no plan item answers the area");
        flow.key(key, TextStyle{"Sans 7"}, 2);
    }
    std::string notes;
    if (ft.rows.size() > caps.points)
        notes += "and " + plural(ft.rows.size() - caps.points, "more area", "more areas") +
                 " for improvement. ";
    if (firstColumn > 0)
        notes += plural(firstColumn, "earlier visit is", "earlier visits are") + " not shown. ";
    if (!notes.empty()) flow.paragraph(notes, kNote, 3);
    if (withPlan && !uncovered.empty())
        flow.paragraph((uncovered.size() == 1 ? "Area " : "Areas ") + joinNumbers(uncovered) +
                           (uncovered.size() == 1 ? " has" : " have") + " no planned action.",
                       kCellBold, 3);
    flow.skip(5);
}

/// The council's tables from the newest down to the one the board reads (the newest a
/// visit has followed up), and a note of the older ones.
void followUpTables(PageFlow& flow, const CouncilSummary& c, const Caps& caps) {
    for (std::size_t i = 0; i <= c.focusTable && i < c.tables.size(); ++i)
        followUpTable(flow, c.tables[i], caps, i == 0, c.actions.total > 0);
    const std::size_t older = c.tables.empty() ? 0 : c.tables.size() - c.focusTable - 1;
    if (older > 0)
        flow.paragraph(plural(older, "earlier full report's", "earlier full reports'") +
                           " areas for improvement are in the workbook's Follow-up sheet.",
                       kNote, 6);
}

void actions(PageFlow& flow, const CouncilSummary& c, const Caps& caps, const std::string& today) {
    const ActionSummary& a = c.actions;
    flow.heading("Open, overdue and Red actions at " + longDate(today), kSection, 50);
    if (a.total == 0) {
        flow.paragraph("No plan or tracker with actions for this council is held.", kBody, 6);
        return;
    }
    if (a.open == 0) {
        flow.paragraph("Every action in the plan is complete.", kBody, 6);
        return;
    }
    flow.paragraph(plural(a.open, "open action", "open actions") + ": " + std::to_string(a.overdue) +
                       " overdue, " + std::to_string(a.red) + " Red. Overdue and Red actions first; Area is the area for improvement it answers.",
                   kBody, 3);
    Table t;
    t.widths = {0.47, 0.2, 0.13, 0.1, 0.1};
    t.header = {header("Action"), header("Owner"), header("Due"), header("RAG"), header("Area")};
    std::size_t listed = 0;
    for (const ActionLine& line : a.open_actions) {
        if (listed == caps.actions) break;
        ++listed;
        std::string due = line.due.empty() ? std::string("no date") : shortDate(line.due);
        if (line.overdue) due += "\noverdue";
        t.rows.push_back({text(line.text), text(line.owner),
                          {due, line.overdue ? rgb(0xFFC7CE) : kWhite, line.overdue ? kCellBold : kCellText},
                          text(statusLabel(line.status), statusFill(line.status)),
                          text(joinNumbers(line.points))});
    }
    flow.table(t, 3);
    if (a.open_actions.size() > listed) {
        std::size_t flagged = 0;
        for (std::size_t i = listed; i < a.open_actions.size(); ++i)
            flagged += a.open_actions[i].overdue || a.open_actions[i].red;
        std::string more = "and " + plural(a.open_actions.size() - listed, "more open action", "more open actions");
        if (flagged > 0) more += " (" + std::to_string(flagged) + " of them overdue or Red)";
        flow.paragraph(more + ".", kNote, 6);
    }
}

void render(PageFlow& flow, const BoardContent& content, const Caps& caps) {
    flow.paragraph(content.title, kTitle, 2);
    std::string names;
    const std::size_t shownCouncils = std::min(caps.councils, content.councils.size());
    for (std::size_t i = 0; i < content.councils.size(); ++i)
        names += (i ? ", " : "") + content.councils[i].name;
    flow.paragraph("Prepared " + longDate(content.today) + " from " +
                       plural(content.sourceCount, "source", "sources") + " and " +
                       plural(content.findingCount, "finding", "findings") +
                       (names.empty() ? std::string(".") : ". " + std::string(content.councils.size() == 1 ? "Council: " : "Councils: ") + names + "."),
                   kSubtitle, 10);
    if (content.councils.empty()) {
        flow.paragraph("The findings name no council, so there is nothing to summarise by council.", kBody);
        return;
    }
    for (std::size_t i = 0; i < shownCouncils; ++i) {
        const CouncilSummary& c = content.councils[i];
        flow.heading(c.name, kCouncil, 120, 1);
        flow.canvas().line(flow.left(), flow.y(), flow.left() + flow.width(), flow.y(), rgb(0x1F3864), 1);
        flow.skip(5);
        atAGlance(flow, c, content.today);
        judgements(flow, c);
        themes(flow, c, caps);
        followUpTables(flow, c, caps);
        actions(flow, c, caps, content.today);
        flow.skip(8);
    }
    if (shownCouncils < content.councils.size()) {
        std::string rest;
        for (std::size_t i = shownCouncils; i < content.councils.size(); ++i)
            rest += (rest.empty() ? "" : ", ") + content.councils[i].name;
        flow.paragraph("and " + plural(content.councils.size() - shownCouncils, "more council", "more councils") +
                           " not shown, to keep this summary to four pages: " + rest + ".",
                       kNote);
    }
}

/// Renders once; the page count, or 0 when the content needs more than kMaxPages.
int tryRender(const BoardContent& content, const Caps& caps, const PdfCanvas::Sink& sink, int totalPages) {
    PdfCanvas canvas(sink, content.title);
    PageFlow flow(canvas, content.title + " \u00B7 " + longDate(content.today), kMaxPages, totalPages);
    try {
        render(flow, content, caps);
    } catch (const PageLimitReached&) {
        return 0;
    }
    flow.finish();
    canvas.finish();
    return flow.pages();
}

std::vector<Caps> levels() {
    Caps generous;
    Caps medium{12, 4, 170, 12, 4};
    Caps tight{9, 4, 130, 8, 3};
    Caps tightest{6, 3, 100, 5, 2};
    return {generous, medium, tight, tightest};
}

}  // namespace

RenderResult renderBoard(const BoardContent& content, const PdfCanvas::Sink& sink) {
    const PdfCanvas::Sink discard = [](const unsigned char*, unsigned) { return true; };
    std::vector<Caps> tries = levels();
    for (std::size_t n = content.councils.size(); n-- > 1;) {
        Caps fewer = tries.back();
        fewer.councils = n;
        tries.push_back(fewer);
    }
    for (const Caps& caps : tries) {
        const int pages = tryRender(content, caps, discard, 0);
        if (pages == 0) continue;
        tryRender(content, caps, sink, pages);
        return {pages, caps};
    }
    throw std::runtime_error("the board summary does not fit on " + std::to_string(kMaxPages) +
                             " pages even with one council and the shortest lists");
}

}  // namespace findings::board
