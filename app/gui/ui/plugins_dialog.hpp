// Tools › Plugins: every plugin loaded (id, version, SDK ABI, what it imports and exports,
// file path) and every file that failed to load with the reason; buttons to open the user's
// plugin folder and to rescan.
#pragma once

#include "model/plugin_host.hpp"

#include <wx/dialog.h>

#include <functional>

class wxListCtrl;
class wxStaticText;

namespace findings::studio {

class PluginsDialog final : public wxDialog {
public:
    /// `rescan` reloads the plugins (the main window refuses while an import runs and
    /// returns false).
    PluginsDialog(wxWindow* parent, PluginHost& host, std::function<bool()> rescan);

    wxListCtrl* pluginList() const { return plugins_; }
    wxListCtrl* failureList() const { return failures_; }
    /// Fills the lists from the host again.
    void refresh();

private:
    PluginHost& host_;
    std::function<bool()> rescan_;
    wxListCtrl* plugins_;
    wxListCtrl* failures_;
    wxStaticText* folders_;
};

}  // namespace findings::studio
