// The desktop application's command line, parsed before any toolkit starts so --help and
// --version work without a display.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace findings::studio {

struct StudioOptions {
    std::vector<std::string> files;      ///< imported (or opened, for one project) at start
    std::vector<std::string> pluginDirs; ///< --plugin-dir DIR, repeatable
    bool noDefaultPlugins = false;       ///< --no-default-plugins
    bool inProcess = false;              ///< --in-process: plugins run inside the application
    bool help = false;
    bool version = false;
};

class StudioUsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Parses argv; throws StudioUsageError for an unknown option or a missing value. Options
/// the toolkit itself reads (--display, --g-fatal-warnings…) are left for it.
StudioOptions parseStudioArgs(int argc, const char* const* argv);

/// The --help text.
std::string studioHelpText();

}  // namespace findings::studio
