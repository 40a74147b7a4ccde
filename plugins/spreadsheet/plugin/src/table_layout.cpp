#include "table_layout.hpp"

#include <findings/sheetread/cell_ref.hpp>

#include <algorithm>
#include <set>

namespace spreadsheet {

namespace {

/// The vocabulary's view of a column: the most specific header part first ("Due" under
/// "Dates"), then the whole name.
std::optional<FieldMatch> matchColumn(const HeaderColumn& c, const ColumnVocabulary& vocabulary) {
    for (auto it = c.parts.rbegin(); it != c.parts.rend(); ++it)
        if (auto m = vocabulary.fieldFor(*it)) return m;
    if (c.parts.size() > 1) return vocabulary.fieldFor(c.displayName());
    return std::nullopt;
}

bool namesHeader(const HeaderColumn& c, const std::string& foldedWanted) {
    if (foldName(c.displayName()) == foldedWanted) return true;
    for (const auto& p : c.parts)
        if (foldName(p) == foldedWanted) return true;
    return false;
}

/// True when `a` is a better column for a field than `b`.
bool better(const FieldMatch& a, uint32_t aColumn, const FieldMatch& b, uint32_t bColumn) {
    if (a.exact != b.exact) return a.exact;
    if (a.rank != b.rank) return a.rank < b.rank;
    return aColumn < bColumn;
}

}  // namespace

std::string HeaderColumn::displayName() const {
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : " / ") + p;
    return out;
}

std::string TableLayout::propertyName(uint32_t column) const {
    auto it = propertyNames.find(column);
    if (it != propertyNames.end()) return it->second;
    return "Column " + findings::sheetread::columnLetters(column);
}

std::string TableLayout::headerName(uint32_t column) const {
    for (const auto& c : header)
        if (c.column == column && !c.displayName().empty()) return c.displayName();
    return "Column " + findings::sheetread::columnLetters(column);
}

std::string TableLayout::headerList() const {
    std::string out;
    for (const auto& c : header) {
        const std::string name = c.displayName();
        if (name.empty()) continue;
        if (!out.empty()) out += ", ";
        out += name;
    }
    return out;
}

HeaderScore scoreHeader(const std::vector<HeaderColumn>& columns, const ColumnVocabulary& vocabulary,
                        const std::vector<ExplicitMapping>& mappings) {
    HeaderScore score;
    std::set<std::string> seen;
    for (const auto& c : columns) {
        const std::string name = c.displayName();
        if (name.empty() || !seen.insert(foldName(name)).second) continue;
        bool known = false;
        for (const auto& p : c.parts) known = known || vocabulary.isKnownColumn(p);
        if (!known) continue;
        ++score.knownColumns;
        if (auto m = matchColumn(c, vocabulary))
            score.namesFindingText = score.namesFindingText || m->field == TableField::Text ||
                                     m->field == TableField::Action;
    }
    size_t wanted = 0, found = 0;
    for (const auto& m : mappings) {
        if (m.header.empty()) continue;
        ++wanted;
        const std::string folded = foldName(m.header);
        if (std::any_of(columns.begin(), columns.end(),
                        [&](const HeaderColumn& c) { return namesHeader(c, folded); }))
            ++found;
    }
    score.namesMappedHeaders = wanted > 0 && found == wanted;
    return score;
}

TableLayout buildLayout(std::vector<HeaderColumn> header, uint32_t firstRow, uint32_t lastRow,
                        const ColumnVocabulary& vocabulary, const std::vector<ExplicitMapping>& mappings) {
    TableLayout layout;
    layout.headerFirstRow = firstRow;
    layout.headerLastRow = lastRow;
    std::sort(header.begin(), header.end(),
              [](const HeaderColumn& a, const HeaderColumn& b) { return a.column < b.column; });
    layout.header = std::move(header);

    // 1. The vocabulary's choice: per field the best column (exact over prefix, earlier name,
    //    leftmost). A header merged over several columns gives the field all of them.
    std::array<std::optional<std::pair<FieldMatch, uint32_t>>, kTableFieldCount> best;
    for (const auto& c : layout.header) {
        if (c.spanFirst != c.column) continue;  // judged once per merged header cell
        auto m = matchColumn(c, vocabulary);
        if (!m) continue;
        auto& slot = best[size_t(m->field)];
        if (!slot || better(*m, c.column, slot->first, slot->second)) slot = std::make_pair(*m, c.column);
    }
    std::array<uint32_t, kTableFieldCount> chosen{};  // span-first column, 0 = none
    for (size_t f = 0; f < kTableFieldCount; ++f)
        if (best[f]) chosen[f] = best[f]->second;

    // 2. Explicit options override, and a column serves one field only.
    for (const auto& m : mappings) {
        const size_t f = size_t(m.field);
        if (m.header.empty()) {
            chosen[f] = 0;
            continue;
        }
        const std::string folded = foldName(m.header);
        const auto it = std::find_if(layout.header.begin(), layout.header.end(),
                                     [&](const HeaderColumn& c) { return namesHeader(c, folded); });
        if (it == layout.header.end())
            throw LayoutError("option map." + std::string(tableFieldName(m.field)) + ": no column \"" +
                              m.header + "\" in the header on row " + std::to_string(firstRow) +
                              " (columns: " + layout.headerList() + ")");
        for (size_t g = 0; g < kTableFieldCount; ++g)
            if (chosen[g] == it->spanFirst) chosen[g] = 0;
        chosen[f] = it->spanFirst;
    }

    // 3. The finding text: its own column, else the action column.
    const size_t text = size_t(TableField::Text), action = size_t(TableField::Action);
    if (!chosen[text]) {
        if (!chosen[action])
            throw LayoutError("no column for the finding text in the header on row " +
                              std::to_string(firstRow) + " (columns: " + layout.headerList() +
                              "); name it with map.text=HEADER");
        layout.textFromAction = true;
    }

    std::set<uint32_t> mappedColumns;
    for (size_t f = 0; f < kTableFieldCount; ++f) {
        if (!chosen[f]) continue;
        for (const auto& c : layout.header)
            if (c.spanFirst == chosen[f]) {
                layout.fieldColumns[f].push_back(c.column);
                mappedColumns.insert(c.column);
                if (layout.fieldHeaders[f].empty()) layout.fieldHeaders[f] = c.displayName();
            }
    }
    if (layout.textFromAction) {
        layout.fieldColumns[text] = layout.fieldColumns[action];
        layout.fieldHeaders[text] = layout.fieldHeaders[action];
    }
    layout.textImpliesWeakness = !layout.textFromAction && vocabulary.impliesWeakness(layout.fieldHeaders[text]);

    // 4. Every other column is a property under its header text, repeats numbered.
    std::map<std::string, int> used;
    for (const auto& c : layout.header) {
        layout.lastHeaderColumn = std::max(layout.lastHeaderColumn, c.column);
        if (mappedColumns.count(c.column)) continue;
        std::string name = c.displayName();
        if (name.empty()) name = "Column " + findings::sheetread::columnLetters(c.column);
        const int n = ++used[name];
        if (n > 1) name += " (" + std::to_string(n) + ")";
        layout.propertyNames[c.column] = name;
    }
    return layout;
}

}  // namespace spreadsheet
