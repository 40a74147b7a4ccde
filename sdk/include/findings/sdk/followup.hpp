// The follow-up table: for each area for improvement of a full inspection report, what each
// later visit said about it, and what the council's plan does about it. It is the one
// answer to the question every improvement board asks, so the desktop app, the workbook and
// the board summary all build it here, from the records and their links (format 1.1), and
// can never disagree.
//
// It also holds the rules the action views share: which links are shown, when an action is
// overdue, and which findings still need an action.
//
// Header-only and free of the host, so an out-of-tree exporter gets the same table.
#pragma once

#include <findings/sdk/records.hpp>

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <ctime>
#include <limits>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace findings::followup {

/// An index that points nowhere.
inline constexpr std::size_t kNoIndex = std::numeric_limits<std::size_t>::max();

/// The date a source is placed by on a time line: the last day of its visit or inspection,
/// else its own date; ISO text, so dates compare as strings. Empty when it gives none.
inline std::string placeDate(const Source& source) {
    if (!source.visit.end.empty()) return source.visit.end;
    if (!source.visit.start.empty()) return source.visit.start;
    return source.date;
}

/// What the follow-up views may show of links.
struct Options {
    /// Automatic links at or above this confidence are shown (the linker's default).
    double threshold = 0.5;
    /// Shows automatic links below the threshold too, marked as proposed.
    bool includeProposed = false;
    /// Counts commentary (news, press releases) as a later visit's evidence. Off by
    /// default: commentary restates Ofsted, it is not Ofsted's evidence.
    bool includeCommentary = false;
};

/// True when a view shows this link: a person's link or an accepted one always; an automatic
/// proposal at or above the threshold, or below it when `includeProposed`; a rejected link
/// never.
inline bool isShown(const Link& link, const Options& options) {
    if (link.review == "rejected") return false;
    if (link.review == "accepted" || link.origin == "person") return true;
    return options.includeProposed || link.confidence >= options.threshold;
}

/// True when a shown link is still only a machine's proposal below the threshold (a view
/// marks it as such).
inline bool isBelowThreshold(const Link& link, const Options& options) {
    return link.review != "accepted" && link.origin != "person" &&
           link.confidence < options.threshold;
}

/// The end of the period an ISO due date names: "2025-03" is due by the end of March, so
/// it compares as "2025-03-31"-or-later; a full date is itself.
inline std::string dueBy(std::string_view due) {
    std::string end(due);
    if (end.size() == 7) end += "-99";  // after every day of the month, as text
    return end;
}

/// Today's date in local time, YYYY-MM-DD: the day "overdue" is judged on unless a view is
/// given another (tests fix it).
inline std::string todayIso() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);  // POSIX; the thread-safe form
    char text[16];
    std::strftime(text, sizeof text, "%Y-%m-%d", &local);
    return text;
}

/// True when the action is due before `todayIso` (YYYY-MM-DD) and not complete. An action
/// with no due date is never overdue.
inline bool isOverdue(const Action& action, std::string_view todayIso) {
    if (action.due.empty() || action.status == "complete") return false;
    return dueBy(action.due) < std::string(todayIso);
}

/// True when the action's RAG status is Red.
inline bool isRed(const Action& action) { return action.status == "red"; }

/// True when a finding asks the council to act: an improvement point, or a weakness or mixed
/// finding of Ofsted's (its source's role, see roleOf(), is inspection; "" when the set
/// lacks the source).
inline bool callsForAction(const Finding& finding, std::string_view sourceRole) {
    if (kindOf(finding) == "improvement_point") return true;
    if (kindOf(finding) != "finding" || sourceRole != "inspection") return false;
    return finding.polarity == "weakness" || finding.polarity == "mixed";
}

/// The same for a source record (null when the set lacks it).
inline bool callsForAction(const Finding& finding, const Source* source) {
    return callsForAction(finding, source ? roleOf(*source) : std::string_view());
}

/// The overall effectiveness grade a full report gives ("inadequate", "good", ...), as
/// written; "" when it grades no area named "overall ...". SIF and ILACS reports both call
/// it "Overall effectiveness".
inline std::string overallJudgement(const Source& source) {
    for (const Judgement& j : source.judgements) {
        std::string area;
        for (char c : j.area) area += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (area.rfind("overall", 0) == 0) return j.grade;
    }
    return {};
}

