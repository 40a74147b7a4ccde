// Benchmark of the text import path (decode + split into lines + parse) on the seed
// letters: letters per second, MB/s and CPU microseconds per 10 KB of letter.
//
//   letters_bench [ITERATIONS] [FILE...]
//
// Without files it reads the two seed letters of the corpus (FINDINGS_CORPUS_DIR).
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "findings/docparse/parser.hpp"
#include "findings/docparse/readers.hpp"

namespace {

double cpuSeconds() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::string baseName(const std::string& path) {
    std::size_t slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

}  // namespace

int main(int argc, char** argv) {
    int iterations = 2000;
    std::vector<std::string> files;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (i == 1 && !a.empty() && a.find_first_not_of("0123456789") == std::string::npos) iterations = std::atoi(a.c_str());
        else files.push_back(a);
    }
#ifdef LETTERS_CORPUS_DIR
    if (files.empty()) {
        files.push_back(std::string(LETTERS_CORPUS_DIR) + "/seeds/herefordshire-monitoring-letter-2024-03.txt");
        files.push_back(std::string(LETTERS_CORPUS_DIR) + "/seeds/herefordshire-monitoring-letter-2025-03.txt");
    }
#endif
    if (files.empty()) {
        std::fprintf(stderr, "usage: letters_bench [ITERATIONS] FILE...\n");
        return 2;
    }
    std::printf("%-46s %8s %6s %12s %8s %14s\n", "letter", "bytes", "paras", "letters/s", "MB/s", "us CPU/10 KB");
    double totalBytes = 0, totalSeconds = 0;
    long totalLetters = 0;
    for (const std::string& f : files) {
        const std::string bytes = readFile(f);
        if (bytes.empty()) {
            std::fprintf(stderr, "%s: cannot read or empty\n", f.c_str());
            return 1;
        }
        std::size_t paragraphs = 0;
        // One warm-up import, then the timed ones.
        paragraphs = findings::docparse::parseDocument(findings::docparse::readTextLines(bytes)).paragraphs.size();
        double start = cpuSeconds();
        for (int i = 0; i < iterations; ++i) {
            auto doc = findings::docparse::parseDocument(findings::docparse::readTextLines(bytes));
            paragraphs = doc.paragraphs.size();
        }
        double seconds = cpuSeconds() - start;
        double perLetter = seconds / iterations;
        std::printf("%-46s %8zu %6zu %12.0f %8.1f %14.1f\n", baseName(f).c_str(), bytes.size(), paragraphs,
                    1.0 / perLetter, double(bytes.size()) / perLetter / 1e6, perLetter * 1e6 * 10240.0 / double(bytes.size()));
        totalBytes += double(bytes.size()) * iterations;
        totalSeconds += seconds;
        totalLetters += iterations;
    }
    std::printf("%-46s %8.0f %6s %12.0f %8.1f %14.1f\n", "all", totalBytes / double(totalLetters), "",
                double(totalLetters) / totalSeconds, totalBytes / totalSeconds / 1e6,
                totalSeconds / totalBytes * 1e6 * 10240.0);
    return 0;
}
