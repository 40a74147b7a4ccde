// Runs one measurement in a child process, so each gets its own peak RSS (getrusage of
// that child alone) and no measurement warms the caches or heap of the next.
#pragma once

#include <string>
#include <vector>

namespace sheetread_bench {

/// What a child reported.
struct ChildResult {
    double seconds = 0;     ///< wall time: measured inside the child, or around it (external)
    double cpuSeconds = 0;  ///< user + system time of the child and the children it waited for
    long peakRssKb = 0;     ///< the child's peak resident set
    std::string output;     ///< its standard output
};

/// Runs `argv` (argv[0] a path), capturing stdout. Throws std::runtime_error when it cannot
/// start or exits non-zero.
ChildResult runChild(const std::vector<std::string>& argv);

}  // namespace sheetread_bench
