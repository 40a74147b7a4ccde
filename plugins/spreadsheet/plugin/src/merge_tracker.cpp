#include "merge_tracker.hpp"

#include <algorithm>

namespace spreadsheet {

using findings::sheetread::Cell;
using findings::sheetread::CellRange;

void MergeTracker::reset(std::vector<CellRange> ranges) {
    pending_ = std::move(ranges);
    // Descending, so the next range to open is at the back.
    std::sort(pending_.begin(), pending_.end(), [](const CellRange& a, const CellRange& b) {
        return a.first.row != b.first.row ? a.first.row > b.first.row : a.first.column > b.first.column;
    });
    open_.clear();
}

void MergeTracker::apply(uint32_t row, RowCells& cells) {
    open_.erase(std::remove_if(open_.begin(), open_.end(),
                               [&](const Open& o) { return o.range.last.row < row; }),
                open_.end());
    // Ranges that start on or above this row (a row skipped in the file still opens them).
    while (!pending_.empty() && pending_.back().first.row <= row) {
        const CellRange range = pending_.back();
        pending_.pop_back();
        if (range.last.row < row) continue;
        Open o;
        o.range = range;
        if (range.first.row == row) {
            if (const Cell* c = cells.at(range.first.column); c && hasValue(*c)) {
                o.value = *c;
                o.text = std::string(c->text);
                o.hasValue = true;
            }
        }
        open_.push_back(std::move(o));
    }
    bool added = false;
    for (Open& o : open_) {
        if (o.hasValue) o.value.text = o.text;  // re-point after vector moves
        if (o.range.first.row == row || !o.hasValue) continue;
        const Cell* own = cells.at(o.range.first.column);
        if (own && hasValue(*own)) continue;
        Cell copy = o.value;
        copy.row = row;
        if (own) {
            // Keep the row's own style (a fill on the covered cell) with the merged value.
            copy.style = own->style;
        }
        cells.add(copy);
        added = true;
    }
    if (added) cells.normalize();
}

const CellRange* MergeTracker::rangeAt(uint32_t row, uint32_t column) const {
    for (const Open& o : open_)
        if (o.range.contains(row, column)) return &o.range;
    return nullptr;
}

uint32_t MergeTracker::lastRowOfRangesAt(uint32_t row) const {
    uint32_t last = row;
    for (const Open& o : open_)
        if (o.range.first.row <= row && o.range.last.row >= row) last = std::max(last, o.range.last.row);
    return last;
}

const std::string* MergeTracker::topLeftText(uint32_t row, uint32_t column) const {
    for (const Open& o : open_)
        if (o.range.contains(row, column)) return o.hasValue ? &o.text : nullptr;
    return nullptr;
}

}  // namespace spreadsheet
