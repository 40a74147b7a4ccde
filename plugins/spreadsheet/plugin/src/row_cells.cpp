#include "row_cells.hpp"

#include "cell_text.hpp"

#include <algorithm>

namespace spreadsheet {

bool hasValue(const findings::sheetread::Cell& cell) {
    return cell.type != findings::sheetread::CellType::Empty && !trimmedView(cell.text).empty();
}

void RowCells::sort() {
    std::stable_sort(cells_.begin(), cells_.end(),
                     [](const auto& a, const auto& b) { return a.column < b.column; });
}

void RowCells::normalize() {
    sort();
    std::vector<findings::sheetread::Cell> kept;
    kept.reserve(cells_.size());
    for (const auto& c : cells_) {
        if (!kept.empty() && kept.back().column == c.column) {
            if (hasValue(c)) kept.back() = c;
            continue;
        }
        kept.push_back(c);
    }
    cells_.swap(kept);
}

const findings::sheetread::Cell* RowCells::at(uint32_t column) const {
    auto it = std::lower_bound(cells_.begin(), cells_.end(), column,
                               [](const auto& c, uint32_t col) { return c.column < col; });
    return it != cells_.end() && it->column == column ? &*it : nullptr;
}

bool RowCells::blank() const {
    return std::none_of(cells_.begin(), cells_.end(), [](const auto& c) { return hasValue(c); });
}

size_t RowCells::valueCount() const {
    return size_t(std::count_if(cells_.begin(), cells_.end(), [](const auto& c) { return hasValue(c); }));
}

}  // namespace spreadsheet
