// The sample importer's own test, with the SDK's test harness (Findings::plugin_check): the
// plugin loads as the host loads it, its importer claims the sample file, every record it
// emits passes the host's record check, the findings are the ones the file lists, and its
// document text (the document_text extension) holds each finding on the lines it names.
// Plain C++ with no test framework: a plugin written in C can be tested this way.
#include <findings/plugin_check/plugin_check.hpp>
#include <findings/plugin_check/plugin_library.hpp>
#include <findings/plugin_check/runs.hpp>

#include <algorithm>
#include <cstdint>
#include <iostream>

namespace {
int failures = 0;
void expect(bool ok, const std::string& what) {
    if (!ok) {
        std::cerr << "FAILED: " << what << "\n";
        ++failures;
    }
}
}  // namespace

int main() {
    using namespace findings::plugin_check;
    // Everything plugin-check checks: load, descriptor, options, identify, import, records.
    const CheckReport report = checkPlugin(PLUGIN_PATH, {{SAMPLE_FILE}, {}});
    std::cout << report.text();
    expect(report.ok(), "plugin-check finds no problem");

    // Then what this importer should make of the sample.
    PluginLibrary plugin(PLUGIN_PATH);
    const fnd_importer* importer = plugin.importer("org.example.markdown-findings");
    expect(importer != nullptr, "the importer org.example.markdown-findings is there");
    if (!importer) return 1;
    expect(runIdentify(*importer, SAMPLE_FILE).confidence >= 50, "it claims a Markdown findings list");
    const ImportRun run = runImport(*importer, SAMPLE_FILE);
    expect(run.status == FND_OK, "the import succeeds");
    expect(run.sources.size() == 1 && run.sources[0].title == "Wyvern findings", "one source, titled by the heading");
    expect(run.findings.size() >= 5, "a finding per bullet");
    expect(!run.findings.empty() && run.findings[0].polarity == "strength" &&
               run.findings[0].section == "Front door and child protection",
           "the first bullet is a strength in its section");
    expect(run.recordProblemCount == 0, "every record passes the record check");
    expect(run.otherThreadSinkCalls == 0, "records are emitted on the import's thread");

    // The source view's text: the finding's first line, as the import counted it, holds the
    // start of the finding's text.
    const DocumentTextRun text = runDocumentText(*importer, SAMPLE_FILE);
    expect(text.offered && text.status == FND_OK, "it gives the document's text");
    size_t located = 0;
    for (const findings::Finding& f : run.findings) {
        std::string line;
        std::int64_t n = 0;
        for (size_t start = 0; start <= text.text.size() && n < f.location.line_start;) {
            const size_t end = std::min(text.text.find('\n', start), text.text.size());
            line = text.text.substr(start, end - start);
            start = end + 1;
            ++n;
        }
        if (n == f.location.line_start && line.find(f.text.substr(0, 20)) != std::string::npos) ++located;
    }
    expect(!run.findings.empty() && located == run.findings.size(), "each finding stands on its first line");
    return failures ? 1 : 0;
}
