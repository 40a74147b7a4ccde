// The theme-by-visit progress matrix (the same picture as the Excel export's Progress
// sheet): one row per theme, one column per visit in date order, each cell counting the
// strengths and weaknesses found for that theme at that visit. Pure computation over a
// findings set, kept apart from any view so another front end can share it.
#pragma once

#include <findings/format/findings_set.hpp>
#include <findings/core/theme_labels.hpp>
#include <findings/sdk/progress.hpp>

#include <string>
#include <vector>

namespace findings::studio {

/// One cell's count and its text (cellText: MatrixCell::text()), shared with the workbook's
/// Progress sheet through the SDK, so both count a mixed finding the same way and read alike.
using MatrixCell = progress::Cell;

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
    std::string label; ///< progress::themeRowLabel() of the taxonomy label, as the workbook's
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

// What the matrix counts is the SDK's rule, the workbook's too.
using progress::countsAsEvidence;
using progress::restatesAnother;

/// Builds the matrix over Ofsted's evidence: sources whose role is inspection, and commentary
/// when `includeCommentary`; a plan or a workbook is never a visit column, and a finding that
/// restates another (same_as) counts once, where it was first said.
/// A finding with several themes counts once in each of its themes' rows.
/// Rows follow the taxonomy's order (themes not in the taxonomy after them, then "No theme");
/// only themes that occur get a row. Columns are in date order, then by label.
ProgressMatrix computeProgressMatrix(const findings::FindingsSet& set, const core::ThemeLabels& themes,
                                     bool includeCommentary = false);

/// Each column's two-line header ("label\nsubtitle"), every line shortened to `maxChars`
/// code points where that keeps the headers apart; never two the same (the columns are).
std::vector<std::string> columnHeaders(const ProgressMatrix& matrix, size_t maxChars);

}  // namespace findings::studio
