// The finding fields a tracker column can fill, and their names as options spell them
// (map.text, map.owner, ...).
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace spreadsheet {

/// A finding field a column can be mapped to.
enum class TableField { Text, Ref, Theme, Action, Owner, Due, Status, Summary, Section, Review };

inline constexpr std::size_t kTableFieldCount = 10;

/// Every field, in the order options and messages list them.
inline constexpr std::array<TableField, kTableFieldCount> kAllTableFields{
    TableField::Text,  TableField::Ref,    TableField::Theme,   TableField::Action,
    TableField::Owner, TableField::Due,    TableField::Status,  TableField::Summary,
    TableField::Section, TableField::Review};

/// "text", "ref", "theme", "action", "owner", "due", "status", "summary", "section", "review".
std::string_view tableFieldName(TableField field);
/// "Finding text", "Reference", ... : the field's name for people (a preview's form).
std::string_view tableFieldLabel(TableField field);
/// The field called `name` (as tableFieldName spells it), or nullopt.
std::optional<TableField> tableFieldNamed(std::string_view name);
/// "text, ref, theme, ..." for messages.
const char* tableFieldList();

}  // namespace spreadsheet
