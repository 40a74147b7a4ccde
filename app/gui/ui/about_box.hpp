// Help › About: the application's, the plugin SDK ABI's and the libraries' versions.
#pragma once

#include <wx/string.h>

class wxWindow;

namespace findings::studio {

void showAboutBox(wxWindow* parent);

}  // namespace findings::studio
