// The application's icon, drawn rather than loaded: there is no installed icon file to find
// when the program runs from a build folder, and GTK shows a "missing image" in its place
// (in the About box, for one) when none is given.
#pragma once

#include <wx/iconbndl.h>

namespace findings::studio {

/// The icon at the usual sizes (16 to 128 pixels): a findings list with a tick.
wxIconBundle studioIcons();

}  // namespace findings::studio
