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

std::optional<TableField> tableFieldNamed(std::string_view name) {
    for (TableField f : kAllTableFields)
        if (tableFieldName(f) == name) return f;
    return std::nullopt;
}

const char* tableFieldList() {
    return "text, ref, theme, action, owner, due, status, summary, section, review";
}

}  // namespace spreadsheet
