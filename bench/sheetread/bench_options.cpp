#include "bench_options.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <sys/stat.h>

namespace sheetread_bench {

int parseBenchOptions(int argc, char** argv, const char* usage, BenchOptions& options) {
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--sizes" && i + 1 < argc) {
            options.sizes.clear();
            std::stringstream list(argv[++i]);
            for (std::string item; std::getline(list, item, ',');)
                options.sizes.push_back(uint32_t(std::stoul(item)));
        } else if (a == "--repeat" && i + 1 < argc) {
            options.repeat = std::max(1, std::atoi(argv[++i]));
        } else if (a == "--all") {
            options.all = true;
        } else if (a == "--dir" && i + 1 < argc) {
            options.dir = argv[++i];
        } else if (a == "--keep") {
            options.keep = true;
        } else {
            const bool help = a == "--help" || a == "-h";
            std::fputs(usage, help ? stdout : stderr);
            return help ? 0 : 2;
        }
    }
    return -1;
}

BenchWorkdir::BenchWorkdir(const BenchOptions& options, const char* prefix) {
    if (!options.dir.empty()) {
        path_ = options.dir;
        ok_ = mkdir(path_.c_str(), 0755) == 0 || errno == EEXIST;
        if (!ok_) std::perror(path_.c_str());
        return;
    }
    const char* base = std::getenv("TMPDIR");
    std::string pattern = std::string(base && *base ? base : "/tmp") + "/" + prefix + "-XXXXXX";
    if (!mkdtemp(pattern.data())) {
        std::perror("mkdtemp");
        return;
    }
    path_ = pattern;
    ok_ = true;
    removeAtEnd_ = !options.keep;
}

BenchWorkdir::~BenchWorkdir() {
    if (!removeAtEnd_) return;
    const std::string command = "rm -rf '" + path_ + "'";
    if (std::system(command.c_str()) != 0)
        std::fprintf(stderr, "warning: could not remove %s\n", path_.c_str());
}

}  // namespace sheetread_bench
