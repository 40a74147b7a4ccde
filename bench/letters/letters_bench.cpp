// Benchmark of the text import path (decode + split into lines + parse) on the seed
// letters: letters per second, MB/s and CPU microseconds per 10 KB of letter. Then the
// inputs that once made parsing quadratic (issue 12): a million one-character lines and
// one 50 MB paragraph, each parsed once, with CPU seconds and a doubling series showing
// that the time grows linearly.
//
//   letters_bench [ITERATIONS] [FILE...]
//
// Without files it reads the two seed letters of the corpus (FINDINGS_CORPUS_DIR) and then
// parses the hostile inputs.
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

// A letter whose findings are `lines` one-character lines, each a paragraph of its own.
std::string shortLines(std::size_t lines) {
    std::string s = "Dear Ms Reed\n\nMonitoring visit to Northmoor children's services\n\nHeadline findings\n\n";
    s.reserve(s.size() + lines * 3);
    for (std::size_t i = 0; i < lines; ++i) s += "a\n\n";
    return s;
}

// A letter whose findings are one paragraph of `bytes` bytes on one line: words of a fixed
// pseudo-random sequence, a sentence every dozen or so.
std::string oneParagraph(std::size_t bytes) {
    std::string s = "Dear Ms Reed\n\nMonitoring visit to Northmoor children's services\n\nHeadline findings\n\n";
    s.reserve(s.size() + bytes + 16);
    static const char* const words[] = {"social", "workers", "visit", "children", "regularly", "and", "plans",
                                        "are", "reviewed", "by", "managers", "who", "know", "them", "well"};
    unsigned x = 12345;
    const std::size_t end = s.size() + bytes;
    while (s.size() < end) {
        x = x * 1103515245u + 12345u;
        s += words[(x >> 16) % 15];
        s += ((x >> 8) % 13 == 0) ? ". " : " ";
    }
    s += "\n";
    return s;
}

// Parses `text` once and prints its CPU seconds; returns them.
double timeOnce(const char* label, const std::string& text) {
    const double start = cpuSeconds();
    auto doc = findings::docparse::parseDocument(findings::docparse::readTextLines(text));
    const double seconds = cpuSeconds() - start;
    std::printf("%-34s %12zu %10zu %10.2f %10.1f\n", label, text.size(), doc.paragraphs.size(), seconds,
                double(text.size()) / seconds / 1e6);
    return seconds;
}

// The hostile inputs: each should take seconds, and doubling the input should about double
// the time (a quadratic step would quadruple it).
void hostileInputs() {
    std::printf("\n%-34s %12s %10s %10s %10s\n", "hostile input (parsed once)", "bytes", "paras", "CPU s", "MB/s");
    const double l250 = timeOnce("250k one-character lines", shortLines(250000));
    const double l500 = timeOnce("500k one-character lines", shortLines(500000));
    const double l1m = timeOnce("1M one-character lines", shortLines(1000000));
    const double p12 = timeOnce("one 12.5 MB paragraph", oneParagraph(12500000));
    const double p25 = timeOnce("one 25 MB paragraph", oneParagraph(25000000));
    const double p50 = timeOnce("one 50 MB paragraph", oneParagraph(50000000));
    std::printf("growth per doubling: lines %.2fx, %.2fx; paragraph %.2fx, %.2fx (linear: 2x, quadratic: 4x)\n",
                l500 / l250, l1m / l500, p25 / p12, p50 / p25);
}

}  // namespace

int main(int argc, char** argv) {
    int iterations = 2000;
    std::vector<std::string> files;
    bool namedFiles = false;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (i == 1 && !a.empty() && a.find_first_not_of("0123456789") == std::string::npos) iterations = std::atoi(a.c_str());
        else {
            files.push_back(a);
            namedFiles = true;
        }
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
    // The hostile inputs belong to the default run (make bench), not to timing named files.
    if (!namedFiles) hostileInputs();
    return 0;
}
