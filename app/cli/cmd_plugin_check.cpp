// `findings plugin-check PLUGIN [FILES...]`: the SDK's test harness (findings/plugin_check)
// run on one plugin library, for its author. Loads no other plugin and needs no session.
// The check runs in a child process under --time-limit, so a plugin that crashes or hangs
// is itself the finding: the report so far, then how the check ended.
#include "commands.hpp"

#include <findings/core/diagnostics.hpp>
#include <findings/plugin_check/plugin_check.hpp>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <iostream>

#include <sys/wait.h>
#include <unistd.h>

namespace findings::cli {

namespace {

/// Names, reasons and diagnostics come from the plugin: each line printed terminal-safe, and
/// at once, so a crash leaves the lines before it.
void printLine(const std::string& line) {
    std::cout << core::terminalSafe(line) << std::endl;
}

/// Runs the check and prints it; the exit status: 0 no problem, 1 problems.
int checkHere(const CliArgs& args) {
    plugin_check::CheckSettings settings;
    settings.files.assign(args.files.begin() + 1, args.files.end());
    settings.options = args.options;
    settings.onLine = printLine;
    const plugin_check::CheckReport report = plugin_check::checkPlugin(args.files.front(), settings);
    printLine(report.ok() ? "OK: no problems" : std::to_string(report.problems.size()) + " problem(s)");
    return report.ok() ? 0 : 1;
}

}  // namespace

int runPluginCheck(const CliArgs& args) {
    if (args.files.empty()) throw UsageError("plugin-check needs the plugin library to check");
    if (args.inProcess) return checkHere(args);
    std::cout.flush();
    const pid_t child = ::fork();
    if (child < 0) return checkHere(args);  // no process to spare: check here
    if (child == 0) {
        ::alarm(args.timeLimitSeconds);
        int status = 1;
        try {
            status = checkHere(args);
        } catch (const std::exception& e) {
            printLine(std::string("PROBLEM: ") + e.what());
        }
        std::cout.flush();
        ::_exit(status);
    }
    int status = 0;
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {}
    if (WIFEXITED(status)) return WEXITSTATUS(status);
    const int sig = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
    if (sig == SIGALRM) {
        printLine("PROBLEM: the check took longer than " + std::to_string(args.timeLimitSeconds) +
                  " s (--time-limit): the plugin hangs, or needs a larger limit");
    } else {
        const char* name = sig ? ::sigabbrev_np(sig) : nullptr;
        printLine(std::string("PROBLEM: the plugin crashed (") +
                  (name ? std::string("SIG") + name : "signal " + std::to_string(sig)) +
                  ") during the check: the line above is the last thing it finished");
    }
    printLine("the check did not finish");
    return 1;
}

}  // namespace findings::cli
