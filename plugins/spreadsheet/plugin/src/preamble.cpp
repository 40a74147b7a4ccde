#include "preamble.hpp"

#include "cell_text.hpp"
#include "column_vocabulary.hpp"
#include "due_dates.hpp"

namespace spreadsheet {

namespace {

/// "Last updated: 03/03/2025" -> {"Last updated", "03/03/2025"}; a row of two or more cells
/// -> the first cell and the rest. Empty key when the row is no pair.
std::pair<std::string, std::string> asPair(const PreambleRow& row) {
    if (row.texts.size() >= 2) {
        std::string key(trimmedView(row.texts[0]));
        if (!key.empty() && key.back() == ':') key = std::string(trimmedView(key.substr(0, key.size() - 1)));
        std::string value;
        for (size_t i = 1; i < row.texts.size(); ++i) value += (value.empty() ? "" : " ") + row.texts[i];
        return {key, value};
    }
    const std::string& text = row.texts[0];
    const size_t colon = text.find(':');
    // A short label before the colon, and something after it.
    if (colon != std::string::npos && colon > 0 && colon <= 40 && text.find('\n') > colon) {
        std::string key(trimmedView(std::string_view(text).substr(0, colon)));
        std::string value(trimmedView(std::string_view(text).substr(colon + 1)));
        if (!key.empty() && !value.empty()) return {key, value};
    }
    return {};
}

bool isDateLabel(const std::string& key) {
    const std::string k = foldName(key);
    return k == "last updated" || k == "updated" || k == "date" || k == "as at" || k == "date updated" ||
           k == "last update" || k == "as of" || k == "date of update" || k == "version date";
}

}  // namespace

void Preamble::add(PreambleRow row) {
    if (rows_.size() < kMaxRows && !row.texts.empty()) rows_.push_back(std::move(row));
}

void Preamble::describe(findings::Source& source) const {
    for (size_t i = 0; i < rows_.size(); ++i) {
        const PreambleRow& row = rows_[i];
        auto [key, value] = asPair(row);
        if (i == 0 && key.empty() && source.title.empty()) {
            source.title = row.texts[0];
            continue;
        }
        if (key.empty()) {
            key = "Row " + std::to_string(row.row);
            for (const auto& t : row.texts) value += (value.empty() ? "" : " ") + t;
        } else if (source.date.empty() && isDateLabel(key)) {
            if (auto date = dueDateFromText(value)) source.date = *date;
        }
        if (findings::findProperty(source.properties, key)) key += " (row " + std::to_string(row.row) + ")";
        findings::setProperty(source.properties, key, value);
    }
}

}  // namespace spreadsheet
