#include "cli_args.hpp"

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <string_view>

namespace findings::cli {

namespace {
/// A whole number from 1 to `max` for --memory-limit and --time-limit.
unsigned long positive(const std::string& name, const std::string& text, unsigned long max) {
    char* end = nullptr;
    errno = 0;
    const unsigned long long n = std::strtoull(text.c_str(), &end, 10);
    if (text.empty() || text[0] == '-' || *end || errno || n < 1 || n > max)
        throw UsageError(name + " wants a whole number from 1 to " + std::to_string(max) +
                         ", not '" + text + "'");
    return static_cast<unsigned long>(n);
}
}  // namespace

CliArgs parseArgs(int argc, char** argv) {
    CliArgs a;
    auto needValue = [&](int& i, std::string_view name) -> std::string {
        if (i + 1 >= argc) throw UsageError(std::string(name) + " needs a value");
        return argv[++i];
    };
    bool onlyFiles = false;
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        // --name=value is the same as --name value.
        std::string inlineValue;
        bool hasInline = false;
        if (!onlyFiles && arg.size() > 2 && arg[0] == '-' && arg[1] == '-') {
            size_t eq = arg.find('=');
            if (eq != std::string::npos && arg != "--option") {
                inlineValue = arg.substr(eq + 1);
                arg = arg.substr(0, eq);
                hasInline = true;
            }
        }
        auto value = [&](std::string_view name) {
            return hasInline ? inlineValue : needValue(i, name);
        };
        if (onlyFiles || arg.empty() || arg[0] != '-' || arg == "-") {
            if (a.command.empty()) a.command = arg;
            else a.files.push_back(arg);
        } else if (arg == "--") {
            onlyFiles = true;
        } else if (arg == "-o" || arg == "--output") {
            a.output = value(arg);
        } else if (arg == "--to") {
            a.to = value(arg);
        } else if (arg == "--importer") {
            a.importer = value(arg);
        } else if (arg == "--profile") {
            a.profile = value(arg);
        } else if (arg == "--report") {
            a.report = value(arg);
        } else if (arg == "--plugin-dir") {
            a.pluginDirs.push_back(value(arg));
        } else if (arg == "--option") {
            std::string kv = value(arg);
            size_t eq = kv.find('=');
            if (eq == std::string::npos || eq == 0)
                throw UsageError("--option wants KEY=VALUE, not '" + kv + "'");
            setProperty(a.options, kv.substr(0, eq), kv.substr(eq + 1));
        } else if (arg == "--max-input-mb") {
            const std::string v = value(arg);
            try {
                size_t used = 0;
                a.maxInputMb = std::stoull(v, &used);
                if (used != v.size() || a.maxInputMb == 0 || a.maxInputMb > (1ull << 40))
                    throw std::invalid_argument(v);
            } catch (const std::exception&) {
                throw UsageError("--max-input-mb wants a whole number of megabytes, not '" + v + "'");
            }
        } else if (arg == "--json") {
            a.json = true;
        } else if (arg == "-q" || arg == "--quiet") {
            a.quiet = true;
        } else if (arg == "-h" || arg == "--help") {
            a.help = true;
        } else if (arg == "--version") {
            a.version = true;
        } else if (arg == "--link") {
            a.link = true;
        } else if (arg == "--no-concepts") {
            a.noConcepts = true;
        } else if (arg == "--threshold") {
            const std::string text = value(arg);
            char* end = nullptr;
            a.threshold = std::strtod(text.c_str(), &end);
            if (text.empty() || *end != '\0' || a.threshold < 0 || a.threshold > 1)
                throw UsageError("--threshold wants a confidence from 0 to 1, not '" + text + "'");
        } else if (arg == "--no-default-plugins") {
            a.noDefaultPlugins = true;
        } else if (arg == "--in-process") {
            a.inProcess = true;
        } else if (arg == "--memory-limit") {
            a.memoryLimitMB = positive(arg, value(arg), 1024UL * 1024);
        } else if (arg == "--time-limit") {
            a.timeLimitSeconds = static_cast<unsigned>(positive(arg, value(arg), 7 * 24 * 3600));
        } else {
            throw UsageError("unknown option " + arg);
        }
    }
    return a;
}

}  // namespace findings::cli
