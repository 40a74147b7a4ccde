// Applying the edited cells of one finding's rows to its original record.
#include <findings/excel/roundtrip/edits.hpp>

#include <findings/excel/roundtrip/cell_values.hpp>

#include <algorithm>

namespace findings::excel {
namespace {

/// What one cell says about its field.
struct Reading {
    enum class State { Absent, Unchanged, Edited, Unreadable };
    State state = State::Absent;
    std::string value;                ///< Edited: the format's new value as text
    std::vector<std::string> themes;  ///< Edited themes: the new theme ids
    std::string message;              ///< Unreadable: why
};

Reading unchanged() {
    Reading r;
    r.state = Reading::State::Unchanged;
    return r;
}

Reading edited(std::string value) {
    Reading r;
    r.state = Reading::State::Edited;
    r.value = std::move(value);
    return r;
}

Reading unreadable(std::string message) {
    Reading r;
    r.state = Reading::State::Unreadable;
    r.message = std::move(message);
    return r;
}

std::string quoted(std::string_view text) { return "\"" + std::string(text) + "\""; }

/// Free text as compared and stored: line ends as LF, no surrounding whitespace.
std::string normalText(std::string_view text) { return trimmed(cellText(text)); }

Reading readThemes(const std::string& cell, const Finding& base,
                   const ThemeIdForLabel& themeIdFor) {
    std::vector<std::string> ids;
    for (const std::string& part : splitThemeCell(cell)) {
        std::string id = themeIdFor ? themeIdFor(part) : std::string();
        // An id typed as such, or kept from an export made without a taxonomy.
        if (id.empty() &&
            std::find(base.themes.begin(), base.themes.end(), part) != base.themes.end())
            id = part;
        if (id.empty())
            return unreadable("the theme " + quoted(part) + " is not in the theme taxonomy");
        if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(std::move(id));
    }
    if (ids == base.themes) return unchanged();
    Reading r = edited(joinThemeIds(ids));
    r.themes = std::move(ids);
    return r;
}

Reading readText(const std::string& cell, const std::string& original) {
    const std::string now = normalText(cell);
    // The cell may hold the original cut to a cell's size, with line ends normalised.
    if (now == normalText(original) || now == trimmed(original)) return unchanged();
    return edited(now);
}

Reading readDue(const std::string& cell, const std::string& original) {
    if (trimmed(cell) == original) return unchanged();  // also a due value that is not a date
    const std::optional<std::string> due = dueFromCell(cell);
    if (!due) return unreadable(quoted(trimmed(cell)) + " is not a date");
    if (*due == original) return unchanged();
    // A month-only due date is written as the first of its month.
    if (original.size() == 7 && *due == original + "-01") return unchanged();
    return edited(*due);
}

Reading readStatus(const std::string& cell, const std::string& original) {
    if (trimmed(cell) == statusLabel(original)) return unchanged();
    const std::optional<std::string> status = statusFromCell(cell);
    if (!status)
        return unreadable(quoted(trimmed(cell)) +
                          " is not a status (Red, Amber, Green, Complete or Not started)");
    if (*status == original) return unchanged();
    return edited(*status);
}

Reading readPolarity(const std::string& cell, const std::string& original) {
    if (trimmed(cell) == polarityLabel(original)) return unchanged();
    const std::optional<std::string> polarity = polarityFromCell(cell);
    // Every finding has a polarity: a cleared cell is read as a slip, not as "none".
    if (!polarity || polarity->empty())
        return unreadable(quoted(trimmed(cell)) +
                          " is not a polarity (Strength, Weakness, Mixed or Neutral)");
    if (*polarity == original) return unchanged();
    return edited(*polarity);
}

Reading readReview(const std::string& cell, const std::string& original) {
    if (trimmed(cell) == reviewLabel(original)) return unchanged();
    const std::optional<std::string> review = reviewFromCell(cell);
    if (!review)
        return unreadable(quoted(trimmed(cell)) +
                          " is not a review state (Unreviewed, Confirmed or Edited)");
    // A blank cell and "unreviewed" both mean nobody has reviewed the finding.
    const std::string now = review->empty() ? "unreviewed" : *review;
    if (now == (original.empty() ? "unreviewed" : original)) return unchanged();
    return edited(now);
}

Reading readCell(Field field, const RowCells* row, const Finding& base,
                 const ThemeIdForLabel& themeIdFor) {
    if (!row) return {};
    auto it = row->find(field);
    if (it == row->end()) return {};
    const std::string& cell = it->second;
    switch (field) {
        case Field::Themes: return readThemes(cell, base, themeIdFor);
        case Field::Polarity: return readPolarity(cell, base.polarity);
        case Field::ActionText: return readText(cell, base.action.text);
        case Field::ActionOwner: return readText(cell, base.action.owner);
        case Field::ActionDue: return readDue(cell, base.action.due);
        case Field::ActionStatus: return readStatus(cell, base.action.status);
        case Field::Review: return readReview(cell, base.review);
    }
    return {};
}

void apply(Finding& f, Field field, const Reading& r) {
    switch (field) {
        case Field::Themes: f.themes = r.themes; break;
        case Field::Polarity: f.polarity = r.value; break;
        case Field::ActionText: f.action.text = r.value; break;
        case Field::ActionOwner: f.action.owner = r.value; break;
        case Field::ActionDue: f.action.due = r.value; break;
        case Field::ActionStatus: f.action.status = r.value; break;
        case Field::Review: f.review = r.value; break;
    }
}

}  // namespace

const std::vector<EditableColumn>& editableColumns() {
    static const std::vector<EditableColumn> columns{
        {Field::Themes, "Themes", true, false},
        {Field::Polarity, "Strength/weakness", true, false},
        {Field::ActionText, "Action", true, true},
        {Field::ActionOwner, "Owner", true, true},
        {Field::ActionDue, "Due", true, true},
        {Field::ActionStatus, "Status", true, true},
        {Field::Review, "Review", true, false}};
    return columns;
}

const char* columnHeader(Field field) {
    for (const auto& c : editableColumns())
        if (c.field == field) return c.header;
    return "";
}

std::string_view editSourceName(EditSource where) {
    switch (where) {
        case EditSource::FindingsSheet: return kFindingsSheetName;
        case EditSource::ActionsSheet: return kActionsSheetName;
        case EditSource::BothSheets: return "Findings and Actions";
    }
    return "";
}

EditResult applyEdits(const Finding& base, const RowCells* findingsRow, const RowCells* actionsRow,
                      const ThemeIdForLabel& themeIdFor) {
    using State = Reading::State;
    EditResult result;
    result.finding = base;
    for (Field field : kEditableFields) {
        const Reading onFindings = readCell(field, findingsRow, base, themeIdFor);
        const Reading onActions = readCell(field, actionsRow, base, themeIdFor);
        if (onFindings.state == State::Unreadable)
            result.notices.push_back({base.id, field, EditSource::FindingsSheet,
                                      findingsRow->at(field), onFindings.message});
        if (onActions.state == State::Unreadable)
            result.notices.push_back({base.id, field, EditSource::ActionsSheet,
                                      actionsRow->at(field), onActions.message});
        const bool findingsEdited = onFindings.state == State::Edited;
        const bool actionsEdited = onActions.state == State::Edited;
        if (findingsEdited && actionsEdited && onFindings.value != onActions.value) {
            result.conflicts.push_back({base.id, field, onFindings.value, onActions.value});
            continue;
        }
        if (!findingsEdited && !actionsEdited) continue;
        const Reading& winner = findingsEdited ? onFindings : onActions;
        const EditSource where = findingsEdited && actionsEdited ? EditSource::BothSheets
                                 : findingsEdited                ? EditSource::FindingsSheet
                                                                 : EditSource::ActionsSheet;
        result.changes.push_back({base.id, field, editableFieldText(base, field), winner.value, where});
        apply(result.finding, field, winner);
    }
    return result;
}

}  // namespace findings::excel
