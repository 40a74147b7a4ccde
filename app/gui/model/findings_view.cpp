#include "model/findings_view.hpp"

#include "model/source_labels.hpp"

#include <algorithm>
#include <cctype>
#include <numeric>

namespace findings::studio {

FindingsView::FindingsView(const FindingsDocument& document, const core::ThemeLabels& themes)
    : document_(document), themes_(themes) {
    rebuild();
}

void FindingsView::setFilter(FilterState filter) {
    filter_ = std::move(filter);
    rebuild();
}

void FindingsView::sortBy(Column column, bool ascending) {
    sorted_ = true;
    sortColumn_ = column;
    ascending_ = ascending;
    sortRows();
}

void FindingsView::clearSort() {
    sorted_ = false;
    std::sort(rows_.begin(), rows_.end());
}

void FindingsView::rebuild() {
    filterRows();
    if (sorted_) sortRows();
}

void FindingsView::filterRows() {
    const auto& set = document_.set();
    visitKeys_.clear();
    visitKeys_.reserve(set.sources.size());
    for (const auto& s : set.sources) visitKeys_.push_back(visitKey(s));
    sourceNames_ = distinctSourceNames(set.sources);
    rows_.clear();
    rows_.reserve(set.findings.size());
    static const std::string kNoKey;
    if (!filter_.active()) {
        rows_.resize(set.findings.size());
        std::iota(rows_.begin(), rows_.end(), 0u);
        return;
    }
    FindingMatcher matcher(filter_, themes_, &set.findings);
    for (size_t i = 0; i < set.findings.size(); ++i) {
        const std::int64_t s = document_.sourceIndexOf(i);
        const Source* source = s < 0 ? nullptr : &set.sources[static_cast<size_t>(s)];
        if (matcher.matches(set.findings[i], source,
                            s < 0 ? kNoKey : visitKeys_[static_cast<size_t>(s)], i))
            rows_.push_back(static_cast<std::uint32_t>(i));
    }
}

void FindingsView::sortRows() { sortFindingRows(rows_, document_, themes_, sortColumn_, ascending_); }

std::optional<size_t> FindingsView::rowOf(size_t findingIndex) const {
    auto it = std::find(rows_.begin(), rows_.end(), static_cast<std::uint32_t>(findingIndex));
    if (it == rows_.end()) return std::nullopt;
    return static_cast<size_t>(it - rows_.begin());
}

FindingsView::RowUpdate FindingsView::findingChanged(size_t findingIndex, size_t& row) {
    const auto& set = document_.set();
    const std::int64_t s = document_.sourceIndexOf(findingIndex);
    static const std::string kNoKey;
    FindingMatcher matcher(filter_, themes_, &set.findings);
    const bool passes = matcher.matches(
        set.findings[findingIndex], s < 0 ? nullptr : &set.sources[static_cast<size_t>(s)],
        s < 0 || static_cast<size_t>(s) >= visitKeys_.size() ? kNoKey
                                                            : visitKeys_[static_cast<size_t>(s)],
        findingIndex);
    const std::optional<size_t> shown = rowOf(findingIndex);
    if (shown && passes) {
        row = *shown;
        return RowUpdate::Changed;
    }
    if (shown) {
        row = *shown;
        rows_.erase(rows_.begin() + static_cast<std::ptrdiff_t>(row));
        return RowUpdate::Removed;
    }
    // Now passing (an undo brought it back): its place depends on the sort, so rebuild.
    return passes ? RowUpdate::NeedsRebuild : RowUpdate::Unchanged;
}

namespace {

std::string lowered(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

/// Rank of each value in a fixed list (unknown and empty values sort last).
double enumRank(const std::string& value, const std::vector<std::string_view>& order) {
    for (size_t i = 0; i < order.size(); ++i)
        if (order[i] == value) return static_cast<double>(i);
    return value.empty() ? static_cast<double>(order.size() + 1) : static_cast<double>(order.size());
}

/// Rank of every source by a text key, so per-source columns sort as numbers.
std::vector<double> sourceRanks(const findings::FindingsSet& set, bool byVisit) {
    std::vector<size_t> order(set.sources.size());
    std::iota(order.begin(), order.end(), size_t{0});
    std::vector<std::string> keys;
    keys.reserve(set.sources.size());
    const std::vector<std::string> names = byVisit ? std::vector<std::string>() : distinctSourceNames(set.sources);
    for (size_t i = 0; i < set.sources.size(); ++i) {
        const Source& s = set.sources[i];
        // Undated sources sort after dated ones, as in the progress matrix.
        keys.push_back(byVisit ? (sourceSortDate(s).empty() ? "1" : "0" + sourceSortDate(s)) + "\x1f" +
                                     lowered(visitLabel(s))
                               : lowered(names[i]));
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return keys[a] < keys[b]; });
    std::vector<double> rank(set.sources.size());
    for (size_t r = 0; r < order.size(); ++r)
        rank[order[r]] = r > 0 && keys[order[r]] == keys[order[r - 1]] ? rank[order[r - 1]]
                                                                       : static_cast<double>(r);
    return rank;
}

template <typename Key>
void sortByKeys(std::vector<std::uint32_t>& rows, const std::vector<Key>& keys, bool ascending) {
    std::vector<std::uint32_t> perm(rows.size());
    std::iota(perm.begin(), perm.end(), 0u);
    if (ascending)
        std::stable_sort(perm.begin(), perm.end(),
                         [&](std::uint32_t a, std::uint32_t b) { return keys[a] < keys[b]; });
    else
        std::stable_sort(perm.begin(), perm.end(),
                         [&](std::uint32_t a, std::uint32_t b) { return keys[b] < keys[a]; });
    std::vector<std::uint32_t> sorted(rows.size());
    for (size_t i = 0; i < perm.size(); ++i) sorted[i] = rows[perm[i]];
    rows.swap(sorted);
}

}  // namespace

void sortFindingRows(std::vector<std::uint32_t>& rows, const FindingsDocument& document,
                     const core::ThemeLabels& themes, Column column, bool ascending) {
    // Ties keep document order whatever order the rows were in before.
    std::sort(rows.begin(), rows.end());
    const auto& set = document.set();
    const auto& findings = set.findings;
    switch (column) {
    case Column::Source:
    case Column::Visit: {
        const std::vector<double> rank = sourceRanks(set, column == Column::Visit);
        std::vector<double> keys(rows.size());
        for (size_t i = 0; i < rows.size(); ++i) {
            const std::int64_t s = document.sourceIndexOf(rows[i]);
            keys[i] = s < 0 ? 1e18 : rank[static_cast<size_t>(s)];
        }
        sortByKeys(rows, keys, ascending);
        return;
    }
    case Column::Polarity:
    case Column::ActionStatus:
    case Column::Review: {
        std::vector<double> keys(rows.size());
        for (size_t i = 0; i < rows.size(); ++i) {
            const Finding& f = findings[rows[i]];
            keys[i] = column == Column::Polarity ? enumRank(f.polarity, polarities())
                      : column == Column::ActionStatus
                          ? enumRank(f.action.status, actionStatuses())
                          : enumRank(f.review.empty() ? "unreviewed" : f.review, reviewStates());
        }
        sortByKeys(rows, keys, ascending);
        return;
    }
    case Column::Confidence: {
        std::vector<double> keys(rows.size());
        for (size_t i = 0; i < rows.size(); ++i) keys[i] = findings[rows[i]].confidence;
        sortByKeys(rows, keys, ascending);
        return;
    }
    case Column::Section:
    case Column::Themes:
    case Column::Summary:
    case Column::Action:
    case Column::Owner:
    case Column::Due: {
        std::vector<std::string> keys(rows.size());
        for (size_t i = 0; i < rows.size(); ++i) {
            const Finding& f = findings[rows[i]];
            keys[i] = lowered(column == Column::Section  ? f.section
                              : column == Column::Themes ? themeListText(f, themes)
                              : column == Column::Action ? f.action.text
                              : column == Column::Owner  ? f.action.owner
                              : column == Column::Due    ? f.action.due
                                                         : summaryText(f));
        }
        sortByKeys(rows, keys, ascending);
        return;
    }
    }
}

}  // namespace findings::studio
