// The GUI tests' main, kept apart because it rarely changes and the Catch2 runner is the
// slowest file to compile. It answers --list* (test discovery at build time, where there may
// be no display) before wx starts: otherwise discovery sees GTK fail and finds no tests.
// Everything the application would write (settings, autosaves, profiles) goes to a fresh
// XDG folder of this run, never the user's.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "gui_test_support.hpp"

#include "ui/studio_app.hpp"

#include <wx/app.h>
#include <wx/config.h>
#include <wx/init.h>
#include <wx/log.h>

#include <cstdlib>
#include <cstring>
#include <iostream>
#include <memory>

namespace {

class GuiTestApp final : public wxApp {
public:
    bool OnInit() override { return true; }  // no command-line parsing: the args are Catch's
};

/// A wx assertion is a bug in our use of wx: print it (no modal assert dialog to hang the
/// run) and count it, so the fixtures and the exit status fail.
void countAssert(const wxString& file, int line, const wxString& func, const wxString& cond,
                 const wxString& msg) {
    std::cerr << "wx assertion failed: " << file << ":" << line << " in " << func << ": " << cond
              << ": " << msg << '\n';
    guitest::noteWxAssert();
}

}  // namespace

int main(int argc, char** argv) {
    for (int i = 1; i < argc; ++i)
        if (std::strncmp(argv[i], "--list", 6) == 0 || std::strcmp(argv[i], "-l") == 0 ||
            std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0)
            return Catch::Session().run(argc, argv);

    guitest::IsolatedHome home;  // XDG_CONFIG_HOME / XDG_DATA_HOME for this run
    wxApp::SetInstance(new GuiTestApp);
    if (!wxEntryStart(argc, argv)) {
        std::cerr << "gui_tests: cannot start wxWidgets (is DISPLAY set? run under xvfb-run -a)\n";
        return 1;
    }
    wxSetAssertHandler(countAssert);
    wxTheApp->SetAppName("findings-studio");
    wxTheApp->CallOnInit();
    findings::studio::initialiseStudioEnvironment();
    // Errors go to stderr, where ctest shows them, not to modal message boxes.
    delete wxLog::SetActiveTarget(new wxLogStderr);
    const int result = Catch::Session().run(argc, argv);
    wxTheApp->OnExit();
    wxEntryCleanup();
    return result != 0 ? result : guitest::wxAssertCount() != 0 ? 1 : 0;
}
