#include "finding_builder.hpp"

#include "cell_text.hpp"
#include "due_dates.hpp"
#include "status_values.hpp"

#include <map>

namespace spreadsheet {

namespace {

/// True for a header naming a reference to Ofsted's points rather than the plan's own rows.
bool namesInspectionPoint(const std::string& header) {
    const std::string h = foldName(header);
    for (const char* word : {"afi", "rec ", "rec", "recommendation", "ofsted", "area for improvement"})
        if (h == word || h.rfind(std::string(word) + " ", 0) == 0) return true;
    return false;
}

}  // namespace

using findings::Finding;
using findings::sheetread::Cell;

FindingBuilder::FindingBuilder(const TableLayout& layout, const ColumnVocabulary& vocabulary,
                               const ThemeResolver& themes, const findings::classify::CallClassifier& classifier,
                               Diagnostics& diagnostics, SheetContext context)
    : layout_(layout), vocabulary_(vocabulary), themes_(themes), classifier_(classifier),
      diagnostics_(diagnostics), context_(std::move(context)), ids_(context_.sourceId) {
    for (TableField f : kAllTableFields)
        for (uint32_t c : layout_.columnsOf(f)) {
            if (isFieldColumn_.size() <= c) isFieldColumn_.resize(c + 1, false);
            isFieldColumn_[c] = true;
        }
}

const Cell* FindingBuilder::firstCell(TableField field, const RowCells& cells, bool needValue) const {
    const Cell* fallback = nullptr;
    for (uint32_t c : layout_.columnsOf(field)) {
        const Cell* cell = cells.at(c);
        if (!cell) continue;
        if (hasValue(*cell)) return cell;
        if (!fallback) fallback = cell;
    }
    return needValue ? nullptr : fallback;
}

std::string FindingBuilder::joinedValue(TableField field, const RowCells& cells) const {
    std::string out;
    for (uint32_t c : layout_.columnsOf(field))
        if (const Cell* cell = cells.at(c); cell && hasValue(*cell))
            out += (out.empty() ? "" : "\n") + cellText(*cell);
    return out;
}

std::string FindingBuilder::textOf(const RowCells& cells) const { return joinedValue(TableField::Text, cells); }

findings::DiagLocation FindingBuilder::where(const RowPlace& place, uint32_t column) const {
    return placeOf(context_.locationSheet, place.row, column, place.lineStart);
}

Finding FindingBuilder::build(const RowCells& cells, std::string text, const RowPlace& place,
                              int64_t paragraph, const std::string& heading) {
    Finding f;
    std::map<uint32_t, std::string> keptAsWritten;  // field values that did not fit their field
    auto keep = [&](const Cell& cell) { keptAsWritten[cell.column] = cellText(cell); };

    const Cell* textCell = firstCell(TableField::Text, cells, true);
    const Cell* refCell = firstCell(TableField::Ref, cells, true);
    const std::string ref = refCell ? cellText(*refCell) : std::string();
    f.id = ids_.next(ref, place.row);
    // A reference column named for Ofsted's recommendations ("AFI ref", "Rec no") says which
    // point the row answers; the linker reads it as a direct link (inspection_ref).
    if (!ref.empty() && namesInspectionPoint(layout_.fieldHeaders[size_t(TableField::Ref)]))
        findings::setProperty(f.properties, "inspection_ref", ref);
    f.source = context_.sourceId;
    f.kind = "plan_item";  // a tracker row is the council's plan, whatever its text quotes
    f.text = std::move(text);

    // Section, summary, review.
    const std::string section = joinedValue(TableField::Section, cells);
    f.section = section.empty() ? context_.section : section;
    f.paragraph = paragraph;
    const std::string summary = joinedValue(TableField::Summary, cells);
    f.summary = summary.empty() ? firstSentence(f.text) : summary;
    if (const Cell* c = firstCell(TableField::Review, cells, true)) {
        const std::string r = foldName(cellText(*c));
        if (r == "unreviewed" || r == "confirmed" || r == "edited")
            f.review = r;
        else
            keep(*c);
    }

    // The action.
    if (!layout_.textFromAction) f.action.text = joinedValue(TableField::Action, cells);
    else f.action.text = f.text;
    f.action.owner = joinedValue(TableField::Owner, cells);
    if (const Cell* c = firstCell(TableField::Due, cells, true)) {
        if (auto due = dueDateFromCell(*c)) {
            f.action.due = *due;
        } else {
            keep(*c);
            const auto at = where(place, c->column);
            diagnostics_.info("not-a-date",
                              "\"" + cellText(*c) + "\" under " + layout_.fieldHeaders[size_t(TableField::Due)] +
                                  " is not a date; kept as written in the finding's properties",
                              &at);
        }
    }
    if (const Cell* c = firstCell(TableField::Status, cells, false)) {
        if (hasValue(*c)) {
            if (auto status = statusFromText(vocabulary_, cellText(*c))) {
                f.action.status = *status;
            } else {
                keep(*c);
                const auto at = where(place, c->column);
                diagnostics_.info("unknown-status",
                                  "\"" + cellText(*c) + "\" is not a status this importer knows (Red, Amber, "
                                  "Green, Complete, Not started and their synonyms); kept as written",
                                  &at);
            }
        } else if (c->style && c->style->fillRgb) {
            if (auto status = statusFromFill(*c->style->fillRgb)) f.action.status = *status;
        }
    }

    // Themes: the theme column's, else the classifier's; polarity by position or classifier.
    bool themesFromSheet = false;
    if (const Cell* c = firstCell(TableField::Theme, cells, true)) {
        const ResolvedThemes& resolved = themes_.resolveCell(cellText(*c));
        f.themes = resolved.ids;
        themesFromSheet = !resolved.ids.empty();
        if (!resolved.unknown.empty()) {
            keep(*c);
            const auto at = where(place, c->column);
            std::string parts;
            for (const auto& u : resolved.unknown) parts += (parts.empty() ? "\"" : ", \"") + u + "\"";
            diagnostics_.info("unknown-theme",
                              parts + " matches no theme of the taxonomy; the cell is kept as written", &at);
        }
    }
    const bool polarityFromSheet = layout_.textImpliesWeakness;
    double confidence = 1.0;
    if (!themesFromSheet || !polarityFromSheet) {
        const auto classified = classifier_.classify(f.text);
        if (!themesFromSheet) f.themes = classified.themes;
        f.polarity = polarityFromSheet ? "weakness" : classified.polarity;
        // What the sheet states is certain; what the classifier inferred is as sure as it says.
        confidence = (themesFromSheet || polarityFromSheet) ? (1.0 + classified.confidence) / 2
                                                            : classified.confidence;
    } else {
        f.polarity = "weakness";
    }
    f.confidence = confidence;

    // Location of the text cell.
    f.location.sheet = context_.locationSheet;
    f.location.row = place.row;
    f.location.column = textCell ? textCell->column
                                 : (layout_.has(TableField::Text) ? layout_.columnsOf(TableField::Text).front()
                                                                  : findings::kNone);
    f.location.line_start = place.lineStart;
    f.location.line_end = place.lineEnd;

    // Every other column, in column order, under its header; a field's value that did not
    // fit the field sits at its column's place under the field column's header.
    for (const Cell& cell : cells.cells()) {
        const bool field = cell.column < isFieldColumn_.size() && isFieldColumn_[cell.column];
        if (field) {
            auto kept = keptAsWritten.find(cell.column);
            if (kept != keptAsWritten.end())
                findings::setProperty(f.properties, layout_.headerName(cell.column), kept->second);
            continue;
        }
        if (!hasValue(cell)) continue;
        f.properties.emplace_back(layout_.propertyName(cell.column), cellText(cell));
    }
    if (!heading.empty()) findings::setProperty(f.properties, "Heading", heading);
    return f;
}

}  // namespace spreadsheet
