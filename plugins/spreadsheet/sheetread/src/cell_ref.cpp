#include <findings/sheetread/cell_ref.hpp>

namespace findings::sheetread {

uint32_t columnNumber(std::string_view letters) {
    if (letters.empty() || letters.size() > 3) return 0;
    uint32_t col = 0;
    for (char c : letters) {
        if (c >= 'a' && c <= 'z') c = char(c - 'a' + 'A');
        if (c < 'A' || c > 'Z') return 0;
        col = col * 26 + uint32_t(c - 'A' + 1);
    }
    return col <= kMaxColumn ? col : 0;
}

std::string columnLetters(uint32_t column) {
    std::string out;
    while (column > 0) {
        const uint32_t rem = (column - 1) % 26;
        out.insert(out.begin(), char('A' + rem));
        column = (column - 1) / 26;
    }
    return out;
}

std::optional<CellRef> parseCellRef(std::string_view text) {
    size_t i = 0;
    if (i < text.size() && text[i] == '$') ++i;
    const size_t lettersStart = i;
    while (i < text.size() && ((text[i] >= 'A' && text[i] <= 'Z') || (text[i] >= 'a' && text[i] <= 'z'))) ++i;
    const uint32_t column = columnNumber(text.substr(lettersStart, i - lettersStart));
    if (column == 0) return std::nullopt;
    if (i < text.size() && text[i] == '$') ++i;
    if (i == text.size()) return std::nullopt;
    uint64_t row = 0;
    for (; i < text.size(); ++i) {
        if (text[i] < '0' || text[i] > '9') return std::nullopt;
        row = row * 10 + uint64_t(text[i] - '0');
        if (row > kMaxRow) return std::nullopt;
    }
    if (row == 0) return std::nullopt;
    return CellRef{uint32_t(row), column};
}

std::optional<CellRange> parseCellRange(std::string_view text) {
    const size_t colon = text.find(':');
    const auto first = parseCellRef(text.substr(0, colon));
    if (!first) return std::nullopt;
    if (colon == std::string_view::npos) return CellRange{*first, *first};
    const auto last = parseCellRef(text.substr(colon + 1));
    if (!last) return std::nullopt;
    return CellRange{*first, *last};
}

std::string formatCellRef(const CellRef& ref) { return columnLetters(ref.column) + std::to_string(ref.row); }

}  // namespace findings::sheetread
