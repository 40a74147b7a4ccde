#include "model/followup_grid.hpp"

#include <findings/sdk/followup_colours.hpp>

#include "model/source_labels.hpp"

#include <ctime>

namespace findings::studio {

namespace {

std::string capitalised(std::string text) {
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
    return text;
}

}  // namespace

std::string reportChoiceLabel(const findings::FindingsSet& set, const followup::Block& block, bool withAuthority) {
    const Source& report = set.sources.at(block.report);
    std::string label;
    if (withAuthority && !report.local_authority.empty()) label = report.local_authority + " \u00b7 ";
    label += sourceKindLabel(report.kind);
    const std::string date = followup::placeDate(report);
    label += " \u00b7 " + (date.empty() ? std::string("undated") : date);
    const std::string judgement = followup::overallJudgement(report);
    if (!judgement.empty()) label += " \u00b7 " + judgement;
    label += " \u00b7 " + std::to_string(block.rows.size()) + (block.rows.size() == 1 ? " point" : " points");
    return label;
}

std::string followUpColumnHeader(const Source& source) {
    std::string header = sourceKindLabel(source.kind);
    const std::string date = followup::placeDate(source);
    header += "\n" + (date.empty() ? std::string("undated") : date);
    if (followup::isFullReport(source)) {
        const std::string judgement = followup::overallJudgement(source);
        if (!judgement.empty()) header += "\n" + capitalised(judgement);
    }
    return header;
}

std::string followUpCellText(const followup::Cell& cell) {
    std::string text = capitalised(followup::stanceLabel(cell.stance));
    if (cell.onlyProposed && !cell.findings.empty()) text += " (proposed)";
    return text;
}

std::string followUpCellTooltip(const followup::Cell& cell) {
    if (cell.findings.empty()) return "No finding of this visit is linked to this point.";
    std::string tip = "\u201c" + cell.quote + "\u201d";
    if (cell.findings.size() > 1)
        tip += "\n(and " + std::to_string(cell.findings.size() - 1) + " more finding" +
               (cell.findings.size() == 2 ? "" : "s") + ")";
    tip += "\nClick to show these findings in the table.";
    return tip;
}

Rgb stanceColour(followup::CellStance stance) {
    const std::uint32_t fill = followup::stanceFill(stance);  // the colour every view uses
    return {static_cast<unsigned char>(fill >> 16), static_cast<unsigned char>(fill >> 8),
            static_cast<unsigned char>(fill)};
}

std::string planItemText(const Finding& item, std::string_view today, size_t maxCodePoints) {
    const std::string& what = !item.action.text.empty() ? item.action.text
                              : !item.summary.empty()   ? item.summary
                                                        : item.text;
    std::string details;
    auto add = [&](const std::string& part) {
        if (part.empty()) return;
        details += (details.empty() ? "" : " \u00b7 ") + part;
    };
    add(item.action.owner);
    if (!item.action.due.empty()) add("due " + item.action.due);
    if (!item.action.status.empty()) add(enumLabel(item.action.status));
    if (followup::isOverdue(item.action, today)) add("overdue");
    std::string text = ellipsized(what, maxCodePoints);
    if (!details.empty()) text += " \u2014 " + details;
    return text;
}

std::string planItemsText(const findings::FindingsSet& set, const followup::Row& row, std::string_view today,
                          size_t maxCodePoints) {
    if (row.planItems.empty()) return kNoPlanItem;
    std::string text;
    for (size_t item : row.planItems) {
        if (!text.empty()) text += "\n";
        text += planItemText(set.findings.at(item), today, maxCodePoints);
    }
    return text;
}

std::vector<std::string> cellFindingIds(const findings::FindingsSet& set, const followup::Cell& cell) {
    std::vector<std::string> ids;
    for (size_t f : cell.findings) ids.push_back(set.findings.at(f).id);
    return ids;
}

}  // namespace findings::studio
