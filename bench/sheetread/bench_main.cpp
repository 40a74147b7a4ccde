// sheetread_bench: generates trackers (10k, 100k, 1M rows × 11 columns; .xlsx via
// libxlsxwriter constant memory, and CSV), then times, each in a fresh child process:
// the zlib-inflate floor, the inflate + expat floor, our .xlsx reader (with and without the
// merged-range pre-pass), openpyxl read-only, and our CSV reader. Prints a Markdown table.
#include "bench_options.hpp"
#include "child_run.hpp"
#include "readers.hpp"
#include "tracker_generator.hpp"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <sstream>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

using namespace sheetread_bench;

namespace {

const char* const kUsage =
    "usage: sheetread_bench [--sizes 10000,100000,1000000] [--repeat N] [--all] [--dir DIR] [--keep]\n"
    "  --sizes   row counts to generate and read (default 10000,100000,1000000)\n"
    "  --repeat  runs per measurement; the median is shown (default 3)\n"
    "  --all     also run openpyxl on 1M rows (slow: about 70 s)\n"
    "  --dir     folder for the generated files (default: a new temporary folder)\n"
    "  --keep    keep the generated files\n";

const char* const kOpenpyxlScript =
    "import sys, openpyxl\n"
    "wb = openpyxl.load_workbook(sys.argv[1], read_only=True)\n"
    "n = 0\n"
    "for row in wb.worksheets[0].iter_rows(values_only=True):\n"
    "    n += sum(1 for v in row if v is not None)\n"
    "print(0, n)\n";

/// Child mode: run one reading and print "seconds count".
int runMode(const std::string& mode, const std::string& file) {
    const auto start = std::chrono::steady_clock::now();
    uint64_t count = 0;
    if (mode == "inflate") count = inflateFloor(file);
    else if (mode == "safezip") count = inflateSafezip(file);
    else if (mode == "poco-zip") count = inflatePocoZip(file);
    else if (mode == "expat") count = inflateExpatFloor(file);
    else if (mode == "ours") count = readXlsxOurs(file, true);
    else if (mode == "ours-nomerge") count = readXlsxOurs(file, false);
    else if (mode == "csv") count = readCsvOurs(file);
    else return 2;
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("%.6f %llu\n", seconds, static_cast<unsigned long long>(count));
    return 0;
}

struct Timing {
    double seconds = 0;  ///< median
    long rssKb = 0;      ///< largest peak
    uint64_t count = 0;
};

Timing measure(const std::vector<std::string>& argv, int repeat, bool externalTime) {
    std::vector<double> times;
    Timing t;
    for (int i = 0; i < repeat; ++i) {
        const ChildResult r = runChild(argv);
        double inner = 0;
        unsigned long long count = 0;
        std::istringstream(r.output) >> inner >> count;
        times.push_back(externalTime ? r.seconds : inner);
        t.rssKb = std::max(t.rssKb, r.peakRssKb);
        t.count = count;
    }
    std::sort(times.begin(), times.end());
    t.seconds = times[times.size() / 2];
    return t;
}

double fileMb(const std::string& path) {
    struct stat st {};
    stat(path.c_str(), &st);
    return double(st.st_size) / 1e6;
}

std::string fmt(const char* format, double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, format, v);
    return buf;
}

}  // namespace

