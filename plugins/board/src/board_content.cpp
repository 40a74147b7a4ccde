#include "board_content.hpp"

#include "board_labels.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace findings::board {

namespace {

using followup::kNoIndex;
using followup::placeDate;

std::string councilKey(const std::string& authority) {
    return followup::detail::foldedAuthority(authority);
}

/// Source indices in date order, the undated last.
void sortByDate(std::vector<std::size_t>& indices, const std::vector<Source>& sources) {
    std::stable_sort(indices.begin(), indices.end(), [&](std::size_t a, std::size_t b) {
        const std::string da = placeDate(sources[a]), db = placeDate(sources[b]);
        if (da.empty() != db.empty()) return db.empty();
        return da < db;
    });
}

std::string visitText(const Source& s) { return visitHeading(s) + ", " + monthYear(placeDate(s)); }

bool isAction(const Finding& f) {
    return kindOf(f) == "plan_item" || !f.action.text.empty();
}

FollowUpTable tableOf(const followup::Block& block, const std::vector<Source>& sources,
                      const std::vector<Finding>& findings) {
    FollowUpTable t;
    t.report = visitText(sources[block.report]);
    for (std::size_t s : block.columns) {
        VisitColumn c{visitHeading(sources[s]), monthYear(placeDate(sources[s])), {}};
        if (followup::isFullReport(sources[s])) c.judgement = overallGrade(sources[s]);
        t.columns.push_back(std::move(c));
    }
    int number = 0;
    for (const followup::Row& row : block.rows) {
        PointRow r;
        r.number = ++number;
        r.point = findings[row.point];
        for (const followup::Cell& cell : row.cells) {
            r.stances.push_back(cell.stance);
            r.proposed.push_back(cell.onlyProposed && !cell.findings.empty());
        }
        r.planItems = row.planItems.size();
        t.rows.push_back(std::move(r));
    }
    return t;
}

int groupOf(const ActionLine& a) {
    if (a.overdue && a.red) return 0;
    if (a.overdue) return 1;
    if (a.red) return 2;
    return 3;
}

}  // namespace

