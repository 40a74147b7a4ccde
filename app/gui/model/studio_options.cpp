#include "model/studio_options.hpp"

#include <string_view>

namespace findings::studio {

StudioOptions parseStudioArgs(int argc, const char* const* argv) {
    StudioOptions o;
    bool filesOnly = false;
    for (int i = 1; i < argc; ++i) {
        const std::string_view a = argv[i];
        if (filesOnly || a.empty() || a[0] != '-' || a == "-") {
            o.files.emplace_back(a);
        } else if (a == "--") {
            filesOnly = true;
        } else if (a == "-h" || a == "--help") {
            o.help = true;
        } else if (a == "-V" || a == "--version") {
            o.version = true;
        } else if (a == "--no-default-plugins") {
            o.noDefaultPlugins = true;
        } else if (a == "--in-process") {
            o.inProcess = true;
        } else if (a == "--plugin-dir") {
            if (i + 1 >= argc) throw StudioUsageError("--plugin-dir needs a folder");
            o.pluginDirs.emplace_back(argv[++i]);
        } else if (a.rfind("--plugin-dir=", 0) == 0) {
            o.pluginDirs.emplace_back(a.substr(13));
        } else if (a == "--display" || a == "--name" || a == "--class") {
            ++i;  // GTK's own options with a value: GTK reads them
        } else if (a.rfind("--display=", 0) == 0 || a.rfind("--g-", 0) == 0 ||
                   a.rfind("--gtk-", 0) == 0 || a.rfind("--gdk-", 0) == 0) {
            // GTK's own options: GTK reads them.
        } else {
            throw StudioUsageError("unknown option '" + std::string(a) + "'");
        }
    }
    return o;
}

std::string studioHelpText() {
    return "usage: findings-studio [options] [FILE|FOLDER...]\n"
           "\n"
           "Findings Studio: import inspection letters and council trackers, review and\n"
           "correct the findings, and export them (Excel, CSV, findings JSON).\n"
           "\n"
           "Files and folders given are imported at start; a single .findings.json file is\n"
           "opened as the project.\n"
           "\n"
           "options:\n"
           "  --plugin-dir DIR       also load plugins from DIR (repeatable)\n"
           "  --no-default-plugins   load plugins only from --plugin-dir folders\n"
           "  --in-process           run plugins inside the application (debugging)\n"
           "  -h, --help             show this help and exit (needs no display)\n"
           "  -V, --version          show versions and exit (needs no display)\n"
           "\n"
           "Plugins are searched beside the program (../lib/findings/plugins), in each folder\n"
           "of $FINDINGS_PLUGIN_PATH, and in ~/.local/share/findings-studio/plugins.\n"
           "They run in findings-worker processes with the memory and time limits set in\n"
           "Preferences, so a plugin that crashes or hangs fails only its file.\n";
}

}  // namespace findings::studio