/// The stance one visit took on one point, summed over that visit's findings.
enum class CellStance {
    NoEvidence,  ///< the visit said nothing linked to the point
    Improved,
    Mixed,
    NotImproved,
    Unclear  ///< linked, but the findings give no clear direction
};

/// The stance's words for people: "improved", "mixed", "not improved", "unclear",
/// "no evidence".
inline const char* stanceLabel(CellStance stance) {
    switch (stance) {
    case CellStance::Improved: return "improved";
    case CellStance::Mixed: return "mixed";
    case CellStance::NotImproved: return "not improved";
    case CellStance::Unclear: return "unclear";
    case CellStance::NoEvidence: break;
    }
    return "no evidence";
}

/// The stance several links take together: all one way gives that way; improved with not
/// improved, or any mixed, gives mixed; unclear links only count when nothing else does.
inline CellStance combineStances(const std::vector<std::string>& stances) {
    bool improved = false, notImproved = false, mixed = false, unclear = false;
    for (const std::string& s : stances) {
        if (s == "improved") improved = true;
        else if (s == "not_improved") notImproved = true;
        else if (s == "mixed") mixed = true;
        else unclear = true;
    }
    if (mixed || (improved && notImproved)) return CellStance::Mixed;
    if (improved) return CellStance::Improved;
    if (notImproved) return CellStance::NotImproved;
    if (unclear) return CellStance::Unclear;
    return CellStance::NoEvidence;
}

/// One visit's evidence on one point.
struct Cell {
    CellStance stance = CellStance::NoEvidence;
    std::vector<std::size_t> findings;  ///< indices of the linking findings, surest first
    bool onlyProposed = false;  ///< every link shown is a proposal below the threshold
    std::string quote;          ///< the surest finding's words, shortened for a tooltip
};

/// One area for improvement as a row.
struct Row {
    std::size_t point = kNoIndex;  ///< the improvement point's finding index
    std::vector<Cell> cells;       ///< one per column of its block
    /// Plan items responding to the point: directly, or to a later finding that follows it
    /// up. Finding indices, in the plan's order.
    std::vector<std::size_t> planItems;
    bool covered() const { return !planItems.empty(); }
};

/// One full report with improvement points, and the visits after it.
struct Block {
    std::size_t report = kNoIndex;  ///< source index of the full report
    std::string authority;          ///< its local authority as written
    /// Source indices of the later visits, in date order up to and including the next full
    /// report of the same authority; a source that gives no date but holds a link to one of
    /// the points comes last (`undated`).
    std::vector<std::size_t> columns;
    std::size_t nextReport = kNoIndex;  ///< the next full report, when one is held
    std::vector<Row> rows;              ///< in the report's order of points
};

/// The whole table.
struct Table {
    std::vector<Block> blocks;  ///< newest report first
};

/// A finding's words shortened to at most `maxBytes` bytes at a word boundary, with "…";
/// the summary when there is one. UTF-8 is never cut inside a character.
inline std::string shortQuote(const Finding& finding, std::size_t maxBytes = 240) {
    const std::string& text = finding.summary.empty() ? finding.text : finding.summary;
    if (text.size() <= maxBytes) return text;
    std::size_t cut = maxBytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    const std::size_t space = text.rfind(' ', cut);
    if (space != std::string::npos && space > maxBytes / 2) cut = space;
    return text.substr(0, cut) + "\u2026";
}

namespace detail {

inline std::string foldedAuthority(const std::string& authority) {
    std::string folded;
    for (char c : authority)
        if (!std::isspace(static_cast<unsigned char>(c)))
            folded += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return folded;
}

}  // namespace detail

/// True when the source is a full inspection report (its improvement points anchor a block).
inline bool isFullReport(const Source& source) { return source.kind == "inspection_report"; }

