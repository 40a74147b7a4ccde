// sheetimport_bench: the spreadsheet importer plugin end to end, on the trackers the reading
// benchmark generates (10k and 100k rows × 11 columns; 1M with --all): file to findings in
// memory (the plugin loaded by the host core, as the CLI and GUI load it), the same with the
// classifier doing the themes, and file to a written .findings.json (the `findings` CLI, with
// the import in its worker process as by default, and --in-process), for .xlsx and CSV; each in a fresh child process with its peak RSS, against openpyxl read-only
// iterating the same workbook. Prints a Markdown table, then where the time of one import goes:
// read, classify, copy (everything else of the import) and write, and last the time of
// `findings convert` from the written .findings.json to .xlsx (the Excel exporter).
#include "bench_options.hpp"
#include "child_run.hpp"
#include "readers.hpp"
#include "tracker_generator.hpp"

#include <findings/classify/classifier.hpp>
#include <findings/core/findings_file.hpp>

#include <findings/core/import_service.hpp>
#include <findings/core/plugin_registry.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

using namespace sheetread_bench;

namespace {

const char* const kUsage =
    "usage: sheetimport_bench [--sizes 10000,100000] [--all] [--repeat N] [--dir DIR] [--keep]\n"
    "  --sizes   row counts (default 10000,100000)\n"
    "  --all     add 1,000,000 rows (openpyxl then takes minutes)\n"
    "  --repeat  runs per measurement; the median is shown (default 3)\n"
    "  --dir     folder for the generated files (default: a new temporary folder)\n"
    "  --keep    keep the generated files\n";

const char* const kOpenpyxlScript =
    "import sys, openpyxl\n"
    "wb = openpyxl.load_workbook(sys.argv[1], read_only=True)\n"
    "n = 0\n"
    "for row in wb.worksheets[0].iter_rows(values_only=True):\n"
    "    n += sum(1 for v in row if v is not None)\n"
    "print(0, n)\n";

/// Resident set size now, in KiB (from /proc/self/statm).
long currentRssKb() {
    std::ifstream statm("/proc/self/statm");
    long pages = 0, resident = 0;
    statm >> pages >> resident;
    return resident * (sysconf(_SC_PAGESIZE) / 1024);
}

long peakRssKb() {
    struct rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

/// Child mode: import `file` through the plugin into memory; prints
/// "seconds findings rss-before-kb rss-after-kb peak-kb".
int runImport(const std::string& file, bool classify) {
    findings::core::PluginRegistry registry;
    registry.loadFolder(FINDINGS_PLUGIN_DIR);
    findings::core::DiagnosticList diagnostics;
    findings::core::ImportSettings settings;
    settings.diagnostics = &diagnostics;
    // An empty map.theme leaves the Theme column as a property: the classifier finds themes.
    if (classify) settings.options = {{"map.theme", ""}};
    const long before = currentRssKb();
    const auto start = std::chrono::steady_clock::now();
    const findings::core::ImportResult result = findings::core::importFile(registry, file, settings);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!result.ok) {
        std::fprintf(stderr, "import failed: %s\n", result.error.c_str());
        for (const auto& d : diagnostics.all()) std::fprintf(stderr, "%s\n", d.format().c_str());
        return 1;
    }
    const long after = currentRssKb();  // the findings set is still held
    std::printf("%.6f %zu %ld %ld %ld\n", seconds, result.set.findings.size(), before, after, peakRssKb());
    return 0;
}

/// Child mode: the stages of one import, each timed on its own in this process. Prints
/// "read import classify write findings": read, the sheet reader alone delivering every cell
/// (as the importer reads); import, file to findings in memory, which includes the reading,
/// the importer's own classification, the records' trips across the plugin boundary and the
/// host's checks; classify, the classifier alone over every finding's text with the shipped
/// taxonomy (themes and polarity, as an import that classifies does); write, the findings
/// document written from memory. Copy is what the import spends beyond read and classify.
int runStages(const std::string& file, const std::string& out) {
    using Clock = std::chrono::steady_clock;
    auto since = [](Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); };
    const bool isCsv = file.size() > 4 && file.compare(file.size() - 4, 4, ".csv") == 0;
    auto start = Clock::now();
    const uint64_t cells = isCsv ? readCsvOurs(file) : readXlsxOurs(file, true);
    const double read = since(start);

    findings::core::PluginRegistry registry;
    registry.loadFolder(FINDINGS_PLUGIN_DIR);
    findings::core::DiagnosticList diagnostics;
    findings::core::ImportSettings settings;
    settings.diagnostics = &diagnostics;
    start = Clock::now();
    const findings::core::ImportResult result = findings::core::importFile(registry, file, settings);
    const double import = since(start);
    if (!result.ok) {
        std::fprintf(stderr, "import failed: %s\n", result.error.c_str());
        return 1;
    }

