#include "cell_table.hpp"

#include "actions_sheet.hpp"
#include "display_text.hpp"

#include <findings/excel/roundtrip.hpp>

namespace excel_bench {
namespace {

using namespace findings;
using namespace findings::excel;

Cell text(std::string s) { return {Cell::Kind::Text, 0, cellText(s)}; }
Cell number(double n) { return {Cell::Kind::Number, n, {}}; }

Cell due(const std::string& value) {
    const DueCell d = dueCell(value);
    switch (d.kind) {
        case DueCell::Kind::Date:
        case DueCell::Kind::Month: return {Cell::Kind::Date, excelSerial(d.date), {}};
        case DueCell::Kind::Text: return text(d.text);
        case DueCell::Kind::Blank: break;
    }
    return text({});
}

void dataRow(const DataRow& r, Row& out) {
    out = {text(r.kind), text(r.id), number(static_cast<double>(r.chunks.size()))};
    for (const auto& c : r.chunks) out.push_back({Cell::Kind::Text, 0, c});
}

}  // namespace

CellTable::CellTable(const findings::FindingsSet& set, const core::ThemeLabels& labels)
    : set_(set), labels_(labels), sources_(set.sources) {}

const std::string& CellTable::label(const std::string& themeId) const {
    auto it = labelCache_.find(themeId);
    if (it == labelCache_.end()) it = labelCache_.emplace(themeId, labels_.label(themeId)).first;
    return it->second;
}

const std::vector<std::string>& CellTable::findingsHeader() {
    static const std::vector<std::string> h{"Ref",
                                            "Local authority",
                                            "Source",
                                            "Visit",
                                            "Section",
                                            "Themes",
                                            "Strength/weakness",
                                            "Finding",
                                            "Summary",
                                            "Action",
                                            "Owner",
                                            "Due",
                                            "Status",
                                            "Review",
                                            "Location",
                                            "Id"};
    return h;
}

const std::vector<std::string>& CellTable::actionsHeader() {
    static const std::vector<std::string> h{
        "Ref",    "Local authority", "Source", "Themes", "Type",
        "Ofsted's words (full text)", "Action", "Owner",  "Due",    "Status",
        "Id"};
    return h;
}

void CellTable::findingsRow(std::size_t i, Row& out) const {
    const Finding& f = set_.findings[i];
    const SourceInfo* s = sources_.find(f.source);
    std::vector<std::string> themeLabels;
    for (const auto& t : f.themes) themeLabels.push_back(label(t));
    out = {number(static_cast<double>(i + 1)),
           text(s ? s->authority : std::string()),
           text(s ? s->label : f.source),
           text(s ? s->visit : std::string()),
           text(f.section),
           text(joinThemeLabels(themeLabels)),
           text(polarityLabel(f.polarity)),
           text(f.text),
           text(f.summary),
           text(f.action.text),
           text(f.action.owner),
           due(f.action.due),
           text(statusLabel(f.action.status)),
           text(reviewLabel(f.review)),
           text(locationText(f.location)),
           text(f.id)};
}

bool CellTable::actionsRow(std::size_t i, Row& out) const {
    const Finding& f = set_.findings[i];
    const SourceInfo* source = sources_.find(f.source);
    if (!ActionsSheet::wants(f, source ? source->role : std::string(),
                             ActionsSheet::isCurrent(sources_, source, false)))
        return false;
    Row full;
    findingsRow(i, full);
    // Ref, authority, source, themes, type, Ofsted's words (in full), action, owner, due,
    // status, id: the Actions sheet's columns.
    out = {full[0],  full[1],  full[2],
           full[5],  text(ActionsSheet::typeLabel(f)),  text(f.text.empty() ? f.summary : f.text),
           full[9],  full[10], full[11],
           full[12], full[15]};
    return true;
}

Row CellTable::dataMarkerRow() {
    Row row;
    for (const auto& c : markerRowCells()) row.push_back(text(c));
    return row;
}

Row CellTable::dataHeaderRow() {
    Row row;
    for (const auto& c : headerRowCells()) row.push_back(text(c));
    return row;
}

void CellTable::findingDataRow(std::size_t i, Row& out) const {
    dataRow(findingRow(set_.findings[i]), out);
}

void CellTable::sourceDataRow(std::size_t i, Row& out) const {
    dataRow(sourceRow(set_.sources[i]), out);
}

}  // namespace excel_bench
