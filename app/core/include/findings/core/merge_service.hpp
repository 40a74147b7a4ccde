// Applying a manager's edits onto a findings document without silently overwriting anything:
// a three-way merge per field between what was exported (original), what the manager sent
// back (edited) and what the document holds now (base).
//
//   edited == original           -> the manager did not touch it: base is kept
//   base == original             -> only the manager changed it: the edit is applied (a change)
//   base == edited               -> both made the same change: nothing to do
//   otherwise                    -> both changed it differently: base is kept (a conflict)
//
// When the original is unknown (the edited file carries no record of what was exported), it
// is taken to be the base, so every difference is applied as a change.
//
// Only the fields of findings/sdk/editable_fields.hpp are merged; everything else of the base
// is kept as it is.
#pragma once

#include <findings/format/findings_set.hpp>
#include <findings/sdk/editable_fields.hpp>

#include <string>
#include <vector>

namespace findings::core {

/// One field of one finding that the merge changed.
struct FieldChange {
    std::string findingId;
    std::string field; ///< editableFieldName(): e.g. "action.status", "themes"
    std::string before;
    std::string after;
};

/// One field both sides changed differently; the base value was kept.
struct FieldConflict {
    std::string findingId;
    std::string field;
    std::string base;
    std::string edited;
};

struct MergeResult {
    FindingsSet merged;
    std::vector<FieldChange> changes;
    std::vector<FieldConflict> conflicts;
    std::vector<std::string> unknownIds; ///< edited findings the base does not have (ignored)
};

/// Merges `edited` onto `base`, using `original` (may be null) as the common ancestor.
MergeResult mergeEdits(const FindingsSet& base, const FindingsSet* original,
                       const FindingsSet& edited);

/// One line for a change, as `findings merge` and the desktop app report it:
/// `f-3: action.status "amber" -> "green"`.
std::string describeChange(const FieldChange& change);
/// One line for a conflict; `kept` names whose value was kept ("the base's", "the
/// project's"): `f-3: action.status was changed in both; kept the base's "green", the edited
/// file has "red"`.
std::string describeConflict(const FieldConflict& conflict, const std::string& kept);

}  // namespace findings::core
