// `findings`: the command-line twin of Findings Studio.
#include "cli_args.hpp"
#include "commands.hpp"
#include "session.hpp"

#include <findings/plugin.h>

#include <Poco/Exception.h>

#include <csignal>
#include <iostream>

namespace {

void onInterrupt(int) { findings::cli::g_cancelRequested = true; }

int dispatch(findings::cli::Session& session) {
    using namespace findings::cli;
    const std::string& c = session.args.command;
    if (c == "plugins") return runPlugins(session);
    if (c == "inspect") return runInspect(session);
    if (c == "validate") return runValidate(session);
    if (c == "import" || c == "convert") return runImport(session);
    if (c == "merge") return runMerge(session);
    if (c == "link") return runLink(session);
    throw UsageError("unknown command '" + c + "'");
}

}  // namespace

int main(int argc, char** argv) {
    using namespace findings::cli;
    CliArgs args;
    try {
        args = parseArgs(argc, argv);
    } catch (const UsageError& e) {
        std::cerr << "findings: " << e.what() << "\nTry 'findings --help'.\n";
        return 2;
    }
    if (args.version) {
        std::cout << "findings " << FINDINGS_VERSION << " (plugin SDK " << FND_SDK_VERSION_MAJOR
                  << "." << FND_SDK_VERSION_MINOR << ")\n";
        return 0;
    }
    if (args.help || args.command.empty() || args.command == "help") {
        const std::string topic =
            args.command == "help" && !args.files.empty() ? args.files[0] : args.command;
        std::cout << helpText(topic);
        return args.command.empty() && !args.help ? 2 : 0;
    }
    std::signal(SIGINT, onInterrupt);
    Session session(args);
    int status;
    try {
        status = dispatch(session);
    } catch (const UsageError& e) {
        session.flushDiagnostics();
        std::cerr << "findings: " << e.what() << "\nTry 'findings " << args.command
                  << " --help'.\n";
        return 2;
    } catch (const std::exception& e) {
        session.report(findings::core::Severity::Error, "", "failed", e.what());
        status = 1;
    }
    session.flushDiagnostics();
    if (!session.writeReport()) status = status ? status : 1;
    return status;
}
