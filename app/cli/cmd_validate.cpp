// `findings validate FILE.findings.json...`: schema and cross-reference checks, streaming
// each document so a file of any size is checked in little memory.
#include "commands.hpp"

#include <findings/core/diagnostics.hpp>
#include <findings/format/input_check.hpp>
#include <findings/format/validator.hpp>

#include <iostream>
#include <new>

namespace findings::cli {

int runValidate(Session& s) {
    if (s.args.files.empty()) throw UsageError("validate needs at least one FILE.findings.json");
    int status = 0;
    for (const auto& file : s.args.files) {
        std::vector<findings::ValidationProblem> problems;
        try {
            if (findings::checkInputFile(file, s.maxInputBytes()) == 0) {
                s.report(core::Severity::Error, file, "empty", "the file is empty");
                status = 1;
                continue;
            }
            problems = findings::validateFindingsFile(file);
        } catch (const std::bad_alloc&) {
            s.report(core::Severity::Error, file, "out-of-memory",
                     "not enough memory to check this document");
            status = 1;
            continue;
        } catch (const std::exception& e) {
            s.report(core::Severity::Error, file, "unreadable", e.what());
            status = 1;
            continue;
        }
        for (const auto& p : problems) {
            core::Diagnostic d;
            d.file = file;
            d.path = p.path;
            d.severity = core::Severity::Error;
            d.code = "invalid";
            d.message = p.message;
            s.diagnostics.add(std::move(d));
        }
        if (!problems.empty()) status = 1;
        else if (!s.args.quiet) std::cout << core::terminalSafe(file) << ": valid\n";
    }
    return status;
}

}  // namespace findings::cli
