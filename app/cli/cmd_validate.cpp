// `findings validate FILE.findings.json...`: schema and cross-reference checks.
#include "commands.hpp"

#include <findings/core/validator.hpp>

#include <fstream>
#include <iostream>
#include <sstream>

namespace findings::cli {

int runValidate(Session& s) {
    if (s.args.files.empty()) throw UsageError("validate needs at least one FILE.findings.json");
    int status = 0;
    for (const auto& file : s.args.files) {
        std::ifstream in(file, std::ios::binary);
        if (!in) {
            s.report(core::Severity::Error, file, "unreadable", "cannot open the file");
            status = 1;
            continue;
        }
        std::stringstream text;
        text << in.rdbuf();
        const auto problems = core::validateFindingsJson(text.str());
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
        else if (!s.args.quiet) std::cout << file << ": valid\n";
    }
    return status;
}

}  // namespace findings::cli
