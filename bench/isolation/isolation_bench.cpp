// isolation_bench: what running every import in a worker process costs. Imports the same
// inputs through the `findings` CLI with the import in its worker (the default) and with
// --in-process, each run in a fresh process, and prints the median wall time, the peak RSS
// (the CLI and its workers), the median CPU time (the CLI and its workers: on a busy machine a
// steadier measure of the cost than wall time) and the overhead as a Markdown table. Inputs: the sample letters
// and articles, the corpus letters (PDF) when the corpus is there, and a generated
// 100,000-row tracker (.xlsx and CSV, as sheetimport_bench makes them).
// Run: isolation_bench [--repeat N] [--rows N]
#include "child_run.hpp"
#include "tracker_generator.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <unistd.h>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using sheetread_bench::runChild;

namespace {

struct Timing {
    double seconds = 0;
    double cpuSeconds = 0;
    long peakKb = 0;
};

Timing measure(const std::vector<std::string>& argv, int repeat) {
    std::vector<double> times, cpu;
    Timing t;
    for (int i = 0; i < repeat; ++i) {
        const auto r = runChild(argv);
        times.push_back(r.seconds);
        cpu.push_back(r.cpuSeconds);
        t.peakKb = std::max(t.peakKb, r.peakRssKb);
    }
    std::sort(times.begin(), times.end());
    std::sort(cpu.begin(), cpu.end());
    t.seconds = times[times.size() / 2];
    t.cpuSeconds = cpu[cpu.size() / 2];
    return t;
}

std::vector<std::string> filesIn(const std::string& dir, const std::vector<std::string>& extensions) {
    std::vector<std::string> out;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir, ec)) {
        const std::string ext = e.path().extension().string();
        if (std::find(extensions.begin(), extensions.end(), ext) != extensions.end())
            out.push_back(e.path().string());
    }
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    int repeat = 3;
    unsigned rows = 100000;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--repeat")) repeat = std::max(1, std::atoi(argv[i + 1]));
        else if (!std::strcmp(argv[i], "--rows")) rows = static_cast<unsigned>(std::atol(argv[i + 1]));
    }
    try {
        const fs::path dir = fs::temp_directory_path() / ("isolation-bench-" + std::to_string(::getpid()));
        fs::create_directories(dir);
        setenv("XDG_DATA_HOME", "/nonexistent-findings-bench", 1);
        setenv("FINDINGS_CACHE_DIR", dir.c_str(), 1);

        struct Input {
            std::string name;
            std::vector<std::string> files;
        };
        std::vector<Input> inputs;
        inputs.push_back({"sample letters and articles (txt)", filesIn(FINDINGS_SAMPLES_DIR, {".txt"})});
        if (FINDINGS_HAVE_CORPUS) {
            auto letters = filesIn(std::string(FINDINGS_CORPUS_DIR) + "/ilacs", {".pdf"});
            for (auto& f : filesIn(std::string(FINDINGS_CORPUS_DIR) + "/seeds", {".txt", ".pdf", ".docx"}))
                letters.push_back(f);
            if (!letters.empty()) inputs.push_back({"corpus letters (pdf, txt)", letters});
        }
        const std::string xlsx = (dir / ("tracker-" + std::to_string(rows) + ".xlsx")).string();
        const std::string csv = (dir / ("tracker-" + std::to_string(rows) + ".csv")).string();
        sheetread_bench::writeTrackerXlsx(xlsx, rows, dir.string());
        sheetread_bench::writeTrackerCsv(csv, rows);
        inputs.push_back({std::to_string(rows) + "-row tracker (xlsx)", {xlsx}});
        inputs.push_back({std::to_string(rows) + "-row tracker (csv)", {csv}});

        const std::string out = (dir / "out.findings.json").string();
        // One run first so the plugin scan cache is warm, as it is after the first use.
        runChild({FINDINGS_CLI, "plugins"});
        std::printf("isolation_bench: %d run(s) per measurement (median), each a fresh `findings import`\n\n", repeat);
        std::puts("| input | files | in a worker (default): wall, CPU, peak | --in-process | overhead: wall | overhead: CPU |");
        std::puts("|---|---|---|---|---|---|");
        for (const auto& input : inputs) {
            std::vector<std::string> isolated{FINDINGS_CLI, "import", "--quiet"};
            std::vector<std::string> here{FINDINGS_CLI, "import", "--quiet", "--in-process"};
            for (const auto& f : input.files) {
                isolated.push_back(f);
                here.push_back(f);
            }
            for (auto* a : {&isolated, &here}) {
                a->push_back("-o");
                a->push_back(out);
            }
            const Timing w = measure(isolated, repeat);
            const Timing h = measure(here, repeat);
            std::printf("| %s | %zu | %.2f s, %.2f s CPU, %.0f MB | %.2f s, %.2f s CPU, %.0f MB | %+.0f ms (%+.0f%%) "
                        "| %+.0f ms (%+.0f%%) |\n",
                        input.name.c_str(), input.files.size(), w.seconds, w.cpuSeconds, w.peakKb / 1024.0, h.seconds,
                        h.cpuSeconds, h.peakKb / 1024.0, (w.seconds - h.seconds) * 1000,
                        (w.seconds / h.seconds - 1) * 100, (w.cpuSeconds - h.cpuSeconds) * 1000,
                        (w.cpuSeconds / h.cpuSeconds - 1) * 100);
            std::fflush(stdout);
        }
        fs::remove_all(dir);
        return 0;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "isolation_bench: %s\n", e.what());
        return 1;
    }
}
