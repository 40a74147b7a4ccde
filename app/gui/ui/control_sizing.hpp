// Sizing controls from what they hold, not from guessed widths in characters: a choice as
// wide as its longest item, list columns as wide as their widest cell. Whatever the font,
// DPI or plugin names, nothing is cut.
#pragma once

class wxChoice;
class wxListCtrl;

namespace findings::studio {

/// Gives `choice` a minimum width that shows its longest item whole beside the drop-down
/// arrow (GTK sizes a choice from the items it had when it was created).
void fitChoiceToItems(wxChoice* choice);

/// Sets every column of a report-mode list to the wider of its header and its widest cell;
/// returns the columns' total width.
int fitListColumns(wxListCtrl* list);

}  // namespace findings::studio