/// Builds the follow-up table over the records as they are held, links included.
inline Table buildTable(const std::vector<Source>& sources, const std::vector<Finding>& findings,
                        const Options& options = {}) {
    std::unordered_map<std::string, std::size_t> sourceIndex, findingIndex;
    for (std::size_t i = 0; i < sources.size(); ++i) sourceIndex.emplace(sources[i].id, i);
    for (std::size_t i = 0; i < findings.size(); ++i) findingIndex.emplace(findings[i].id, i);
    auto sourceOf = [&](const Finding& f) -> std::size_t {
        auto it = sourceIndex.find(f.source);
        return it == sourceIndex.end() ? kNoIndex : it->second;
    };

    // Points per report, in the report's order.
    std::unordered_map<std::size_t, std::vector<std::size_t>> pointsOf;
    for (std::size_t i = 0; i < findings.size(); ++i) {
        if (kindOf(findings[i]) != "improvement_point") continue;
        const std::size_t s = sourceOf(findings[i]);
        if (s != kNoIndex && isFullReport(sources[s])) pointsOf[s].push_back(i);
    }

    // Evidence links: finding -> point, and plan responses: plan item -> finding.
    struct Evidence {
        std::size_t finding;
        const Link* link;
    };
    std::unordered_map<std::size_t, std::vector<Evidence>> evidenceOn;  // by target finding
    std::unordered_map<std::size_t, std::vector<std::size_t>> responsesTo;
    for (std::size_t i = 0; i < findings.size(); ++i) {
        const std::size_t s = sourceOf(findings[i]);
        if (s == kNoIndex) continue;
        const std::string_view role = roleOf(sources[s]);
        for (const Link& link : findings[i].links) {
            if (!isShown(link, options)) continue;
            auto target = findingIndex.find(link.target);
            if (target == findingIndex.end()) continue;
            if (link.relation == "follows_up" &&
                (role == "inspection" || (role == "commentary" && options.includeCommentary)))
                evidenceOn[target->second].push_back({i, &link});
            else if (link.relation == "responds_to" && kindOf(findings[i]) == "plan_item")
                responsesTo[target->second].push_back(i);
        }
    }

    // Reports in date order per authority, to find each one's next report.
    std::vector<std::size_t> reports;
    for (std::size_t s = 0; s < sources.size(); ++s)
        if (isFullReport(sources[s]) && roleOf(sources[s]) == "inspection") reports.push_back(s);
    auto byDate = [&](std::size_t a, std::size_t b) {
        const std::string da = placeDate(sources[a]), db = placeDate(sources[b]);
        if (da.empty() != db.empty()) return db.empty();  // undated last
        if (da != db) return da < db;
        return a < b;
    };
    std::stable_sort(reports.begin(), reports.end(), byDate);

    Table table;
    for (std::size_t r : reports) {
        auto points = pointsOf.find(r);
        if (points == pointsOf.end()) continue;
        Block block;
        block.report = r;
        block.authority = sources[r].local_authority;
        const std::string authority = detail::foldedAuthority(block.authority);
        const std::string from = placeDate(sources[r]);
        for (std::size_t other : reports) {
            const std::string d = placeDate(sources[other]);
            if (other != r && !from.empty() && d > from &&
                detail::foldedAuthority(sources[other].local_authority) == authority) {
                block.nextReport = other;
                break;
            }
        }
        const std::string until =
            block.nextReport == kNoIndex ? std::string() : placeDate(sources[block.nextReport]);

        // Columns: the authority's later inspection sources in the window, and any other
        // source whose findings follow up one of these points.
        std::vector<bool> isColumn(sources.size(), false);
        for (std::size_t s = 0; s < sources.size(); ++s) {
            if (s == r || detail::foldedAuthority(sources[s].local_authority) != authority)
                continue;
            const std::string_view role = roleOf(sources[s]);
            if (role != "inspection" && !(role == "commentary" && options.includeCommentary))
                continue;
            const std::string d = placeDate(sources[s]);
            if (!from.empty() && !d.empty() && d > from && (until.empty() || d <= until))
                isColumn[s] = true;
        }
        for (std::size_t p : points->second) {
            auto ev = evidenceOn.find(p);
            if (ev == evidenceOn.end()) continue;
            for (const Evidence& e : ev->second) {
                const std::size_t s = sourceOf(findings[e.finding]);
                if (s != r) isColumn[s] = true;
            }
        }
        for (std::size_t s = 0; s < sources.size(); ++s)
            if (isColumn[s]) block.columns.push_back(s);
        std::stable_sort(block.columns.begin(), block.columns.end(), byDate);
        std::unordered_map<std::size_t, std::size_t> columnOf;
        for (std::size_t c = 0; c < block.columns.size(); ++c) columnOf[block.columns[c]] = c;

        for (std::size_t p : points->second) {
            Row row;
            row.point = p;
            row.cells.resize(block.columns.size());
            std::vector<std::vector<std::string>> stances(block.columns.size());
            std::vector<std::vector<const Link*>> links(block.columns.size());
            auto ev = evidenceOn.find(p);
            if (ev != evidenceOn.end()) {
                std::vector<Evidence> sorted = ev->second;
                std::stable_sort(sorted.begin(), sorted.end(),
                                 [](const Evidence& a, const Evidence& b) {
                                     return a.link->confidence > b.link->confidence;
                                 });
                for (const Evidence& e : sorted) {
                    const std::size_t c = columnOf.at(sourceOf(findings[e.finding]));
                    row.cells[c].findings.push_back(e.finding);
                    stances[c].push_back(e.link->stance);
                    links[c].push_back(e.link);
                }
            }
            for (std::size_t c = 0; c < row.cells.size(); ++c) {
                Cell& cell = row.cells[c];
                cell.stance = combineStances(stances[c]);
                if (cell.findings.empty()) continue;
                cell.quote = shortQuote(findings[cell.findings.front()]);
                cell.onlyProposed = std::all_of(links[c].begin(), links[c].end(),
                                                [&](const Link* l) {
                                                    return isBelowThreshold(*l, options);
                                                });
            }
            // Plan items: those answering the point, then those answering a finding that
            // follows it up; each once.
            std::vector<std::size_t> answered{p};
            for (const Cell& cell : row.cells)
                answered.insert(answered.end(), cell.findings.begin(), cell.findings.end());
            for (std::size_t target : answered) {
                auto it = responsesTo.find(target);
                if (it == responsesTo.end()) continue;
                for (std::size_t item : it->second)
                    if (std::find(row.planItems.begin(), row.planItems.end(), item) ==
                        row.planItems.end())
                        row.planItems.push_back(item);
            }
            block.rows.push_back(std::move(row));
        }
        table.blocks.push_back(std::move(block));
    }
    std::reverse(table.blocks.begin(), table.blocks.end());  // newest first
    return table;
}

