// findings/sdk/editable_fields.hpp — the fields of a finding that people may edit outside
// the app and that a merge carries back.
//
// An exporter that offers a round trip (the Excel workbook) lets a manager edit these fields
// and nothing else; `findings merge` and the desktop app's File › Merge Edited Workbook take
// only these fields from an edited copy. This is the one list: the host's merge, the Excel
// round trip and FORMAT.md all follow it, so a field cannot be editable in one and silently
// dropped by another.
#pragma once

#include "records.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace findings {

/// A field of a finding that people may edit and a merge carries back.
enum class EditableField {
    Themes,        ///< `themes`: the theme ids
    Polarity,      ///< `polarity`: strength, weakness, mixed or neutral
    ActionText,    ///< `action.text`: what is to be done
    ActionOwner,   ///< `action.owner`: who leads it
    ActionDue,     ///< `action.due`: YYYY-MM-DD or YYYY-MM
    ActionStatus,  ///< `action.status`: not_started, red, amber, green, complete or ""
    Review,        ///< `review`: unreviewed, confirmed or edited
};

/// Every editable field, in the order reports list them.
inline constexpr EditableField kEditableFields[] = {
    EditableField::Themes,      EditableField::Polarity,    EditableField::ActionText,
    EditableField::ActionOwner, EditableField::ActionDue,   EditableField::ActionStatus,
    EditableField::Review};

/// The field's path in the findings format, as change reports name it: "themes",
/// "polarity", "action.text", "action.owner", "action.due", "action.status", "review".
constexpr std::string_view editableFieldName(EditableField field) {
    switch (field) {
        case EditableField::Themes: return "themes";
        case EditableField::Polarity: return "polarity";
        case EditableField::ActionText: return "action.text";
        case EditableField::ActionOwner: return "action.owner";
        case EditableField::ActionDue: return "action.due";
        case EditableField::ActionStatus: return "action.status";
        case EditableField::Review: return "review";
    }
    return {};
}

/// The field whose editableFieldName() is `name`, or nullopt.
inline std::optional<EditableField> editableFieldNamed(std::string_view name) {
    for (EditableField field : kEditableFields)
        if (editableFieldName(field) == name) return field;
    return std::nullopt;
}

/// Theme ids as one text, as change reports show them: "workforce; care_leavers".
inline std::string joinThemeIds(const std::vector<std::string>& themes) {
    std::string joined;
    for (const std::string& theme : themes) joined += (joined.empty() ? "" : "; ") + theme;
    return joined;
}

/// The field's value in `finding` as one text, for comparing and reporting: theme ids
/// joined with "; ", and "unreviewed" for an empty review (the two mean the same).
inline std::string editableFieldText(const Finding& finding, EditableField field) {
    switch (field) {
        case EditableField::Themes: return joinThemeIds(finding.themes);
        case EditableField::Polarity: return finding.polarity;
        case EditableField::ActionText: return finding.action.text;
        case EditableField::ActionOwner: return finding.action.owner;
        case EditableField::ActionDue: return finding.action.due;
        case EditableField::ActionStatus: return finding.action.status;
        case EditableField::Review: return finding.review.empty() ? "unreviewed" : finding.review;
    }
    return {};
}

/// Copies one field's value from `from` into `to`, leaving every other field of `to` alone.
inline void copyEditableField(const Finding& from, Finding& to, EditableField field) {
    switch (field) {
        case EditableField::Themes: to.themes = from.themes; break;
        case EditableField::Polarity: to.polarity = from.polarity; break;
        case EditableField::ActionText: to.action.text = from.action.text; break;
        case EditableField::ActionOwner: to.action.owner = from.action.owner; break;
        case EditableField::ActionDue: to.action.due = from.action.due; break;
        case EditableField::ActionStatus: to.action.status = from.action.status; break;
        case EditableField::Review: to.review = from.review; break;
    }
}

}  // namespace findings
