#include "model/progress_matrix.hpp"

#include "model/finding_filter.hpp"
#include "model/source_labels.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace findings::studio {

namespace {

/// Two columns must never read the same (two news articles of one day, both "2024-06-12 /
/// News article"): a one-source column whose header clashes is named by its source's
/// distinct name instead; what still clashes is numbered.
void makeHeadersUnique(std::vector<MatrixColumn>& columns, const std::vector<std::string>& names) {
    auto clashes = [&] {
        std::map<std::string, std::vector<size_t>> byHeader;
        for (size_t c = 0; c < columns.size(); ++c)
            byHeader[columns[c].label + "\n" + columns[c].subtitle].push_back(c);
        std::vector<std::vector<size_t>> out;
        for (auto& [header, which] : byHeader)
            if (which.size() > 1) out.push_back(std::move(which));
        return out;
    };
    for (const auto& group : clashes())
        for (size_t c : group)
            if (columns[c].sources.size() == 1) columns[c].subtitle = names[columns[c].sources.front()];
    for (const auto& group : clashes())
        for (size_t k = 1; k < group.size(); ++k) columns[group[k]].subtitle += " (" + std::to_string(k + 1) + ")";
}

}  // namespace

ProgressMatrix computeProgressMatrix(const findings::FindingsSet& set,
                                     const core::ThemeLabels& themes, bool includeCommentary) {
    ProgressMatrix m;
    constexpr size_t kNotAColumn = static_cast<size_t>(-1);

    // Columns: one per visit key, labelled by the source that says the most about the visit
    // (one with an ordinal wins over a news article that only has dates).
    std::unordered_map<std::string, size_t> columnOf;
    std::vector<size_t> columnOfSource(set.sources.size(), kNotAColumn);
    for (size_t i = 0; i < set.sources.size(); ++i) {
        const Source& s = set.sources[i];
        // A plan is never a visit; commentary is second-hand and counts only on request.
        if (!countsAsEvidence(s, includeCommentary)) continue;
        const std::string key = visitKey(s);
        auto [it, fresh] = columnOf.emplace(key, m.columns.size());
        if (fresh) m.columns.push_back({key, visitLabel(s), sourceSortDate(s), {}, {}});
        MatrixColumn& column = m.columns[it->second];
        column.sources.push_back(i);
        if (s.visit.ordinal != kNone && column.label.rfind("Visit ", 0) != 0)
            column.label = visitLabel(s);
        if (column.date.empty()) column.date = sourceSortDate(s);
        columnOfSource[i] = it->second;
    }
    const std::vector<std::string> names = distinctSourceNames(set.sources);
    for (MatrixColumn& column : m.columns) {
        const size_t only = column.sources.front();
        const Source& source = set.sources[only];
        if (column.sources.size() > 1) {
            column.subtitle = std::to_string(column.sources.size()) + " sources";
        } else if (column.label.rfind("Undated \u00b7 ", 0) != 0) {
            column.subtitle = source.kind.empty() ? names[only] : sourceKindLabel(source.kind);
        } else {
            // Neither visit nor date: say so on top, and name the source below.
            column.label = "Undated";
            column.subtitle = names[only];
        }
    }
    // A full report's column says what it found: "Inspection report · Inadequate".
    for (MatrixColumn& column : m.columns)
        for (size_t i : column.sources) {
            const std::string judgement = overallJudgement(set.sources[i]);
            if (judgement.empty()) continue;
            column.subtitle += (column.subtitle.empty() ? "" : " \u00b7 ") + judgement;
            break;
        }
    makeHeadersUnique(m.columns, names);
    std::vector<size_t> order(m.columns.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        const auto& x = m.columns[a];
        const auto& y = m.columns[b];
        // Undated columns go last.
        if (x.date.empty() != y.date.empty()) return y.date.empty();
        if (x.date != y.date) return x.date < y.date;
        return x.label < y.label;
    });
    std::vector<size_t> position(order.size());
    std::vector<MatrixColumn> sortedColumns;
    for (size_t p = 0; p < order.size(); ++p) {
        position[order[p]] = p;
        sortedColumns.push_back(std::move(m.columns[order[p]]));
    }
    m.columns = std::move(sortedColumns);

    std::unordered_map<std::string, size_t> sourceById;
    for (size_t i = 0; i < set.sources.size(); ++i) sourceById.emplace(set.sources[i].id, i);

    // Rows: themes that occur, in taxonomy order, then unknown ids, then "No theme".
    std::map<std::string, bool> present;  // id -> occurs
    bool unthemed = false;
    std::unordered_map<std::string, size_t> counted;  // source id -> its column
    for (size_t i = 0; i < set.sources.size(); ++i)
        if (columnOfSource[i] != kNotAColumn) counted.emplace(set.sources[i].id, i);
    auto countsHere = [&](const Finding& f) { return counted.count(f.source) && !restatesAnother(f); };
    for (const Finding& f : set.findings) {
        if (!countsHere(f)) continue;
        if (f.themes.empty()) unthemed = true;
        for (const auto& t : f.themes) present[t] = true;
    }
    for (const auto& [id, label] : themes.all())
        if (present.erase(id)) m.rows.push_back({id, progress::themeRowLabel(label)});
    for (const auto& [id, occurs] : present)
        m.rows.push_back({id, progress::themeRowLabel(themes.label(id))});
    if (unthemed) m.rows.push_back({kNoTheme, progress::kNoThemeLabel});
    std::unordered_map<std::string, size_t> rowOf;
    for (size_t r = 0; r < m.rows.size(); ++r) rowOf.emplace(m.rows[r].theme, r);

    const size_t width = m.columns.size();
    m.cells.assign(m.rows.size() * width, {});
    m.rowTotals.assign(m.rows.size(), {});
    m.columnTotals.assign(width, {});
    for (const Finding& f : set.findings) {
        auto s = sourceById.find(f.source);
        if (s == sourceById.end()) continue;  // a dangling reference has no visit to count in
        if (!countsHere(f)) continue;
        const size_t column = position[columnOfSource[s->second]];
        m.columnTotals[column].count(f.polarity);
        auto countIn = [&](const std::string& theme) {
            const size_t row = rowOf.at(theme);
            m.cells[row * width + column].count(f.polarity);
            m.rowTotals[row].count(f.polarity);
        };
        if (f.themes.empty()) countIn(kNoTheme);
        for (const auto& t : f.themes) countIn(t);
    }
    return m;
}

}  // namespace findings::studio