BoardContent buildContent(const std::vector<Source>& sources, const std::vector<Finding>& findings,
                          const ContentSettings& settings) {
    BoardContent content;
    content.title = settings.title;
    content.today = settings.today;
    content.sourceCount = sources.size();
    content.findingCount = findings.size();

    // Councils: every authority an Ofsted source, commentary or a plan names.
    std::map<std::string, std::string> nameOf;  // key -> name as first written
    for (const Source& s : sources)
        if (!s.local_authority.empty() && roleOf(s) != "workbook")
            nameOf.emplace(councilKey(s.local_authority), s.local_authority);
    std::vector<std::pair<std::string, std::string>> councils(nameOf.begin(), nameOf.end());
    std::stable_sort(councils.begin(), councils.end(),
                     [](const auto& a, const auto& b) { return a.second < b.second; });

    std::unordered_map<std::string, std::size_t> sourceIndex, findingIndex;
    for (std::size_t i = 0; i < sources.size(); ++i) sourceIndex.emplace(sources[i].id, i);
    for (std::size_t i = 0; i < findings.size(); ++i) findingIndex.emplace(findings[i].id, i);
    auto sourceOf = [&](const Finding& f) -> const Source* {
        auto it = sourceIndex.find(f.source);
        return it == sourceIndex.end() ? nullptr : &sources[it->second];
    };

    // Which council an action belongs to: its source's, else that of what it responds to,
    // else the only council there is.
    auto councilOfAction = [&](const Finding& f) -> std::string {
        const Source* s = sourceOf(f);
        if (s && !s->local_authority.empty()) return councilKey(s->local_authority);
        for (const Link& link : f.links) {
            if (link.relation != "responds_to" || !followup::isShown(link, settings.followup)) continue;
            auto target = findingIndex.find(link.target);
            if (target == findingIndex.end()) continue;
            const Source* ts = sourceOf(findings[target->second]);
            if (ts && !ts->local_authority.empty()) return councilKey(ts->local_authority);
        }
        return councils.size() == 1 ? councils.front().first : std::string();
    };

    const followup::Table table = followup::buildTable(sources, findings, settings.followup);

    for (const auto& [key, name] : councils) {
        CouncilSummary council;
        council.name = name;

        std::vector<std::size_t> reports, visits;
        for (std::size_t i = 0; i < sources.size(); ++i) {
            const Source& s = sources[i];
            if (roleOf(s) != "inspection" || councilKey(s.local_authority) != key) continue;
            visits.push_back(i);
            if (followup::isFullReport(s)) reports.push_back(i);
        }
        sortByDate(reports, sources);
        sortByDate(visits, sources);
        if (!reports.empty()) {
            const Source& latest = sources[reports.back()];
            council.latestReport = visitText(latest);
            council.judgements = latest.judgements;
            std::stable_partition(council.judgements.begin(), council.judgements.end(),
                                  [](const Judgement& j) { return isOverallArea(j.area); });
        }
        if (!visits.empty()) council.latestVisit = visitText(sources[visits.back()]);

        // The focus table's rows, to say which point each plan item answers.
        std::unordered_map<std::size_t, std::vector<int>> pointsOfItem;
        std::vector<const followup::Block*> blocks;  // the council's, newest first
        for (const followup::Block& block : table.blocks)
            if (councilKey(block.authority) == key) blocks.push_back(&block);
        for (std::size_t b = blocks.size(); b-- > 0;)
            if (!blocks[b]->columns.empty()) council.focusTable = b;
        for (const followup::Block* block : blocks) council.tables.push_back(tableOf(*block, sources, findings));
        const followup::Block* focus = blocks.empty() ? nullptr : blocks[council.focusTable];
        if (focus) {
            int number = 0;
            for (const followup::Row& row : focus->rows) {
                ++number;
                if (!row.covered()) ++council.actions.pointsWithoutPlan;
                for (std::size_t item : row.planItems) pointsOfItem[item].push_back(number);
            }
        }

        std::vector<std::size_t> dated;
        for (std::size_t v : visits)
            if (!placeDate(sources[v]).empty()) dated.push_back(v);
        council.themes = compareLastTwoVisits(sources, findings, dated, settings.themeLabel);
        if (council.themes.compared()) {
            council.themesFrom = visitText(sources[council.themes.fromSource]);
            council.themesTo = visitText(sources[council.themes.toSource]);
        }

        ActionSummary& actions = council.actions;
        for (std::size_t i = 0; i < findings.size(); ++i) {
            const Finding& f = findings[i];
            if (!isAction(f) || councilOfAction(f) != key) continue;
            ++actions.total;
            if (f.action.status == "complete") {
                ++actions.complete;
                continue;
            }
            ActionLine line;
            line.text = f.action.text.empty() ? followup::shortQuote(f, 200) : f.action.text;
            line.owner = f.action.owner;
            line.due = f.action.due;
            line.status = f.action.status;
            line.overdue = followup::isOverdue(f.action, settings.today);
            line.red = followup::isRed(f.action);
            auto points = pointsOfItem.find(i);
            if (points != pointsOfItem.end()) line.points = points->second;
            ++actions.open;
            actions.overdue += line.overdue;
            actions.red += line.red;
            actions.open_actions.push_back(std::move(line));
        }
        std::stable_sort(actions.open_actions.begin(), actions.open_actions.end(),
                         [](const ActionLine& a, const ActionLine& b) {
                             if (groupOf(a) != groupOf(b)) return groupOf(a) < groupOf(b);
                             if (a.due.empty() != b.due.empty()) return b.due.empty();
                             return followup::dueBy(a.due) < followup::dueBy(b.due);
                         });
        content.councils.push_back(std::move(council));
    }
    return content;
}

}  // namespace findings::board
