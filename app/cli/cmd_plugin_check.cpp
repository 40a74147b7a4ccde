// `findings plugin-check PLUGIN [FILES...]`: the SDK's test harness (findings/plugin_check)
// run on one plugin library, for its author. Loads no other plugin and needs no session.
#include "commands.hpp"

#include <findings/core/diagnostics.hpp>
#include <findings/plugin_check/plugin_check.hpp>

#include <iostream>

namespace findings::cli {

int runPluginCheck(const CliArgs& args) {
    if (args.files.empty()) throw UsageError("plugin-check needs the plugin library to check");
    plugin_check::CheckSettings settings;
    settings.files.assign(args.files.begin() + 1, args.files.end());
    settings.options = args.options;
    const plugin_check::CheckReport report = plugin_check::checkPlugin(args.files.front(), settings);
    // Names, reasons and diagnostics come from the plugin: each line printed terminal-safe.
    const std::string text = report.text();
    for (size_t start = 0, end; start < text.size(); start = end + 1) {
        end = text.find('\n', start);
        std::cout << core::terminalSafe(text.substr(start, end - start)) << '\n';
    }
    return report.ok() ? 0 : 1;
}

}  // namespace findings::cli
