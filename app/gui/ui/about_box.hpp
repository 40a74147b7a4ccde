// Help › About: the application's, the plugin SDK ABI's and the libraries' versions.
#pragma once

#include <wx/aboutdlg.h>
#include <wx/string.h>

class wxWindow;

namespace findings::studio {

/// What the About box shows: name, version, icon, the SDK ABI and library versions.
wxAboutDialogInfo aboutInfo();

void showAboutBox(wxWindow* parent);

}  // namespace findings::studio
