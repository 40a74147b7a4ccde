// The manager's edits: which columns of the Findings and Actions sheets are editable, and the
// pure function that applies one finding's edited cells to its original record.
//
// A cell counts as edited only when it no longer says what the exporter wrote: an untouched
// "Amber" is amber, an untouched "Mar 2025" due date still means "2025-03", untouched theme
// labels still mean the original theme ids. When both sheets changed one field, the same new
// value is one change; different new values are a conflict and the original is kept. A cell
// that cannot be read (a status "Purple", a due date "soon", a theme label the taxonomy does
// not know) gives a notice and the original is kept. Nothing but the editable fields is ever
// taken from the visible sheets.
#pragma once

#include <findings/sdk/editable_fields.hpp>
#include <findings/sdk/records.hpp>

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace findings::excel {

/// Names of the visible sheets that carry editable cells.
inline constexpr const char* kFindingsSheetName = "Findings";
inline constexpr const char* kActionsSheetName = "Actions";
/// Header of the hidden column holding each row's finding id, on both sheets.
inline constexpr const char* kIdHeader = "Id";

/// A field a manager may edit: the SDK's one list (findings/sdk/editable_fields.hpp), so the
/// workbook carries back exactly what the host's merge takes. Its name in reports is
/// editableFieldName(field), its value as text editableFieldText(finding, field).
using Field = EditableField;

/// An editable column: its field, its header text, and the sheets it appears on.
struct EditableColumn {
    Field field;
    const char* header;
    bool onFindingsSheet;
    bool onActionsSheet;
};
/// Every editable column, one per editable field: Themes, Strength/weakness and Review on
/// Findings only; Action, Owner, Due and Status on both sheets.
const std::vector<EditableColumn>& editableColumns();
/// The header of the column holding `field` ("Themes", "Strength/weakness", "Action", "Owner",
/// "Due", "Status", "Review").
const char* columnHeader(Field field);

/// The editable cells of one row as text, by field: a field absent from the map was not on
/// the sheet; a blank cell is "". Dates may be ISO text or an Excel serial number.
using RowCells = std::map<Field, std::string>;

/// Where an edit was found.
enum class EditSource { FindingsSheet, ActionsSheet, BothSheets };
/// "Findings", "Actions" or "Findings and Actions".
std::string_view editSourceName(EditSource where);

/// One field the manager changed, with the format's values before and after (themes as ids
/// joined with "; ").
struct Change {
    std::string findingId;
    Field field;
    std::string before;
    std::string after;
    EditSource where;
};

/// One field the two sheets changed to different values; the original was kept.
struct Conflict {
    std::string findingId;
    Field field;
    std::string findingsSheetValue;  ///< the format's value read from the Findings sheet
    std::string actionsSheetValue;   ///< the format's value read from the Actions sheet
};

/// A cell that could not be read; the original was kept for that field.
struct Notice {
    std::string findingId;
    Field field;
    EditSource where;
    std::string cellText;
    std::string message;  ///< e.g. "\"Purple\" is not a status (Red, Amber, Green, ...)"
};

/// The finding with the edits applied, and what happened on the way.
struct EditResult {
    Finding finding;
    std::vector<Change> changes;
    std::vector<Conflict> conflicts;
    std::vector<Notice> notices;
};

/// Maps a theme label as shown in a cell to its theme id; returns "" when unknown. (The host's
/// core::ThemeLabels::idFor fits: it matches labels and ids, ignoring case.)
using ThemeIdForLabel = std::function<std::string(std::string_view label)>;

/// Applies the edited cells of `base`'s row on the Findings sheet (`findingsRow`, null when
/// the sheet or the row is missing) and on the Actions sheet (`actionsRow`, likewise) to a
/// copy of `base`. `themeIdFor` may be empty, in which case only theme ids typed as such are
/// understood. Pure: no I/O, no global state.
EditResult applyEdits(const Finding& base, const RowCells* findingsRow, const RowCells* actionsRow,
                      const ThemeIdForLabel& themeIdFor);


}  // namespace findings::excel
