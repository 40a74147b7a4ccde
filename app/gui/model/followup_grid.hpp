// The words and colours of the Follow-up tab: one block of followup::buildTable (a full
// report's points × the later visits, and the plan items) as the texts a grid shows. The
// table itself, which visits are columns and how links sum to a stance, is the SDK's
// (findings/sdk/followup.hpp); this file only says it for people, without wx, so the words
// are unit-tested.
#pragma once

#include <findings/format/findings_set.hpp>
#include <findings/sdk/followup.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace findings::studio {

/// What the last column says of a point no plan item answers.
inline constexpr const char* kNoPlanItem = "No plan item";

/// A colour as red, green, blue.
struct Rgb {
    unsigned char r = 255, g = 255, b = 255;
    bool operator==(const Rgb& o) const { return r == o.r && g == o.g && b == o.b; }
    bool operator!=(const Rgb& o) const { return !(*this == o); }
};

/// A report in the chooser: "Inspection report · 2022-10-07 · inadequate · 8 points", with
/// the local authority first when the set holds more than one council.
std::string reportChoiceLabel(const findings::FindingsSet& set, const followup::Block& block, bool withAuthority);
/// A visit column's heading, on lines: what it is, its date (or "undated"), and for a full
/// report its overall judgement: "Monitoring letter\n2024-05-15", "Inspection report\n
/// 2025-03-01\nRequires improvement".
std::string followUpColumnHeader(const Source& source);
/// The cell's words: the stance with a capital ("Not improved", "No evidence"), and
/// "(proposed)" after it when only proposals below the threshold give it.
std::string followUpCellText(const followup::Cell& cell);
/// The cell's tooltip: the surest finding's short quote, and how many findings say so.
std::string followUpCellTooltip(const followup::Cell& cell);
/// Background of a cell by stance: green improved, amber mixed, red not improved, grey
/// unclear, white no evidence. Pale enough for black text to stay readable.
Rgb stanceColour(followup::CellStance stance);
/// One plan item for the last column: its action (or text), then owner, due date and RAG:
/// "Recruit permanent staff — Head of Service · due 2025-03 · Red". "Overdue" is added
/// when it is due before `todayIso` and not complete (followup::isOverdue).
std::string planItemText(const Finding& item, std::string_view todayIso, size_t maxCodePoints = 160);
/// The last column's text for a row: its plan items, one a line (each item's words cut to
/// `maxCodePoints`), or kNoPlanItem.
std::string planItemsText(const findings::FindingsSet& set, const followup::Row& row, std::string_view todayIso,
                          size_t maxCodePoints = 160);
/// The ids of the findings behind a cell, for the table's filter.
std::vector<std::string> cellFindingIds(const findings::FindingsSet& set, const followup::Cell& cell);


}  // namespace findings::studio
