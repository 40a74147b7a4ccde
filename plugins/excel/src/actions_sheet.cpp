#include "actions_sheet.hpp"

#include "cell_rules.hpp"
#include "cell_writer.hpp"
#include "display_text.hpp"
#include "row_layout.hpp"
#include "xlsx_error.hpp"

#include <findings/excel/roundtrip/cell_values.hpp>
#include <findings/excel/roundtrip/edits.hpp>
#include <findings/sdk/followup.hpp>

#include <algorithm>
#include <utility>

namespace findings::excel {
namespace {

enum Col : lxw_col_t {
    kRef,
    kAuthority,
    kSource,
    kThemes,
    kPolarity,
    kFinding,
    kAction,
    kOwner,
    kDue,
    kStatus,
    kId,
    kColumnCount
};

struct Spec {
    const char* header;
    double width;
};

// The editable columns keep the headers the round trip reads (columnHeader()).
const Spec kColumns[kColumnCount] = {
    {"Ref", 5},
    {"Local authority", 11},
    {"Source", 20},
    {"Themes", 16},
    {"Type", 12},
    {"Ofsted's words (full text)", 52},
    {columnHeader(Field::ActionText), 36},
    {columnHeader(Field::ActionOwner), 14},
    {columnHeader(Field::ActionDue), 10},
    {columnHeader(Field::ActionStatus), 10},
    {kIdHeader, 24},
};

}  // namespace

std::string ActionsSheet::typeLabel(const Finding& f) {
    const std::string_view kind = kindOf(f);
    if (kind == "improvement_point") return "Area for improvement";
    if (kind == "plan_item") return "Plan item";
    return polarityLabel(f.polarity);
}

namespace {

constexpr double kHeaderHeight = 30;

}  // namespace

ActionsSheet::ActionsSheet(SheetContext& context, lxw_worksheet* sheet, std::string password)
    : context_(context), sheet_(sheet), password_(std::move(password)) {
    lxw_row_col_options hidden{};
    hidden.hidden = LXW_TRUE;
    for (lxw_col_t i = 0; i < kColumnCount; ++i)
        checkLxw(worksheet_set_column_opt(sheet_, i, i, kColumns[i].width, nullptr,
                                          i == kId ? &hidden : nullptr),
                 "setting the column widths of the Actions sheet");
    setRowHeight(sheet_, kName, 0, kHeaderHeight);
    for (lxw_col_t i = 0; i < kColumnCount; ++i)
        writeText(sheet_, kName, 0, i, kColumns[i].header, context_.styles.header);
    worksheet_freeze_panes(sheet_, 1, 0);
}

bool ActionsSheet::isCurrent(const SourceCatalog& catalog, const SourceInfo* source,
                             bool includeOlder) {
    if (includeOlder || !source || source->placeDate.empty()) return true;
    const std::string& latest = catalog.latestFullReportDate(source->authority);
    return latest.empty() || source->placeDate >= latest;
}

bool ActionsSheet::wants(const Finding& f, std::string_view sourceRole, bool current) {
    return !f.action.empty() || (current && followup::callsForAction(f, sourceRole));
}

void ActionsSheet::add(const FindingRow& row) {
    const Finding& f = row.finding;
    Styles& st = context_.styles;
    const lxw_row_t r = nextRow_++;
    const std::string themes = joinThemeLabels(row.themeLabels);
    const std::string& finding = f.text.empty() ? f.summary : f.text;
    const std::string type = ActionsSheet::typeLabel(f);
    static const std::string none;
    // A finding whose source the set lacks shows the source id under Source, nothing else.
    const std::string& authority = row.source ? row.source->authority : none;
    const std::string& source = row.source ? row.source->label : f.source;

    const std::pair<const std::string*, Col> wrapped[] = {
        {&authority, kAuthority}, {&source, kSource},        {&themes, kThemes},
        {&finding, kFinding},     {&f.action.text, kAction}, {&f.action.owner, kOwner},
        {&type, kPolarity}};
    int lines = 1;
    for (const auto& [text, col] : wrapped)
        lines = std::max(lines, wrappedLines(*text, kColumns[col].width));
    setRowHeight(sheet_, kName, r, rowHeightFor(lines));

    writeNumber(sheet_, kName, r, kRef, static_cast<double>(row.ref), st.number);
    writeText(sheet_, kName, r, kAuthority, authority, st.text);
    writeText(sheet_, kName, r, kSource, source, st.text);
    writeText(sheet_, kName, r, kThemes, themes, st.text);
    writeText(sheet_, kName, r, kPolarity, type,
              kindOf(f) == "improvement_point" ? st.weakness : st.polarity(f.polarity));
    writeText(sheet_, kName, r, kFinding, finding, st.text);
    writeText(sheet_, kName, r, kAction, f.action.text, st.unlockedText);
    writeText(sheet_, kName, r, kOwner, f.action.owner, st.unlockedText);
    writeDue(sheet_, kName, r, kDue, f.action.due, st.unlockedDate, st.unlockedMonth,
             st.unlockedCentred);
    writeText(sheet_, kName, r, kStatus, statusLabel(f.action.status), st.unlockedCentred);
    writeText(sheet_, kName, r, kId, f.id, st.text);
}

void ActionsSheet::finish() {
    const lxw_row_t lastRow = nextRow_ - 1;
    if (lastRow >= 1) {
        addStatusRules(sheet_, kName, context_.styles, 1, lastRow, kStatus);
        addDateValidation(sheet_, kName, 1, lastRow, kDue);
    }
    std::vector<const char*> headers;
    for (const auto& c : kColumns) headers.push_back(c.header);
    finishDataRange(context_, sheet_, kName, kTableName, kRangeName, headers, lastRow);
    // Locked cells stay selectable so people can read and copy them; filters, sorting and
    // column widths stay usable.
    lxw_protection protection{};
    protection.autofilter = LXW_TRUE;
    protection.sort = LXW_TRUE;
    protection.format_columns = LXW_TRUE;
    protection.format_rows = LXW_TRUE;
    worksheet_protect(sheet_, password_.empty() ? nullptr : password_.c_str(), &protection);
    applyPrintSetup(sheet_, context_, kName, 0, 0);
}

}  // namespace findings::excel
