#include "table_fields.hpp"

namespace spreadsheet {

std::string_view tableFieldName(TableField field) {
    switch (field) {
    case TableField::Text: return "text";
    case TableField::Ref: return "ref";
    case TableField::Theme: return "theme";
    case TableField::Action: return "action";
    case TableField::Owner: return "owner";
    case TableField::Due: return "due";
    case TableField::Status: return "status";
    case TableField::Summary: return "summary";
    case TableField::Section: return "section";
    case TableField::Review: return "review";
    }
    return "text";
}

std::string_view tableFieldLabel(TableField field) {
    switch (field) {
    case TableField::Text: return "Finding text";
    case TableField::Ref: return "Reference";
    case TableField::Theme: return "Theme";
    case TableField::Action: return "Action";
    case TableField::Owner: return "Owner";
    case TableField::Due: return "Due date";
    case TableField::Status: return "Status (RAG)";
    case TableField::Summary: return "Summary";
    case TableField::Section: return "Section";
    case TableField::Review: return "Review state";
    }
    return "Finding text";
}

std::optional<TableField> tableFieldNamed(std::string_view name) {
    for (TableField f : kAllTableFields)
        if (tableFieldName(f) == name) return f;
    return std::nullopt;
}

const char* tableFieldList() {
    return "text, ref, theme, action, owner, due, status, summary, section, review";
}

}  // namespace spreadsheet
