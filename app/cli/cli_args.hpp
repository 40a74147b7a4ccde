// The command line of `findings`: one command and its arguments, with global options
// (--plugin-dir, --quiet, --report) accepted before or after the command name.
#pragma once

#include <findings/sdk/records.hpp>

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace findings::cli {

/// A mistake in the command line; `findings` prints it with a hint and exits with 2.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct CliArgs {
    std::string command;                 ///< plugins, inspect, validate, import, convert, merge
    std::vector<std::string> files;      ///< positional arguments after the command
    std::string output;                  ///< -o / --output
    std::string to;                      ///< --to EXPORTER
    std::string importer;                ///< --importer ID
    std::string profile;                 ///< --profile NAME_OR_FILE
    std::string report;                  ///< --report FILE.json
    std::vector<std::string> pluginDirs; ///< --plugin-dir DIR (repeatable)
    Properties options;                  ///< --option KEY=VALUE (repeatable)
    std::uint64_t maxInputMb = 0;        ///< --max-input-mb N (0: the default limit)
    bool json = false;                   ///< --json
    bool quiet = false;                  ///< --quiet / -q
    bool help = false;                   ///< --help / -h
    bool version = false;                ///< --version
    bool noDefaultPlugins = false;       ///< --no-default-plugins (tests, isolation)
    bool link = false;                   ///< --link: import, then link follow-ups
    bool noConcepts = false;             ///< --no-concepts: link on words and themes alone
    double threshold = -1;               ///< --threshold X (0..1), or negative for the default
    bool inProcess = false;              ///< --in-process: plugins run in this process
    unsigned long memoryLimitMB = 2048;  ///< --memory-limit MB for each import worker
    unsigned timeLimitSeconds = 120;     ///< --time-limit SECONDS for each file
};

/// Parses argv; throws UsageError for unknown options or missing values.
CliArgs parseArgs(int argc, char** argv);

}  // namespace findings::cli