    const findings::classify::Classifier classifier(
        findings::classify::Taxonomy::load(std::string(FINDINGS_PLUGIN_DIR) + "/data/themes.json"));
    start = Clock::now();
    size_t themes = 0;
    for (const auto& finding : result.set.findings) themes += classifier.classify(finding.text).themes.size();
    const double classify = since(start);

    start = Clock::now();
    findings::core::writeFindingsFile(result.set, out);
    const double write = since(start);
    // The counts keep the work observable, so none of it is optimised away.
    std::printf("%.6f %.6f %.6f %.6f %zu %llu\n", read, import, classify, write, result.set.findings.size(),
                static_cast<unsigned long long>(cells + themes));
    return 0;
}

/// The medians of the stages over `repeat` child runs.
struct Stages {
    double read = 0, import = 0, classify = 0, write = 0;
};

Stages measureStages(const std::string& exe, const std::string& file, const std::string& out, int repeat) {
    std::vector<double> read, import, classify, write;
    for (int i = 0; i < repeat; ++i) {
        const ChildResult r = runChild({exe, "--run", "stages", file, out});
        double a = 0, b = 0, c = 0, d = 0;
        std::istringstream(r.output) >> a >> b >> c >> d;
        read.push_back(a);
        import.push_back(b);
        classify.push_back(c);
        write.push_back(d);
    }
    auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    return {median(read), median(import), median(classify), median(write)};
}

struct Timing {
    double seconds = 0;
    long peakKb = 0;
    size_t findings = 0;
    long heldKb = 0;  ///< RSS growth while the findings set is held (in-memory runs)
    long baseKb = 0;  ///< RSS before the import (plugins loaded)
};

Timing measure(const std::vector<std::string>& argv, int repeat, bool external) {
    std::vector<double> times;
    Timing t;
    for (int i = 0; i < repeat; ++i) {
        const ChildResult r = runChild(argv);
        double inner = 0;
        long before = 0, after = 0, peak = 0;
        std::istringstream(r.output) >> inner >> t.findings >> before >> after >> peak;
        times.push_back(external ? r.seconds : inner);
        t.peakKb = std::max(t.peakKb, r.peakRssKb);
        t.heldKb = after - before;
        t.baseKb = before;
    }
    std::sort(times.begin(), times.end());
    t.seconds = times[times.size() / 2];
    return t;
}

std::string fmt(const char* format, double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, format, v);
    return buf;
}

double fileMb(const std::string& path) {
    struct stat st {};
    stat(path.c_str(), &st);
    return double(st.st_size) / 1e6;
}

/// "1.23 s, 45 MB (×1.4)": time, peak RSS, and for in-memory runs the peak above the
/// baseline as a multiple of the memory the findings set holds.
std::string cell(const Timing& t, bool inMemory) {
    std::string s = fmt("%.2f s", t.seconds) + ", " + fmt("%.0f MB", t.peakKb / 1024.0);
    if (inMemory && t.heldKb > 0)
        s += " (peak ÷ held " + fmt("%.2f", double(t.peakKb - t.baseKb) / double(t.heldKb)) + ")";
    return s;
}

}  // namespace

