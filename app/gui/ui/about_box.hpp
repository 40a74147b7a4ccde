// Help › About: the application's, the plugin SDK ABI's and the libraries' versions, and
// each loaded plugin's id and version (the plugins are what bring in xlsxwriter and
// poppler, so their versions say what reads and writes the files).
#pragma once

#include <findings/core/plugin_registry.hpp>

#include <wx/aboutdlg.h>
#include <wx/string.h>

class wxWindow;

namespace findings::studio {

/// What the About box shows: name, version, icon, the SDK ABI, library versions and the
/// loaded plugins (none listed when `registry` is null).
wxAboutDialogInfo aboutInfo(const core::PluginRegistry* registry = nullptr);

void showAboutBox(wxWindow* parent, const core::PluginRegistry* registry);

}  // namespace findings::studio
