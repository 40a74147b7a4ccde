#include "model/finding_columns.hpp"

#include "model/source_labels.hpp"

#include <cmath>

namespace findings::studio {

const std::array<Column, kColumnCount>& allColumns() {
    static const std::array<Column, kColumnCount> columns{
        Column::Source,  Column::Visit,        Column::Section, Column::Themes,    Column::Polarity,
        Column::Summary, Column::Action,       Column::Owner,   Column::Due,       Column::ActionStatus,
        Column::Review,  Column::Confidence};
    return columns;
}

const char* columnTitle(Column column) {
    switch (column) {
    case Column::Source: return "Source";
    case Column::Visit: return "Visit";
    case Column::Section: return "Section";
    case Column::Themes: return "Themes";
    case Column::Polarity: return "Strength/weakness";
    case Column::Summary: return "Summary";
    case Column::Action: return "Action";
    case Column::Owner: return "Owner";
    case Column::Due: return "Due";
    case Column::ActionStatus: return "RAG";
    case Column::Review: return "Review";
    case Column::Confidence: return "Confidence";
    }
    return "";
}

bool shownByDefault(Column column) {
    return column != Column::Action && column != Column::Owner && column != Column::Due &&
           column != Column::ActionStatus;
}

std::string themeListText(const Finding& finding, const core::ThemeLabels& themes) {
    std::string out;
    for (const auto& id : finding.themes) {
        if (!out.empty()) out += ", ";
        out += shortThemeLabel(themes.label(id));
    }
    return out;
}

std::string summaryText(const Finding& finding) {
    if (!finding.summary.empty()) return finding.summary;
    constexpr size_t kMax = 200;
    if (finding.text.size() <= kMax) return finding.text;
    // Cut at a character boundary: never inside a UTF-8 sequence.
    size_t cut = kMax;
    while (cut > 0 && (static_cast<unsigned char>(finding.text[cut]) & 0xC0) == 0x80) --cut;
    return finding.text.substr(0, cut) + "\u2026";
}

std::string confidenceText(double confidence) {
    if (confidence < 0) return {};
    return std::to_string(static_cast<int>(std::lround(confidence * 100))) + "%";
}

std::string cellText(const Finding& finding, const Source* source, Column column,
                     const core::ThemeLabels& themes) {
    switch (column) {
    case Column::Source: return source ? sourceShortName(*source) : finding.source;
    case Column::Visit: return source ? visitLabel(*source) : std::string();
    case Column::Section: return finding.section;
    case Column::Themes: return themeListText(finding, themes);
    case Column::Polarity: return enumLabel(finding.polarity);
    case Column::Summary: return summaryText(finding);
    case Column::Action: return finding.action.text;
    case Column::Owner: return finding.action.owner;
    case Column::Due: return finding.action.due;
    case Column::ActionStatus: return enumLabel(finding.action.status);
    case Column::Review: return enumLabel(finding.review.empty() ? "unreviewed" : finding.review);
    case Column::Confidence: return confidenceText(finding.confidence);
    }
    return {};
}

}  // namespace findings::studio
