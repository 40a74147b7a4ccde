// `findings inspect FILE...`: which importer would take each file, and why.
#include "commands.hpp"

#include <findings/core/import_service.hpp>

#include <iostream>

namespace findings::cli {

int runInspect(Session& s) {
    if (s.args.files.empty()) throw UsageError("inspect needs at least one FILE");
    int status = 0;
    for (const auto& file : s.args.files) {
        try {
            if (findings::checkInputFile(file, s.maxInputBytes()) == 0) {
                s.report(core::Severity::Error, file, "empty", "the file is empty");
                status = 1;
                continue;
            }
            auto probes = core::probeFile(s.registry, file, s.diagnostics, s.maxInputBytes());
            std::string why;
            core::ImporterEntry chosen = core::chooseImporter(probes, why);
            std::cout << core::terminalSafe(file) << ": "
                      << (chosen.plugin ? chosen.id() : "no importer") << "\n";
            for (const auto& p : probes) {
                std::cout << "    " << (p.confidence == FND_IDENTIFY_UNKNOWN
                                            ? std::string("  -")
                                            : std::to_string(p.confidence))
                          << "  " << p.importer.id();
                if (!p.reason.empty()) std::cout << ": " << core::terminalSafe(p.reason);
                std::cout << "\n";
            }
            if (!chosen.plugin) {
                s.report(core::Severity::Error, file, "no-importer", why);
                status = 1;
            }
        } catch (const std::exception& e) {
            s.report(core::Severity::Error, file, "unreadable", e.what());
            status = 1;
        }
    }
    return status;
}

}  // namespace findings::cli
