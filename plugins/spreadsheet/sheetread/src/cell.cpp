#include <findings/sheetread/cell.hpp>
#include <findings/sheetread/sheet_handler.hpp>

namespace findings::sheetread {

const char* cellTypeName(CellType type) {
    switch (type) {
    case CellType::Empty: return "empty";
    case CellType::String: return "string";
    case CellType::Number: return "number";
    case CellType::Boolean: return "boolean";
    case CellType::Error: return "error";
    case CellType::Date: return "date";
    }
    return "unknown";
}

const Cell* Row::cellAt(uint32_t column) const {
    // Cells are almost always in ascending column order; try the direct position first.
    if (column >= 1 && column <= cellCount && cells[column - 1].column == column) return &cells[column - 1];
    for (size_t i = 0; i < cellCount; ++i)
        if (cells[i].column == column) return &cells[i];
    return nullptr;
}

}  // namespace findings::sheetread
