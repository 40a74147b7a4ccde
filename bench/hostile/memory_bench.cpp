// memory_bench: peak resident memory of the commands that read large inputs, each run in its
// own child process (the `findings` CLI as a user runs it), against the size of the input.
// The targets (issue 12): a findings document is validated, converted or imported in under
// 3x its size; a 1M-row tracker (CSV or .xlsx) is imported in under 1 GB.
// Prints a Markdown table.
#include "child_run.hpp"
#include "findings_generator.hpp"
#include "tracker_generator.hpp"

#include <findings/format/findings_json.hpp>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <stdexcept>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace {

const char* const kUsage =
    "usage: memory_bench [--mb 100] [--rows 1000000] [--dir DIR] [--keep]\n"
    "  --mb    size of the generated findings document in MB (default 100)\n"
    "  --rows  data rows of the generated trackers (default 1000000; 0 skips them)\n"
    "  --dir   folder for the generated files (default: a new temporary folder)\n";

double megabytes(double bytes) { return bytes / (1024.0 * 1024.0); }

double fileMb(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) throw std::runtime_error("cannot stat " + path);
    return megabytes(double(st.st_size));
}

/// Writes a findings document of at least `mb` MB from the Excel benchmark's generator.
void writeDocument(const std::string& path, double mb) {
    // About 1.6 KB of JSON per generated finding; one batch, then doubled until big enough.
    size_t count = size_t(mb * 1024 * 1024 / 1600) + 1;
    for (;;) {
        findings::FindingsSet set = excel_bench::generateFindings(count);
        {
            std::ofstream out(path, std::ios::binary);
            findings::writeFindingsJson(set, out);
        }
        const double got = fileMb(path);
        if (got >= mb) return;
        count = size_t(double(count) * mb / got * 1.02) + 1;
    }
}

struct Row {
    std::string what;
    double inputMb;
    sheetread_bench::ChildResult result;
    double limitMb;  ///< the target
};

void print(const std::vector<Row>& rows) {
    std::printf("| command | input | peak RSS | peak / input | target | time |\n");
    std::printf("| --- | --- | --- | --- | --- | --- |\n");
    for (const auto& r : rows) {
        const double peak = double(r.result.peakRssKb) / 1024.0;
        std::printf("| %s | %.0f MB | %.0f MB | %.2fx | %s %.0f MB | %.2f s |\n", r.what.c_str(), r.inputMb, peak,
                    peak / r.inputMb, peak <= r.limitMb ? "under" : "OVER", r.limitMb, r.result.seconds);
    }
    std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv) {
    double mb = 100;
    long rows = 1000000;
    std::string dir;
    bool keep = false;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--mb" && i + 1 < argc) mb = std::atof(argv[++i]);
        else if (a == "--rows" && i + 1 < argc) rows = std::atol(argv[++i]);
        else if (a == "--dir" && i + 1 < argc) dir = argv[++i];
        else if (a == "--keep") keep = true;
        else {
            std::fputs(kUsage, stderr);
            return 2;
        }
    }
    if (dir.empty()) {
        char pattern[] = "/tmp/memory-bench-XXXXXX";
        if (!::mkdtemp(pattern)) return 1;
        dir = pattern;
    }
    const std::string cli = FINDINGS_CLI;
    const std::string doc = dir + "/large.findings.json";
    std::vector<Row> table;
    try {
        std::fprintf(stderr, "generating a %.0f MB findings document...\n", mb);
        writeDocument(doc, mb);
        const double docMb = fileMb(doc);
        const double limit = 3 * docMb;
        table.push_back({"validate", docMb, sheetread_bench::runChild({cli, "validate", "--quiet", doc}), limit});
        table.push_back({"convert to CSV", docMb,
                         sheetread_bench::runChild({cli, "convert", "--quiet", doc, "-o", dir + "/out.csv"}), limit});
        table.push_back({"import (re-write the document)", docMb,
                         sheetread_bench::runChild({cli, "import", "--quiet", doc, "-o", dir + "/again.findings.json"}),
                         limit});
        if (rows > 0) {
            const std::string csv = dir + "/tracker.csv", xlsx = dir + "/tracker.xlsx";
            std::fprintf(stderr, "generating %ld-row trackers...\n", rows);
            sheetread_bench::writeTrackerCsv(csv, uint32_t(rows));
            sheetread_bench::writeTrackerXlsx(xlsx, uint32_t(rows), dir);
            const std::string label = std::to_string(rows / 1000) + "k-row ";
            table.push_back({"import " + label + "CSV", fileMb(csv),
                             sheetread_bench::runChild({cli, "import", "--quiet", csv, "-o", dir + "/csv.findings.json"}),
                             1024});
            table.push_back({"import " + label + "xlsx", fileMb(xlsx),
                             sheetread_bench::runChild({cli, "import", "--quiet", xlsx, "-o", dir + "/xlsx.findings.json"}),
                             1024});
        }
    } catch (const std::exception& e) {
        print(table);
        std::fprintf(stderr, "memory_bench: %s\n", e.what());
        return 1;
    }
    print(table);
    if (!keep) std::system(("rm -rf '" + dir + "'").c_str());
    return 0;
}
