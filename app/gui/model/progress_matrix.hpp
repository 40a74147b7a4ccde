// The theme-by-visit progress matrix (the same picture as the Excel export's Progress
// sheet): one row per theme, one column per visit in date order, each cell counting the
// strengths and weaknesses found for that theme at that visit. Pure computation over a
// findings set, kept apart from any view so another front end can share it.
#pragma once

#include <findings/core/findings_set.hpp>
#include <findings/core/theme_labels.hpp>

#include <string>
#include <vector>

namespace findings::studio {

struct MatrixCell {
    int strengths = 0;
    int weaknesses = 0;
    int mixed = 0;
    int neutral = 0;
    int total() const { return strengths + weaknesses + mixed + neutral; }
    void count(const std::string& polarity);
};

struct MatrixColumn {
    std::string key;   ///< visitKey() shared by the column's sources
    std::string label; ///< "Visit 3 · 2024-05-14", "2024-06-12", or "Undated"
    std::string date;  ///< the date it is ordered by
    /// The header's second line: "3 sources", what the one source is ("Press release"), or
    /// for an undated source its name.
    std::string subtitle;
    std::vector<size_t> sources; ///< indices into the set's sources
};

struct MatrixRow {
    std::string theme; ///< theme id, or kNoTheme ("-") for findings without a theme
    std::string label; ///< taxonomy label
};

struct ProgressMatrix {
    std::vector<MatrixRow> rows;
    std::vector<MatrixColumn> columns;
    std::vector<MatrixCell> cells; ///< rows.size() × columns.size(), row-major
    std::vector<MatrixCell> rowTotals;
    std::vector<MatrixCell> columnTotals;

    const MatrixCell& at(size_t row, size_t column) const {
        return cells[row * columns.size() + column];
    }
};

/// True when the source's findings count as evidence of a visit: its role is inspection, or
/// commentary when `includeCommentary`. A plan or a workbook never is.
bool countsAsEvidence(const Source& source, bool includeCommentary);
/// True when the finding restates another (a same_as link nobody rejected): it is counted
/// once, where it was first said.
bool restatesAnother(const Finding& finding);

/// Builds the matrix over Ofsted's evidence: sources whose role is inspection, and commentary
/// when `includeCommentary`; a plan or a workbook is never a visit column, and a finding that
/// restates another (same_as) counts once, where it was first said.
/// A finding with several themes counts once in each of its themes' rows.
/// Rows follow the taxonomy's order (themes not in the taxonomy after them, then "No theme");
/// only themes that occur get a row. Columns are in date order, then by label.
ProgressMatrix computeProgressMatrix(const core::FindingsSet& set, const core::ThemeLabels& themes,
                                     bool includeCommentary = false);

/// Each column's two-line header ("label\nsubtitle"), every line shortened to `maxChars`
/// code points where that keeps the headers apart; never two the same (the columns are).
std::vector<std::string> columnHeaders(const ProgressMatrix& matrix, size_t maxChars);

}  // namespace findings::studio