int benchMain(int argc, char** argv) {
    if (argc == 4 && std::string(argv[1]) == "--run") return runMode(argv[2], argv[3]);
    BenchOptions options;
    options.sizes = {10000, 100000, 1000000};
    if (const int status = parseBenchOptions(argc, argv, kUsage, options); status >= 0) return status;
    const BenchWorkdir workdir(options, "sheetread-bench");
    if (!workdir.ok()) return 1;
    const std::string& dir = workdir.path();
    const int repeat = options.repeat;
    const bool all = options.all;
    const std::vector<uint32_t>& sizes = options.sizes;
    char self[4096];
    const ssize_t selfLen = readlink("/proc/self/exe", self, sizeof self - 1);
    if (selfLen <= 0) return 1;
    const std::string exe(self, size_t(selfLen));
    const bool havePython = access("/usr/bin/python3", X_OK) == 0 &&
                            std::system("/usr/bin/python3 -c 'import openpyxl' 2>/dev/null") == 0;

    std::printf("sheetread_bench: %d run(s) per measurement (median), each in a fresh process; files in %s\n\n",
                repeat, dir.c_str());
    std::vector<std::string> lines, inflateLines;
    for (uint32_t rows : sizes) {
        const std::string xlsx = dir + "/tracker-" + std::to_string(rows) + ".xlsx";
        const std::string csv = dir + "/tracker-" + std::to_string(rows) + ".csv";
        auto t0 = std::chrono::steady_clock::now();
        writeTrackerXlsx(xlsx, rows, dir);
        auto t1 = std::chrono::steady_clock::now();
        writeTrackerCsv(csv, rows);
        std::fprintf(stderr, "generated %u rows: xlsx %.1f s, csv %.1f s\n", rows,
                     std::chrono::duration<double>(t1 - t0).count(),
                     std::chrono::duration<double>(std::chrono::steady_clock::now() - t1).count());

        const double xmlMb = double(sheetXmlBytes(xlsx)) / 1e6;
        const Timing inflate = measure({exe, "--run", "inflate", xlsx}, repeat, false);
        const Timing safezip = measure({exe, "--run", "safezip", xlsx}, repeat, false);
        const Timing pocoZip = measure({exe, "--run", "poco-zip", xlsx}, repeat, false);
        const Timing expat = measure({exe, "--run", "expat", xlsx}, repeat, false);
        const Timing ours = measure({exe, "--run", "ours", xlsx}, repeat, false);
        const Timing oursNoMerge = measure({exe, "--run", "ours-nomerge", xlsx}, repeat, false);
        const Timing csvOurs = measure({exe, "--run", "csv", csv}, repeat, false);
        std::string openpyxl = "skipped", speedup = "–", pyRss = "–";
        if (havePython && (rows < 1000000 || all)) {
            const Timing py = measure({"/usr/bin/python3", "-c", kOpenpyxlScript, xlsx}, 1, true);
            openpyxl = fmt("%.2f s", py.seconds);
            pyRss = fmt("%.0f MB", py.rssKb / 1024.0);
            speedup = fmt("%.0f×", py.seconds / ours.seconds);
        }
        if (ours.count != expat.count)
            std::fprintf(stderr, "warning: %u rows: ours delivered %llu cells, expat counted %llu\n", rows,
                         static_cast<unsigned long long>(ours.count), static_cast<unsigned long long>(expat.count));
        const double csvMb = fileMb(csv);
        inflateLines.push_back("| " + std::to_string(rows) + " | " + fmt("%.3f", inflate.seconds) + " | " +
                               fmt("%.3f", safezip.seconds) + " | " + fmt("%.3f", pocoZip.seconds) + " |");
        lines.push_back("| " + std::to_string(rows) + " | " + fmt("%.1f", fileMb(xlsx)) + " / " + fmt("%.0f", xmlMb) +
                        " | " + fmt("%.3f", inflate.seconds) + " | " + fmt("%.3f", expat.seconds) + " | " +
                        fmt("%.3f", ours.seconds) + " | " + fmt("%.3f", oursNoMerge.seconds) + " | " +
                        fmt("%.2f", ours.seconds / expat.seconds) + " | " + fmt("%.0f MB", ours.rssKb / 1024.0) +
                        " | " + openpyxl + " (" + pyRss + ") | " + speedup + " | " + fmt("%.0f", csvMb) + " MB: " +
                        fmt("%.3f s", csvOurs.seconds) + ", " + fmt("%.0f MB/s", csvMb / csvOurs.seconds) + ", " +
                        fmt("%.0f MB", csvOurs.rssKb / 1024.0) + " |");
    }
    std::puts("Inflating the sheet and shared strings only:\n");
    std::puts("| rows | zlib raw inflate (s) | safezip EntryReader, caps + CRC (s) | Poco ZipInputStream (s) |");
    std::puts("|---|---|---|---|");
    for (const std::string& l : inflateLines) std::puts(l.c_str());
    std::puts("\nReading:\n");
    std::puts("| rows | xlsx MB / sheet XML MB | zlib inflate (s) | inflate + expat (s) | ours (s) | ours, no merge "
              "pre-pass (s) | ours ÷ expat | ours peak RSS | openpyxl read-only (peak RSS) | ours vs openpyxl | CSV "
              "(ours) |");
    std::puts("|---|---|---|---|---|---|---|---|---|---|---|");
    for (const std::string& l : lines) std::puts(l.c_str());
    return 0;
}

int main(int argc, char** argv) {
    try {
        return benchMain(argc, argv);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "sheetread_bench: %s\n", e.what());
        return 1;
    }
}
