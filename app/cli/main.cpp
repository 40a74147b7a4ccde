// `findings`: the command-line twin of Findings Studio.
#include "cli_args.hpp"
#include "commands.hpp"
#include "session.hpp"

#include <findings/plugin.h>

#include <Poco/Exception.h>

#include <iostream>
#include <new>

namespace {

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
        std::cerr << "findings: " << findings::core::terminalSafe(e.what())
                  << "\nTry 'findings --help'.\n";
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
    if (args.command == "plugin-check") {
        try {
            return runPluginCheck(args);
        } catch (const UsageError& e) {
            std::cerr << "findings: " << findings::core::terminalSafe(e.what())
                      << "\nTry 'findings plugin-check --help'.\n";
            return 2;
        }
    }
    findings::core::installInterruptHandlers();
    Session session(args);
    int status;
    try {
        status = dispatch(session);
    } catch (const UsageError& e) {
        session.flushDiagnostics();
        std::cerr << "findings: " << findings::core::terminalSafe(e.what()) << "\nTry 'findings "
                  << findings::core::terminalSafe(args.command) << " --help'.\n";
        return 2;
    } catch (const std::bad_alloc&) {
        session.report(findings::core::Severity::Error, "", "out-of-memory",
                       "not enough memory to finish the " + args.command);
        status = 1;
    } catch (const std::exception& e) {
        session.report(findings::core::Severity::Error, "", "failed", e.what());
        status = 1;
    }
    // An interrupted run says so once and exits 130 whatever the command made of it; the
    // writers refused to commit, so every existing output is as it was.
    if (findings::core::interrupted()) {
        session.report(findings::core::Severity::Error, "", "interrupted",
                       "interrupted: outputs not complete were not written, and existing files were left as they were");
        session.flushDiagnostics();
        return findings::core::kInterruptedExitStatus;
    }
    session.flushDiagnostics();
    if (!session.writeReport()) status = status ? status : 1;
    return status;
}
