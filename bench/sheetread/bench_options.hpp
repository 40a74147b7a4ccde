// What both spreadsheet benchmark drivers (sheetread_bench, sheetimport_bench) take on the
// command line, and the folder their generated trackers go in.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace sheetread_bench {

struct BenchOptions {
    std::vector<uint32_t> sizes;  ///< tracker row counts to generate and measure
    int repeat = 3;               ///< runs per measurement; the median is shown
    bool all = false;             ///< --all: add the 1,000,000-row tracker
    bool keep = false;            ///< --keep: leave the generated files
    std::string dir;              ///< --dir: where to generate them (else a temporary folder)
};

/// Parses --sizes, --repeat, --all, --dir, --keep and --help into `options` (whose sizes
/// hold the defaults). Returns -1 to go on, or the exit status when the driver should stop:
/// 0 after printing `usage` for --help, 2 after printing it to stderr for anything else.
int parseBenchOptions(int argc, char** argv, const char* usage, BenchOptions& options);

/// The folder the generated trackers go in: `options.dir`, created when missing, or a new
/// temporary folder named `<prefix>-XXXXXX`, removed again on destruction unless --keep.
class BenchWorkdir {
public:
    BenchWorkdir(const BenchOptions& options, const char* prefix);
    ~BenchWorkdir();
    BenchWorkdir(const BenchWorkdir&) = delete;
    BenchWorkdir& operator=(const BenchWorkdir&) = delete;

    /// False when the folder could not be made (the cause was printed).
    bool ok() const { return ok_; }
    const std::string& path() const { return path_; }

private:
    std::string path_;
    bool ok_ = false;
    bool removeAtEnd_ = false;
};

}  // namespace sheetread_bench
