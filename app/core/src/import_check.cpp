#include <findings/core/import_check.hpp>

#include <findings/check/record_check.hpp>

#include <stdexcept>

namespace findings::core {

void refuseInvalidRecords(const std::string& importerId, const FindingsSet& set,
                          const FindingSpool* spool) {
    check::RecordChecker checker;
    checker.reserve(set.sources.size(), set.findings.size() + (spool ? spool->size() : 0));
    for (const Source& s : set.sources) checker.source(s);
    for (const Finding& f : set.findings) checker.finding(f);
    // A spooled import's findings are read back one at a time, as they will be written.
    if (spool) spool->forEach([&](Finding& f) { checker.finding(f); });
    checker.finish();
    if (!checker.ok())
        throw std::runtime_error(
            check::describeProblems(importerId, checker.problems(), checker.problemCount()));
}

}  // namespace findings::core