/// For each finding, the plan items that respond to it (shown `responds_to` links from
/// plan items), as finding indices: directly, or to the point it follows up, since the plan
/// answers the point wherever a later visit raises it again. What the "no action planned"
/// filter and the coverage flag read.
inline std::vector<std::vector<std::size_t>> planItemsByFinding(
    const std::vector<Finding>& findings, const Options& options = {}) {
    std::unordered_map<std::string, std::size_t> findingIndex;
    for (std::size_t i = 0; i < findings.size(); ++i) findingIndex.emplace(findings[i].id, i);
    std::vector<std::vector<std::size_t>> items(findings.size());
    for (std::size_t i = 0; i < findings.size(); ++i) {
        if (kindOf(findings[i]) != "plan_item") continue;
        for (const Link& link : findings[i].links) {
            if (link.relation != "responds_to" || !isShown(link, options)) continue;
            auto target = findingIndex.find(link.target);
            if (target != findingIndex.end()) items[target->second].push_back(i);
        }
    }
    const std::vector<std::vector<std::size_t>> direct = items;
    for (std::size_t i = 0; i < findings.size(); ++i) {
        for (const Link& link : findings[i].links) {
            if (link.relation != "follows_up" || !isShown(link, options)) continue;
            auto target = findingIndex.find(link.target);
            if (target == findingIndex.end()) continue;
            for (std::size_t item : direct[target->second])
                if (std::find(items[i].begin(), items[i].end(), item) == items[i].end())
                    items[i].push_back(item);
        }
    }
    return items;
}

/// True when a finding that calls for action has none: no action text of its own and no
/// plan item responding to it. `planItems` is its entry of planItemsByFinding().
inline bool hasNoActionPlanned(const Finding& finding, const Source* source,
                               const std::vector<std::size_t>& planItems) {
    return callsForAction(finding, source) && finding.action.text.empty() && planItems.empty();
}

}  // namespace findings::followup
