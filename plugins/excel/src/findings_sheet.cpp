#include "findings_sheet.hpp"

#include "cell_rules.hpp"
#include "cell_writer.hpp"
#include "display_text.hpp"
#include "row_layout.hpp"
#include "xlsx_error.hpp"

#include <findings/excel/roundtrip/cell_values.hpp>
#include <findings/excel/roundtrip/edits.hpp>

#include <algorithm>

namespace findings::excel {
namespace {

/// Height of the header row: two lines of bold text.
constexpr double kHeaderHeight = 30;

}  // namespace

FindingsSheet::FindingsSheet(SheetContext& context, lxw_worksheet* sheet, bool fullText)
    : context_(context), sheet_(sheet) {
    using C = Column;
    columns_ = {{C::Ref, "Ref", 6, false},
                {C::Authority, "Local authority", 14, true},
                {C::Source, "Source", 28, true},
                {C::Visit, "Visit", 9, true},
                {C::Section, "Section", 18, true},
                {C::Themes, columnHeader(Field::Themes), 28, true},
                {C::Polarity, columnHeader(Field::Polarity), 16, false},
                {C::Finding, "Finding", 70, true},
                {C::Summary, "Summary", 34, true},
                {C::Action, columnHeader(Field::ActionText), 34, true},
                {C::Owner, columnHeader(Field::ActionOwner), 16, true},
                {C::Due, columnHeader(Field::ActionDue), 12, false},
                {C::Status, columnHeader(Field::ActionStatus), 12, false},
                {C::Review, columnHeader(Field::Review), 12, false},
                {C::Location, "Location", 16, true},
                {C::Id, kIdHeader, 24, false}};
    if (!fullText)
        columns_.erase(std::remove_if(columns_.begin(), columns_.end(),
                                      [](const ColumnSpec& c) { return c.column == C::Finding; }),
                       columns_.end());
    lxw_row_col_options hidden{};
    hidden.hidden = LXW_TRUE;
    for (lxw_col_t i = 0; i < columns_.size(); ++i) {
        const bool isId = columns_[i].column == C::Id;
        checkLxw(worksheet_set_column_opt(sheet_, i, i, columns_[i].width, nullptr,
                                          isId ? &hidden : nullptr),
                 "setting the column widths of the Findings sheet");
    }
    setRowHeight(sheet_, kName, 0, kHeaderHeight);
    for (lxw_col_t i = 0; i < columns_.size(); ++i)
        writeText(sheet_, kName, 0, i, columns_[i].header, context_.styles.header);
    worksheet_freeze_panes(sheet_, 1, 0);
}

lxw_col_t FindingsSheet::indexOf(Column column) const {
    for (lxw_col_t i = 0; i < columns_.size(); ++i)
        if (columns_[i].column == column) return i;
    return static_cast<lxw_col_t>(columns_.size());
}

void FindingsSheet::add(const FindingRow& row) {
    const Finding& f = row.finding;
    Styles& st = context_.styles;
    const lxw_row_t r = nextRow_++;
    const std::string themes = joinThemeLabels(row.themeLabels);
    const std::string location = locationText(f.location);
    static const std::string none;
    // A finding whose source the set lacks shows the source id under Source, nothing else.
    const std::string& authority = row.source ? row.source->authority : none;
    const std::string& sourceLabel = row.source ? row.source->label : f.source;
    const std::string& visit = row.source ? row.source->visit : none;

    auto textOf = [&](Column c) -> const std::string& {
        switch (c) {
            case Column::Authority: return authority;
            case Column::Source: return sourceLabel;
            case Column::Visit: return visit;
            case Column::Section: return f.section;
            case Column::Themes: return themes;
            case Column::Finding: return f.text;
            case Column::Summary: return f.summary;
            case Column::Action: return f.action.text;
            case Column::Owner: return f.action.owner;
            case Column::Location: return location;
            case Column::Id: return f.id;
            default: return none;
        }
    };
    int lines = 1;
    for (const auto& spec : columns_)
        if (spec.wraps) lines = std::max(lines, wrappedLines(textOf(spec.column), spec.width));
    setRowHeight(sheet_, kName, r, rowHeightFor(lines));

    for (lxw_col_t i = 0; i < columns_.size(); ++i) {
        const Column c = columns_[i].column;
        switch (c) {
            case Column::Ref:
                writeNumber(sheet_, kName, r, i, static_cast<double>(row.ref), st.number);
                break;
            case Column::Visit: writeText(sheet_, kName, r, i, visit, st.textCentred); break;
            case Column::Polarity:
                writeText(sheet_, kName, r, i, polarityLabel(f.polarity), st.polarity(f.polarity));
                break;
            case Column::Due:
                writeDue(sheet_, kName, r, i, f.action.due, st.date, st.month, st.textCentred);
                break;
            case Column::Status:
                writeText(sheet_, kName, r, i, statusLabel(f.action.status), st.textCentred);
                break;
            case Column::Review:
                writeText(sheet_, kName, r, i, reviewLabel(f.review), st.textCentred);
                break;
            default: writeText(sheet_, kName, r, i, textOf(c), st.text); break;
        }
    }
}

void FindingsSheet::finish() {
    const lxw_row_t lastRow = nextRow_ - 1;
    if (lastRow >= 1) {
        addStatusRules(sheet_, kName, context_.styles, 1, lastRow, indexOf(Column::Status));
        addListValidation(sheet_, kName, 1, lastRow, indexOf(Column::Polarity), polarityChoices(),
                          "Strength/weakness", "Choose Strength, Weakness, Mixed or Neutral.");
        addListValidation(sheet_, kName, 1, lastRow, indexOf(Column::Review), reviewChoices(),
                          "Review", "Choose Unreviewed, Confirmed or Edited.");
        addDateValidation(sheet_, kName, 1, lastRow, indexOf(Column::Due));
    }
    std::vector<const char*> headers;
    for (const auto& c : columns_) headers.push_back(c.header);
    finishDataRange(context_, sheet_, kName, kTableName, kRangeName, headers, lastRow);
    applyPrintSetup(sheet_, context_, kName, 0, 0);
}

}  // namespace findings::excel
