// The wxApp: XDG-layout settings, image handlers, the plugin host and the main window.
// Created by main() after --help/--version have been answered without a display.
#pragma once

#include "model/plugin_host.hpp"
#include "model/studio_options.hpp"

#include <wx/app.h>

#include <memory>

namespace findings::studio {

class StudioApp final : public wxApp {
public:
    /// The command line as main() parsed it (set before wxEntry).
    static void setStartupOptions(StudioOptions options);

    bool OnInit() override;
    int OnExit() override;
    /// An exception escaping an event handler is reported and the application goes on:
    /// the user's unsaved work matters more than the handler that failed.
    bool OnExceptionInMainLoop() override;
    void OnUnhandledException() override;

private:
    std::unique_ptr<PluginHost> host_;
};

/// Settings, image handlers and help provider: what every window of the application (and
/// the GUI tests' app) expects to be set up.
void initialiseStudioEnvironment();

}  // namespace findings::studio
