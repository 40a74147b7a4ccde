// excel_bench: how fast, and in how much memory, the Excel exporter writes N findings,
// against a floor (the same cells with plain libxlsxwriter) and Python's xlsxwriter (the
// Debian package) writing the same cells. Every measurement runs in a child process of its
// own; memory is that child's peak RSS, and "own" memory subtracts what the child held
// before writing began (the findings set, or the rows Python loaded).
//
//   excel_bench [--sizes 10000,100000] [--writers floor,exporter,python] [--modes cm,normal]
//               [--workdir DIR] [--keep]
//   excel_bench --demo OUT.findings.json     the document behind docs/images/progress.png
#include "cell_dump.hpp"
#include "cell_table.hpp"
#include "child_process.hpp"
#include "findings_generator.hpp"
#include "floor_writer.hpp"

#include <findings/core/diagnostics.hpp>
#include <findings/core/export_service.hpp>
#include <findings/format/findings_json.hpp>
#include <findings/core/plugin_registry.hpp>
#include <findings/core/theme_labels.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <sys/stat.h>
#include <vector>

namespace {

using namespace excel_bench;
namespace core = findings::core;

const std::string kPluginDir = EXCEL_BENCH_PLUGIN_DIR;
const std::string kPythonWriter = EXCEL_BENCH_PYTHON_WRITER;

std::vector<std::string> split(const std::string& text) {
    std::vector<std::string> out;
    std::stringstream in(text);
    for (std::string item; std::getline(in, item, ',');)
        if (!item.empty()) out.push_back(item);
    return out;
}

long fileSize(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 ? static_cast<long>(st.st_size) : 0;
}

// --- children ---------------------------------------------------------------------------

/// Writes N findings with one writer and prints "seconds S baseline_kb B bytes F".
int runMeasurement(const std::string& writer, const std::string& mode, std::size_t n,
                   const std::string& workdir) {
    const findings::FindingsSet set = generateFindings(n);
    const core::ThemeLabels labels = core::ThemeLabels::find({kPluginDir});
    const bool cm = mode == "cm";
    const std::string out = workdir + "/" + writer + "-" + mode + "-" + std::to_string(n) + ".xlsx";
    double seconds = 0;
    long baseline = 0;
    if (writer == "floor") {
        const CellTable cells(set, labels);
        baseline = currentRssKb();
        seconds = writeFloor(cells, out, cm, workdir);
    } else if (writer == "exporter") {
        ::setenv("TMPDIR", workdir.c_str(), 1);  // the plugin's scratch files, as the floor's
        core::PluginRegistry registry;
        if (!registry.loadFile(kPluginDir + "/excel.findings-plugin")) {
            std::cerr << "cannot load the excel plugin: " << registry.failures().front().reason
                      << "\n";
            return 1;
        }
        core::DiagnosticList diagnostics;
        core::ExportSettings settings;
        settings.exporterId = "uk.findings.excel.export";
        settings.options = {{"constant_memory", cm ? "true" : "false"}};
        settings.diagnostics = &diagnostics;
        settings.themes = &labels;
        baseline = currentRssKb();
        const auto start = std::chrono::steady_clock::now();
        const std::string error = core::exportFindings(registry, set, out, settings);
        seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (!error.empty()) {
            std::cerr << error << "\n";
            for (const auto& d : diagnostics.all()) std::cerr << d.format() << "\n";
            return 1;
        }
    } else if (writer == "dump") {
        const CellTable cells(set, labels);
        dumpCells(cells, workdir);
    } else {
        std::cerr << "unknown writer " << writer << "\n";
        return 2;
    }
    std::printf("seconds %.3f baseline_kb %ld bytes %ld\n", seconds, baseline, fileSize(out));
    return 0;
}

// --- the parent ----------------------------------------------------------------------------

struct Measurement {
    std::size_t size;
    std::string writer, mode;
    double seconds;
    long peakKb, ownKb, bytes;
};

Measurement measure(const std::string& self, const std::string& writer, const std::string& mode,
                    std::size_t n, const std::string& workdir, bool keep) {
    Measurement m{n, writer, mode, 0, 0, 0, 0};
    ChildResult r;
    if (writer == "python") {
        const std::string dump = workdir + "/dump-" + std::to_string(n);
        ::mkdir(dump.c_str(), 0700);
        runChild({self, "--child", "dump", mode, std::to_string(n), dump});
        const std::string out = workdir + "/python-" + mode + "-" + std::to_string(n) + ".xlsx";
        r = runChild({"/usr/bin/python3", kPythonWriter, dump, out, mode});
        m.bytes = fileSize(out);
        std::system(("rm -rf '" + dump + "'").c_str());
        if (!keep) std::remove(out.c_str());
    } else {
        r = runChild({self, "--child", writer, mode, std::to_string(n), workdir});
        m.bytes = static_cast<long>(field(r.output, "bytes"));
        const std::string out =
            workdir + "/" + writer + "-" + mode + "-" + std::to_string(n) + ".xlsx";
        if (!keep) std::remove(out.c_str());  // a 1M-finding workbook is 200 MB
    }
    m.seconds = field(r.output, "seconds");
    m.peakKb = r.peakRssKb;
    m.ownKb = r.peakRssKb - static_cast<long>(field(r.output, "baseline_kb"));
    return m;
}

const char* writerName(const std::string& writer) {
    if (writer == "floor") return "floor: plain libxlsxwriter";
    if (writer == "exporter") return "exporter (plugin via host)";
    return "Python xlsxwriter";
}

void printTable(const std::vector<Measurement>& results) {
    std::map<std::tuple<std::size_t, std::string, std::string>, double> time;
    for (const auto& m : results) time[{m.size, m.writer, m.mode}] = m.seconds;
    std::printf("\n%9s  %-28s %-7s %9s %9s %10s %9s %8s\n", "findings", "writer", "mode", "time s",
                "vs floor", "peak MB", "own MB", "file MB");
    for (const auto& m : results) {
        auto floor = time.find({m.size, "floor", m.mode});
        char ratio[16] = "";
        if (m.writer != "floor" && floor != time.end() && floor->second > 0)
            std::snprintf(ratio, sizeof ratio, "%.2fx", m.seconds / floor->second);
        std::printf("%9zu  %-28s %-7s %9.2f %9s %10.1f %9.1f %8.1f\n", m.size, writerName(m.writer),
                    m.mode.c_str(), m.seconds, ratio, m.peakKb / 1024.0, m.ownKb / 1024.0,
                    m.bytes / 1048576.0);
    }
    for (const auto& m : results) {
        if (m.writer != "python") continue;
        auto exporter = time.find({m.size, "exporter", m.mode});
        if (exporter != time.end() && exporter->second > 0)
            std::printf("%9zu  Python xlsxwriter / exporter (%s): %.2fx\n", m.size, m.mode.c_str(),
                        m.seconds / exporter->second);
    }
}

int usage() {
    std::cerr << "usage: excel_bench [--sizes 10000,100000] [--writers floor,exporter,python]\n"
                 "                   [--modes cm,normal] [--workdir DIR] [--keep]\n"
                 "       excel_bench --demo OUT.findings.json\n";
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    try {
        if (args.size() == 5 && args[0] == "--child")
            return runMeasurement(args[1], args[2], std::stoul(args[3]), args[4]);
        if (args.size() == 2 && args[0] == "--demo") {
            std::ofstream out(args[1], std::ios::binary);
            findings::writeFindingsJson(demoDocument(), out);
            return out ? 0 : 1;
        }
        std::vector<std::string> sizes{"10000", "100000"}, writers{"floor", "exporter", "python"},
            modes{"cm", "normal"};
        std::string workdir;
        bool keep = false;
        for (std::size_t i = 0; i < args.size(); ++i) {
            auto value = [&]() -> std::string {
                if (i + 1 >= args.size()) throw std::invalid_argument(args[i] + " needs a value");
                return args[++i];
            };
            if (args[i] == "--sizes")
                sizes = split(value());
            else if (args[i] == "--writers")
                writers = split(value());
            else if (args[i] == "--modes")
                modes = split(value());
            else if (args[i] == "--workdir")
                workdir = value();
            else if (args[i] == "--keep")
                keep = true;
            else
                return usage();
        }
        if (workdir.empty()) {
            const char* tmp = std::getenv("TMPDIR");
            std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/excel-bench-XXXXXX";
            if (!::mkdtemp(pattern.data())) throw std::runtime_error("cannot make a work folder");
            workdir = pattern;
        }
        const std::string self = core::currentExecutablePath();
        std::vector<Measurement> results;
        for (const auto& size : sizes)
            for (const auto& mode : modes)
                for (const auto& writer : writers) {
                    std::fprintf(stderr, "%s findings, %s, %s...\n", size.c_str(), writer.c_str(),
                                 mode.c_str());
                    results.push_back(measure(self, writer, mode, std::stoul(size), workdir, keep));
                }
        printTable(results);
        if (keep) std::fprintf(stderr, "workbooks kept in %s\n", workdir.c_str());
        else std::system(("rm -rf '" + workdir + "'").c_str());
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "excel_bench: " << e.what() << "\n";
        return 1;
    }
}
