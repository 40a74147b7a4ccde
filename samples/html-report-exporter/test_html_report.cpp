// The sample exporter's own test, with the SDK's test harness (Findings::plugin_check): the
// plugin loads as the host loads it, declares its options sensibly, and exports a small set
// of findings into an HTML page that honours its options.
#include <findings/plugin_check/plugin_check.hpp>
#include <findings/plugin_check/plugin_library.hpp>
#include <findings/plugin_check/runs.hpp>

#include <iostream>

namespace {
int failures = 0;
void expect(bool ok, const std::string& what) {
    if (!ok) {
        std::cerr << "FAILED: " << what << "\n";
        ++failures;
    }
}
bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }
}  // namespace

int main() {
    using namespace findings::plugin_check;
    // Load, descriptor, declared options, and an export of the harness's sample set.
    const CheckReport report = checkPlugin(PLUGIN_PATH);
    std::cout << report.text();
    expect(report.ok(), "plugin-check finds no problem");

    PluginLibrary plugin(PLUGIN_PATH);
    const fnd_exporter* exporter = plugin.exporter("org.example.html-report");
    expect(exporter != nullptr, "the exporter org.example.html-report is there");
    if (!exporter) return 1;
    std::vector<findings::Source> sources;
    std::vector<findings::Finding> findings;
    sampleRecords(sources, findings);
    const ExportRun run = runExport(*exporter, sources, findings, {{"title", "Wyvern <report>"}}, "report.html");
    expect(run.status == FND_OK, "the export succeeds");
    expect(contains(run.output, "<h1>Wyvern &lt;report&gt;</h1>"), "the title option heads the page, escaped");
    expect(contains(run.output, "class=\"weakness\"") && contains(run.output, "class=\"strength\""),
           "each finding is coloured by its polarity");
    expect(contains(run.output, "&lt;18&gt;"), "finding text is escaped");
    expect(run.otherThreadOutputCalls == 0, "the output is written on the export's thread");
    const ExportRun brief = runExport(*exporter, sources, findings, {{"summary_only", "true"}}, "report.html");
    expect(contains(run.output, "act on what they learn"), "the full text by default");
    expect(brief.status == FND_OK && !contains(brief.output, "act on what they learn") &&
               contains(brief.output, "Leaders know their services well."),
           "summary_only shows each finding's first sentence");
    return failures ? 1 : 0;
}