int benchMain(int argc, char** argv) {
    if (argc == 5 && std::string(argv[1]) == "--run" && std::string(argv[2]) == "stages")
        return runStages(argv[3], argv[4]);
    if (argc == 4 && std::string(argv[1]) == "--run") {
        const std::string mode = argv[2];
        if (mode == "import") return runImport(argv[3], false);
        if (mode == "import-classify") return runImport(argv[3], true);
        return 2;
    }
    BenchOptions options;
    options.sizes = {10000, 100000};
    if (const int status = parseBenchOptions(argc, argv, kUsage, options); status >= 0) return status;
    std::vector<uint32_t> sizes = options.sizes;
    if (options.all && std::find(sizes.begin(), sizes.end(), 1000000u) == sizes.end()) sizes.push_back(1000000);
    const BenchWorkdir workdir(options, "sheetimport-bench");
    if (!workdir.ok()) return 1;
    const std::string& dir = workdir.path();
    const int repeat = options.repeat;
    // Keep any user override of the taxonomy or columns out of the measurement.
    setenv("XDG_DATA_HOME", "/nonexistent-findings-bench", 1);
    char self[4096];
    const ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    if (n <= 0) return 1;
    const std::string exe(self, size_t(n));
    const bool havePython = std::system("/usr/bin/python3 -c 'import openpyxl' 2>/dev/null") == 0;

    std::printf("sheetimport_bench: %d run(s) per measurement (median), each in a fresh process; files in %s\n\n",
                repeat, dir.c_str());
    std::vector<std::string> lines, stageLines, convertLines;
    for (uint32_t rows : sizes) {
        const std::string xlsx = dir + "/tracker-" + std::to_string(rows) + ".xlsx";
        const std::string csv = dir + "/tracker-" + std::to_string(rows) + ".csv";
        writeTrackerXlsx(xlsx, rows, dir);
        writeTrackerCsv(csv, rows);
        const std::string out = dir + "/out.findings.json";
        for (const std::string& file : {xlsx, csv}) {
            const bool isXlsx = file == xlsx;
            const Timing mem = measure({exe, "--run", "import", file}, repeat, false);
            const Timing classify = measure({exe, "--run", "import-classify", file}, 1, false);
            const Timing cli = measure({FINDINGS_CLI, "import", "--quiet", file, "-o", out}, repeat, true);
            const Timing cliHere =
                measure({FINDINGS_CLI, "import", "--quiet", "--in-process", file, "-o", out}, repeat, true);
            std::string py = "–", speedup = "–";
            if (isXlsx && havePython) {
                const Timing p = measure({"/usr/bin/python3", "-c", kOpenpyxlScript, file}, 1, true);
                py = fmt("%.2f s", p.seconds) + ", " + fmt("%.0f MB", p.peakKb / 1024.0);
                speedup = fmt("%.1f×", p.seconds / mem.seconds) + " / " + fmt("%.1f×", p.seconds / cli.seconds);
            }
            if (isXlsx) {
                // The document just written, to a workbook: what a person does next.
                const std::string workbook = dir + "/out.xlsx";
                const Timing convert =
                    measure({FINDINGS_CLI, "convert", "--quiet", out, "-o", workbook}, repeat, true);
                convertLines.push_back("| " + std::to_string(rows) + " | " + fmt("%.0f MB", fileMb(out)) + " | " +
                                       cell(convert, false) + " | " + fmt("%.1f MB", fileMb(workbook)) + " |");
            }
            const Stages st = measureStages(exe, file, out, repeat);
            const double copy = std::max(0.0, st.import - st.read - st.classify);
            std::string stageRow = "| " + std::to_string(rows) + " | " + (isXlsx ? "xlsx" : "csv") + " | " +
                                   fmt("%.2f s", st.read) + " | " + fmt("%.2f s", st.classify) + " | " +
                                   fmt("%.2f s", copy) + " | " + fmt("%.2f s", st.write) + " | " +
                                   fmt("%.2f s", st.import + st.write) + " | " + fmt("%.2f s", cli.seconds) + " |";
            stageLines.push_back(stageRow);
            if (mem.findings != rows)
                std::fprintf(stderr, "warning: %u rows gave %zu findings\n", rows, mem.findings);
            lines.push_back("| " + std::to_string(rows) + " | " + (isXlsx ? "xlsx" : "csv") + " " +
                            fmt("%.1f MB", fileMb(file)) + " | " + cell(mem, true) + " | " + cell(classify, true) +
                            " | " + cell(cli, false) + " | " + cell(cliHere, false) + " | " + fmt("%.0f MB", fileMb(out)) + " | " + py + " | " +
                            speedup + " |");
            std::fprintf(stderr, "%s\n", lines.back().c_str());
        }
    }
    std::puts("| rows | input | file → findings in memory (time, peak RSS) | same, themes by the classifier | "
              "file → .findings.json (CLI, import in a worker) | same, --in-process | JSON size | openpyxl read-only, rows only | openpyxl ÷ ours "
              "(memory / CLI) |");
    std::puts("|---|---|---|---|---|---|---|---|---|");
    for (const auto& l : lines) std::puts(l.c_str());
    std::puts("\nWhere one import's time goes (medians, each stage timed on its own in one process). "
              "Read: the sheet reader alone, every cell. Classify: the classifier alone over every "
              "finding's text (themes and polarity). Copy: what the in-memory import takes beyond "
              "those two: mapping columns, building records, their trip across the plugin boundary, "
              "the host's checks. An .xlsx sheet is read on a second thread while its rows become "
              "findings, so for xlsx copy is what is left once the reading overlaps the rest. "
              "Write: the .findings.json from memory. The CLI adds process start, plugin loading and "
              "the worker.\n");
    std::puts("| rows | input | read | classify | copy | write | sum | CLI end to end |");
    std::puts("|---|---|---|---|---|---|---|---|");
    for (const auto& l : stageLines) std::puts(l.c_str());
    std::puts("\n`findings convert` of the imported document to a workbook (the Excel exporter; "
              "median, end to end, the JSON read in a worker as by default):\n");
    std::puts("| findings | .findings.json | → .xlsx (time, peak RSS) | workbook |");
    std::puts("|---|---|---|---|");
    for (const auto& l : convertLines) std::puts(l.c_str());
    return 0;
}

int main(int argc, char** argv) {
    try {
        return benchMain(argc, argv);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "sheetimport_bench: %s\n", e.what());
        return 1;
    }
}
