// The rows the findings table shows: a vector of finding indices, filtered and sorted.
// Filtering and sorting permute indices and never copy a finding (the Poedit pattern), so a
// 100,000-finding table is a 400 KB vector, and the virtual table model reads rows through it.
#pragma once

#include "model/finding_columns.hpp"
#include "model/finding_filter.hpp"
#include "model/findings_document.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace findings::studio {

class FindingsView {
public:
    FindingsView(const FindingsDocument& document, const core::ThemeLabels& themes);

    const FilterState& filter() const { return filter_; }
    /// Sets the filter and rebuilds the rows.
    void setFilter(FilterState filter);

    bool sorted() const { return sorted_; }
    Column sortColumn() const { return sortColumn_; }
    bool sortAscending() const { return ascending_; }
    /// Sorts the rows by `column` (ties keep document order).
    void sortBy(Column column, bool ascending);
    /// Back to document order.
    void clearSort();

    /// Filters the whole document again and re-applies the sort.
    void rebuild();

    size_t rowCount() const { return rows_.size(); }
    /// Total findings in the document ("N of M findings").
    size_t totalCount() const { return document_.set().findings.size(); }
    /// The finding shown in `row`. Requires row < rowCount().
    size_t findingAt(size_t row) const { return rows_[row]; }
    const std::vector<std::uint32_t>& rows() const { return rows_; }
    /// The row showing a finding, if it is shown.
    std::optional<size_t> rowOf(size_t findingIndex) const;

    /// After one finding changed: keeps it in place when it still passes the filter (rows do
    /// not jump under the user's cursor), drops it when it no longer does.
    enum class RowUpdate { Unchanged, Changed, Removed, NeedsRebuild };
    RowUpdate findingChanged(size_t findingIndex, size_t& row);

    /// The visit key of each source, by source index (cached for filtering).
    const std::vector<std::string>& sourceVisitKeys() const { return visitKeys_; }
    /// The Source column's text of each source, by source index: distinctSourceNames.
    const std::vector<std::string>& sourceNames() const { return sourceNames_; }

private:
    void filterRows();
    void sortRows();

    const FindingsDocument& document_;
    const core::ThemeLabels& themes_;
    FilterState filter_;
    bool sorted_ = false;
    Column sortColumn_ = Column::Source;
    bool ascending_ = true;
    std::vector<std::uint32_t> rows_;
    std::vector<std::string> visitKeys_;
    std::vector<std::string> sourceNames_;
};

/// Sorts `rows` (finding indices) of `document` by a column; ties keep ascending index order.
/// Builds one key per row first, so the comparison never formats text.
void sortFindingRows(std::vector<std::uint32_t>& rows, const FindingsDocument& document,
                     const core::ThemeLabels& themes, Column column, bool ascending);

}  // namespace findings::studio