namespace findings::studio {

std::vector<std::string> columnHeaders(const ProgressMatrix& matrix, size_t maxChars) {
    // Lines are cut at a word ("Wyvern Children's Services…"), except a name whose telling
    // part follows a " · " ("News article · news-inspection-little-progress.txt"): cut at a
    // word it would keep only "News article…", so it is cut in the middle and keeps its end.
    auto shorten = [&](const std::string& line, bool middle) {
        if (middle) return ellipsizedMiddle(line, maxChars);
        const std::string atWord = ellipsized(line, maxChars);
        const size_t dot = line.find(" \u00b7 ");
        if (atWord != line && dot != std::string::npos && atWord.size() <= dot + std::string("\u2026").size())
            return ellipsizedMiddle(line, maxChars);
        return atWord;
    };
    auto header = [&](const MatrixColumn& c, bool middle) {
        const std::string label = shorten(c.label, false);
        return c.subtitle.empty() ? label : label + "\n" + shorten(c.subtitle, middle);
    };
    std::vector<std::string> out;
    std::map<std::string, int> uses;
    for (const MatrixColumn& c : matrix.columns) ++uses[out.emplace_back(header(c, false))];
    // Two headers that shortening made alike: cut their subtitles in the middle, where
    // names that share a start differ; any still alike are shown whole.
    for (size_t c = 0; c < out.size(); ++c)
        if (uses[out[c]] > 1) out[c] = header(matrix.columns[c], true);
    std::map<std::string, int> usesNow;
    for (const std::string& h : out) ++usesNow[h];
    for (size_t c = 0; c < out.size(); ++c)
        if (usesNow[out[c]] > 1) {
            const MatrixColumn& col = matrix.columns[c];
            out[c] = col.subtitle.empty() ? col.label : col.label + "\n" + col.subtitle;
        }
    return out;
}

}  // namespace findings::studio
