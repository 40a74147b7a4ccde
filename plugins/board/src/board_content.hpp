// What the board summary says, before any layout: per council its latest judgements, the
// follow-up table of its newest full report (from findings::followup::buildTable), the themes
// that moved between its last two visits and its open, overdue and Red actions. Built from
// the records alone, so it is tested without drawing anything.
#pragma once

#include "theme_trends.hpp"

#include <findings/sdk/followup.hpp>
#include <findings/sdk/records.hpp>

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace findings::board {

/// One later visit as a column of the follow-up table.
struct VisitColumn {
    std::string heading;    ///< "Monitoring visit 3"
    std::string when;       ///< "May 2024", or "undated"
    std::string judgement;  ///< the overall grade, for a full report
};

/// One improvement point as a row.
struct PointRow {
    int number = 0;    ///< 1-based, in the report's order
    Finding point;     ///< the improvement point (the layout shortens its words to fit)
    std::vector<followup::CellStance> stances;  ///< one per column
    std::vector<bool> proposed;  ///< the cell rests only on proposals below the threshold
    std::size_t planItems = 0;   ///< plan items responding to it
};

/// The follow-up table of one full report.
struct FollowUpTable {
    std::string report;  ///< "Full inspection, October 2022"
    std::vector<VisitColumn> columns;
    std::vector<PointRow> rows;
};

/// One action of the council's plan (or a finding's own action).
struct ActionLine {
    std::string text, owner, due, status;
    bool overdue = false;
    bool red = false;
    std::vector<int> points;  ///< numbers of the points it responds to in the focus table
};

struct ActionSummary {
    std::size_t total = 0, open = 0, overdue = 0, red = 0, complete = 0;
    /// The open actions: overdue and Red first (overdue before Red), then the other open
    /// ones, each group by due date (undated last).
    std::vector<ActionLine> open_actions;
    std::size_t pointsWithoutPlan = 0;  ///< points of the focus table no plan item answers
};

struct CouncilSummary {
    std::string name;            ///< as written
    std::string latestReport;    ///< "Full inspection, October 2022", or ""
    std::vector<Judgement> judgements;  ///< of the latest full report, overall first
    std::string latestVisit;     ///< "Monitoring visit 5, February 2025", or ""
    std::vector<FollowUpTable> tables;  ///< newest report first
    /// The table the board reads: the newest one that a later visit has followed up (a
    /// report with no visit since has nothing to show yet), else the newest. The actions'
    /// point numbers refer to it. Meaningless when `tables` is empty.
    std::size_t focusTable = 0;
    ThemeTrends themes;
    std::string themesFrom, themesTo;   ///< the two visits compared, as headings
    ActionSummary actions;
};

struct BoardContent {
    std::string title;
    std::string today;  ///< YYYY-MM-DD
    std::size_t sourceCount = 0, findingCount = 0;
    std::vector<CouncilSummary> councils;  ///< by name
};

/// How the content is chosen.
struct ContentSettings {
    std::string title;
    std::string today;  ///< YYYY-MM-DD, for overdue
    followup::Options followup;
    std::function<std::string(const std::string&)> themeLabel;  ///< theme id -> label
};

/// Builds the summary's content from the records.
BoardContent buildContent(const std::vector<Source>& sources, const std::vector<Finding>& findings,
                          const ContentSettings& settings);

}  // namespace findings::board
