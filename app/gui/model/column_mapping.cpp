#include "model/column_mapping.hpp"

#include <algorithm>
#include <cctype>

namespace findings::studio {

const std::vector<MappableField>& mappableFields() {
    static const std::vector<MappableField> fields{
        {"text", "Finding text"}, {"ref", "Reference"}, {"section", "Section"},
        {"theme", "Theme"},       {"action", "Action"},  {"owner", "Owner"},
        {"due", "Due date"},      {"status", "Status (RAG)"}, {"summary", "Summary"},
        {"review", "Review state"}};
    return fields;
}

std::string ColumnMapping::columnFor(const std::string& field) const {
    for (const auto& [f, header] : columns)
        if (f == field) return header;
    return {};
}

void ColumnMapping::setColumn(const std::string& field, const std::string& header) {
    for (auto& [f, h] : columns)
        if (f == field) {
            h = header;
            return;
        }
    columns.emplace_back(field, header);
}

namespace {

std::string normalised(const std::string& s) {
    std::string out;
    for (unsigned char c : s) {
        if (std::isalnum(c)) out += static_cast<char>(std::tolower(c));
        else if (!out.empty() && out.back() != ' ') out += ' ';
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

/// Header names councils use for each field (normalised: lower case, words only).
const std::vector<std::pair<std::string, std::vector<std::string>>>& synonyms() {
    static const std::vector<std::pair<std::string, std::vector<std::string>>> table{
        {"text", {"area for improvement", "finding", "ofsted finding", "recommendation",
                  "areas for improvement", "issue", "weakness", "finding text", "description"}},
        {"ref", {"ref", "no", "reference", "id", "ref no", "number"}},
        {"section", {"section", "area", "judgement area", "category"}},
        {"theme", {"theme", "themes", "topic", "workstream"}},
        {"action", {"action", "actions", "action required", "planned action", "what we will do"}},
        {"owner", {"lead officer", "owner", "lead", "responsible officer", "responsible"}},
        {"due", {"target date", "due", "due date", "deadline", "by when", "timescale"}},
        {"status", {"rag", "status", "rag status", "progress rating"}},
        {"summary", {"summary"}},
        {"review", {"review", "review state"}}};
    return table;
}

bool isNumber(const std::string& s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](unsigned char c) {
        return std::isdigit(c) || c == '.' || c == '-' || c == '/' || c == ' ';
    });
}

size_t knownNames(const CsvRow& row) {
    size_t n = 0;
    for (const auto& cell : row) {
        const std::string key = normalised(cell);
        for (const auto& [field, names] : synonyms())
            if (std::find(names.begin(), names.end(), key) != names.end()) {
                ++n;
                break;
            }
    }
    return n;
}

}  // namespace

size_t guessHeaderRow(const std::vector<CsvRow>& rows) {
    size_t best = 0, bestKnown = 0, bestText = 0;
    for (size_t r = 0; r < rows.size() && r < 30; ++r) {
        const size_t known = knownNames(rows[r]);
        size_t text = 0;
        for (const auto& cell : rows[r]) text += !cell.empty() && !isNumber(cell);
        if (known > bestKnown || (known == bestKnown && known == 0 && text > bestText + 1)) {
            best = r;
            bestKnown = known;
            bestText = text;
        }
    }
    return best;
}

ColumnMapping guessMapping(const std::vector<CsvRow>& rows, size_t headerRow) {
    ColumnMapping mapping;
    mapping.headerRow = headerRow;
    for (const auto& f : mappableFields()) mapping.columns.emplace_back(f.field, "");
    if (headerRow >= rows.size()) return mapping;
    const CsvRow& header = rows[headerRow];
    std::vector<bool> used(header.size(), false);
    for (const auto& [field, names] : synonyms()) {
        // The earliest synonym wins ("Area for improvement" before "Finding").
        for (const auto& name : names) {
            bool found = false;
            for (size_t c = 0; c < header.size() && !found; ++c)
                if (!used[c] && normalised(header[c]) == name) {
                    used[c] = true;
                    mapping.setColumn(field, header[c]);
                    found = true;
                }
            if (found) break;
        }
    }
    return mapping;
}

Properties mappingOptions(const ColumnMapping& mapping,
                          const std::function<bool(const std::string&)>& declares) {
    Properties options;
    if (declares("header_row")) options.emplace_back("header_row", std::to_string(mapping.headerRow + 1));
    for (const auto& [field, header] : mapping.columns) {
        if (header.empty()) continue;
        const std::string key = "map." + field;
        if (declares(key)) options.emplace_back(key, header);
    }
    return options;
}

}  // namespace findings::studio
