// findings-studio: the desktop application. main() answers --help and --version before
// the toolkit starts, so both work without a display; everything else is the wxApp's.
#include "model/studio_options.hpp"
#include "ui/studio_app.hpp"

#include <findings/plugin.h>

#include <Poco/Environment.h>

#include <wx/app.h>
#include <wx/version.h>

#include <cstdio>
#include <iostream>

wxIMPLEMENT_APP_NO_MAIN(findings::studio::StudioApp);

int main(int argc, char** argv) {
    using namespace findings::studio;
    StudioOptions options;
    try {
        options = parseStudioArgs(argc, argv);
    } catch (const StudioUsageError& e) {
        std::cerr << "findings-studio: " << e.what() << "\nTry 'findings-studio --help'.\n";
        return 2;
    }
    if (options.help) {
        std::cout << studioHelpText();
        return 0;
    }
    if (options.version) {
        const unsigned poco = Poco::Environment::libraryVersion();
        std::printf("findings-studio %s\nplugin SDK ABI %d.%d\nwxWidgets %d.%d.%d\nPoco %u.%u.%u\n",
                    FINDINGS_VERSION, FND_SDK_VERSION_MAJOR, FND_SDK_VERSION_MINOR, wxMAJOR_VERSION,
                    wxMINOR_VERSION, wxRELEASE_NUMBER, (poco >> 24) & 0xFF, (poco >> 16) & 0xFF,
                    (poco >> 8) & 0xFF);
        return 0;
    }
    StudioApp::setStartupOptions(std::move(options));
    return wxEntry(argc, argv);
}
