#include "ui/studio_app.hpp"

#include "ui/main_frame.hpp"
#include "ui/studio_settings.hpp"
#include "ui/wx_text.hpp"

#include <wx/cshelp.h>
#include <wx/image.h>
#include <wx/log.h>
#include <wx/msgdlg.h>

#include <exception>
#include <iostream>

namespace findings::studio {

namespace {
StudioOptions& startupOptions() {
    static StudioOptions options;
    return options;
}
}  // namespace

void StudioApp::setStartupOptions(StudioOptions options) { startupOptions() = std::move(options); }

void initialiseStudioEnvironment() {
    StudioSettings::install();
    wxInitAllImageHandlers();
    // SetHelpText on controls is read by assistive tools and the context-help button.
    wxHelpProvider::Set(new wxSimpleHelpProvider);
}

bool StudioApp::OnInit() {
    // The toolkit has parsed its own options; ours were parsed in main(). Not calling
    // wxApp::OnInit keeps wx's own command-line parser from refusing them.
    SetAppName("findings-studio");
    SetAppDisplayName("Findings Studio");
    SetVendorName(wxEmptyString);
    initialiseStudioEnvironment();
    const StudioOptions& options = startupOptions();
    PluginHostOptions hostOptions{options.pluginDirs, !options.noDefaultPlugins, {}};
    hostOptions.isolation.inProcess = options.inProcess;
    hostOptions.isolation.limits = StudioSettings::importLimits();
    host_ = std::make_unique<PluginHost>(std::move(hostOptions));
    MainFrameOptions frameOptions;
    frameOptions.startupFiles = options.files;
    auto* frame = new MainFrame(*host_, std::move(frameOptions));
    frame->Show();
    if (!host_->themeProblem().empty()) wxLogWarning("%s", wxs(host_->themeProblem()));
    return true;
}

int StudioApp::OnExit() {
    const int status = wxApp::OnExit();
    host_.reset();  // plugins unload after every window that used them is gone
    return status;
}

bool StudioApp::OnExceptionInMainLoop() {
    try {
        throw;
    } catch (const std::exception& e) {
        wxLogError("Unexpected error: %s", wxs(e.what()));
    }
    return true;  // anything that is not a std::exception propagates: a real bug
}

void StudioApp::OnUnhandledException() {
    try {
        throw;
    } catch (const std::exception& e) {
        std::cerr << "findings-studio: unhandled exception: " << e.what() << '\n';
    } catch (...) {
        std::cerr << "findings-studio: unhandled exception of unknown type\n";
    }
}

}  // namespace findings::studio
