// Runs one measurement in a child process, so each has its own peak RSS (wait4's rusage of
// that child alone) and no measurement warms the heap of the next.
#pragma once

#include <string>
#include <vector>

namespace excel_bench {

struct ChildResult {
    long peakRssKb = 0;  ///< the child's peak resident set size
    std::string output;  ///< its standard output
};

/// Runs `argv` (argv[0] an absolute path) and waits for it. Throws std::runtime_error naming
/// the command when it cannot start or does not exit with status 0.
ChildResult runChild(const std::vector<std::string>& argv);

/// The value after `key` in "key value key value" output, as a number; throws when absent.
double field(const std::string& output, const std::string& key);

/// This process's resident set size now, in kB (from /proc/self/status).
long currentRssKb();

}  // namespace excel_bench
