// Scrolling a multi-line text control so a position shows near the top of its view: the
// source view puts a finding's first line there, with the lines before it just above and as
// much of the finding as fits below.
#pragma once

class wxTextCtrl;

namespace findings::studio {

/// Scrolls `text` so `position` (code points) is about `fromTop` (0..1) of the view's
/// height below its top edge, whichever way the view has to move, once the control has
/// laid its text out. Also puts the caret there, so keyboard reading starts at it.
void scrollNearTop(wxTextCtrl* text, long position, double fromTop);

}  // namespace findings::studio
