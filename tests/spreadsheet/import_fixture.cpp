#include "import_fixture.hpp"

#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <findings/core/plugin_registry.hpp>

#include <cstdlib>
#include <map>
#include <memory>
#include <mutex>

namespace spreadsheet_test {

namespace {

/// The registry of this build's plugins, loaded once. The user's folders are kept out: the
/// user data dir points nowhere, so no override of themes or columns applies.
const findings::core::PluginRegistry& registry() {
    static std::unique_ptr<findings::core::PluginRegistry> r;
    static std::once_flag once;
    std::call_once(once, [] {
        setenv("XDG_DATA_HOME", "/nonexistent-findings-test", 1);
        r = std::make_unique<findings::core::PluginRegistry>();
        r->loadFolder(FINDINGS_PLUGIN_DIR);
    });
    return *r;
}

bool endsWith(const std::string& s, const std::string& tail) {
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

}  // namespace

std::string fixture(const std::string& name) { return std::string(SPREADSHEET_FIXTURE_DIR) + "/" + name; }
std::string sample(const std::string& name) { return std::string(FINDINGS_SAMPLES_DIR) + "/" + name; }

const findings::Finding& Imported::byRef(const std::string& ref) const {
    for (const auto& f : result.set.findings)
        if (endsWith(f.id, "-" + ref)) return f;
    FAIL("no finding with Ref " << ref << "; log:\n" << log());
    throw std::logic_error("unreachable");
}

bool Imported::hasRef(const std::string& ref) const {
    for (const auto& f : result.set.findings)
        if (endsWith(f.id, "-" + ref)) return true;
    return false;
}

std::vector<std::string> Imported::messages(const std::string& code) const {
    std::vector<std::string> out;
    for (const auto& d : diagnostics)
        if (d.code == code) out.push_back(d.message);
    return out;
}

std::string Imported::log() const {
    std::string out = result.ok ? "" : "import failed: " + result.error + "\n";
    for (const auto& d : diagnostics) out += d.format() + " [" + d.code + "]\n";
    return out;
}

Imported importFile(const std::string& path, const findings::Properties& options, const std::string& importer) {
    findings::core::DiagnosticList diagnostics;
    findings::core::ImportSettings settings;
    settings.options = options;
    settings.forcedImporter = importer;
    settings.diagnostics = &diagnostics;
    Imported out;
    out.result = findings::core::importFile(registry(), path, settings);
    out.diagnostics = diagnostics.all();
    return out;
}

std::string convertWithLibreOffice(const std::string& input, const std::string& format) {
    static std::mutex mutex;
    static std::map<std::string, std::string> done;
    static testsupport::TempDir dir;
    std::lock_guard<std::mutex> lock(mutex);
    const std::string key = input + "|" + format;
    if (auto it = done.find(key); it != done.end()) return it->second;
    if (testsupport::runCommand("command -v soffice").status != 0)
        FAIL("soffice (LibreOffice) is not installed; make test installs it");
    const std::string outDir = dir.file("out" + std::to_string(done.size()));
    const std::string home = dir.file("home");
    using testsupport::shellQuote;
    const auto r = testsupport::runCommand(
        "mkdir -p " + shellQuote(home) + " && HOME=" + shellQuote(home) +
        " soffice --headless --norestore -env:UserInstallation=file://" + home + "/profile --convert-to " +
        shellQuote(format) + " --outdir " + shellQuote(outDir) + " " + shellQuote(input));
    INFO("soffice: " << r.out << r.err);
    REQUIRE(r.status == 0);
    std::string base = input.substr(input.find_last_of('/') + 1);
    base = base.substr(0, base.find_last_of('.'));
    const std::string out = outDir + "/" + base + "." + format.substr(0, format.find(':'));
    REQUIRE(testsupport::fileExists(out));
    done[key] = out;
    return out;
}

void runPython(const std::string& script, const std::string& args) {
    const auto r = testsupport::runCommand("/usr/bin/python3 " +
                                           testsupport::shellQuote(std::string(SPREADSHEET_SCRIPT_DIR) + "/" + script) +
                                           " " + args);
    INFO(script << " " << args << "\n" << r.out << r.err);
    REQUIRE(r.status == 0);
}

bool haveExcelPlugin() {
    return testsupport::fileExists(std::string(FINDINGS_PLUGIN_DIR) + "/excel.findings-plugin");
}

std::string textAndAction(const findings::Finding& f) {
    return f.text + " | " + f.action.text + " | " + f.action.owner + " | " + f.action.due + " | " + f.action.status;
}

}  // namespace spreadsheet_test
