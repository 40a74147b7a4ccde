// Exports that fail leave nothing at the target and keep an existing file, and successful
// ones leave no scratch files behind; options change the workbook as documented.
#include <catch2/catch.hpp>

#include "record_strings.hpp"

#include "sample_document.hpp"
#include "workbook_fixture.hpp"

#include <findings/core/export_service.hpp>
#include <findings/core/plugin_registry.hpp>

#include <Poco/JSON/Array.h>

#include <atomic>
#include <cstdlib>
#include <dirent.h>

using namespace exceltest;
using testsupport::fileExists;
using testsupport::readFile;
using testsupport::runCli;
using testsupport::shellQuote;

namespace {

std::vector<std::string> filesIn(const std::string& dir) {
    std::vector<std::string> out;
    if (DIR* d = opendir(dir.c_str())) {
        while (dirent* e = readdir(d))
            if (e->d_name[0] != '.') out.emplace_back(e->d_name);
        closedir(d);
    }
    return out;
}

std::size_t openFileCount() { return filesIn("/proc/self/fd").size(); }

/// Sets TMPDIR for the life of the object (the host hands it to exporters as their scratch
/// folder), then restores it.
class ScopedTmpdir {
public:
    explicit ScopedTmpdir(const std::string& dir) {
        const char* old = std::getenv("TMPDIR");
        if (old) old_ = old;
        had_ = old != nullptr;
        ::setenv("TMPDIR", dir.c_str(), 1);
    }
    ~ScopedTmpdir() {
        if (had_) ::setenv("TMPDIR", old_.c_str(), 1);
        else ::unsetenv("TMPDIR");
    }

private:
    std::string old_;
    bool had_ = false;
};

std::vector<std::string> sheetTitles(const Poco::JSON::Object::Ptr& facts) {
    std::vector<std::string> out;
    auto sheets = facts->getArray("sheets");
    for (std::size_t i = 0; i < sheets->size(); ++i)
        out.push_back(sheets->getObject(static_cast<unsigned>(i))->getValue<std::string>("title"));
    return out;
}

}  // namespace

TEST_CASE("a bad option fails the export, names the option, and writes no file",
          "[workbook][failure]") {
    testsupport::TempDir dir;
    const std::string target = dir.file("out.xlsx");
    const auto r = runCli("convert " + shellQuote(documentPath()) + " -o " + shellQuote(target) +
                          " --option constant_memory=maybe");
    CHECK(r.status == 1);
    CHECK_THAT(r.err, Catch::Contains("constant_memory") && Catch::Contains("auto, true or false"));
    CHECK_FALSE(fileExists(target));
    CHECK(filesIn(dir.path()).empty());
}

TEST_CASE("a failed export keeps the file already at the target", "[workbook][failure]") {
    testsupport::TempDir dir;
    const std::string target = dir.file("out.xlsx");
    testsupport::writeFile(target, "the previous workbook");
    const auto r = runCli("convert " + shellQuote(documentPath()) + " -o " + shellQuote(target) +
                          " --option sheets=findings,pivot");
    CHECK(r.status == 1);
    CHECK_THAT(r.err, Catch::Contains("no sheet 'pivot'"));
    CHECK(readFile(target) == "the previous workbook");
}

TEST_CASE("an unusable scratch folder fails the export with the cause and no file",
          "[workbook][failure]") {
    testsupport::TempDir dir;
    const std::string target = dir.file("out.xlsx");
    const auto r = testsupport::runCommand(
        "TMPDIR=" + shellQuote(dir.file("missing")) + " " + shellQuote(FINDINGS_CLI) + " convert " +
        shellQuote(documentPath()) + " -o " + shellQuote(target));
    CHECK(r.status == 1);
    CHECK_THAT(r.err, Catch::Contains("scratch file") && Catch::Contains("missing"));
    CHECK_FALSE(fileExists(target));
}

TEST_CASE("an export cancelled half-way leaves no file, no scratch files and no open files",
          "[workbook][failure]") {
    // Enough findings that the exporter checks for cancellation while writing rows.
    findings::FindingsSet set = sampleDocument();
    const auto one = set.findings;
    for (int copy = 1; copy < 400; ++copy)
        for (auto f : one) {
            f.id += "-" + std::to_string(copy);
            set.findings.push_back(std::move(f));
        }
    findings::core::PluginRegistry registry;
    REQUIRE(registry.loadFile(std::string(FINDINGS_PLUGIN_DIR) + "/excel.findings-plugin"));
    testsupport::TempDir scratch, out;
    const std::string target = out.file("cancelled.xlsx");
    for (const char* mode : {"true", "false"}) {
        std::atomic<bool> cancel{false};
        findings::core::DiagnosticList diagnostics;
        findings::core::ExportSettings settings;
        settings.options = {{"constant_memory", mode}};
        settings.diagnostics = &diagnostics;
        settings.cancel = &cancel;
        // Cancel as soon as the first rows are reported written.
        settings.progress = [&cancel](const std::string&, double fraction, const std::string&) {
            if (fraction > 0) cancel = true;
        };
        const std::size_t filesBefore = openFileCount();
        std::string error;
        {
            ScopedTmpdir tmp(scratch.path());
            error = findings::core::exportFindings(registry, set, target, settings);
        }
        INFO("constant_memory=" << mode);
        // FND_ERR_CANCELLED in words, never as its number.
        CHECK_THAT(error, Catch::Contains("export failed: cancelled (exporter"));
        CHECK_THAT(error, !Catch::Contains("status"));
        CHECK_FALSE(fileExists(target));
        CHECK(filesIn(scratch.path()).empty());
        CHECK(filesIn(out.path()).empty());
        CHECK(openFileCount() == filesBefore);
    }
}

TEST_CASE("a successful export leaves no scratch files", "[workbook]") {
    testsupport::TempDir scratch, out;
    const auto r = testsupport::runCommand(
        "TMPDIR=" + shellQuote(scratch.path()) + " " + shellQuote(FINDINGS_CLI) +
        " convert --quiet " + shellQuote(documentPath()) + " -o " + shellQuote(out.file("a.xlsx")));
    CHECK(r.status == 0);
    CHECK(filesIn(scratch.path()).empty());
    CHECK(filesIn(out.path()) == std::vector<std::string>{"a.xlsx"});
}

TEST_CASE("options choose sheets, drop the full text, set the title and a password",
          "[workbook][options]") {
    testsupport::TempDir dir;
    const std::string target = dir.file("some.xlsx");
    const auto r =
        runCli("convert --quiet " + shellQuote(documentPath()) + " -o " + shellQuote(target) +
               " --option sheets=actions,findings --option full_text=false"
               " --option 'title=Board pack: Wyvern & partners' --option password=s3cret");
    REQUIRE(r.status == 0);
    const auto facts = workbookFacts(target);
    CHECK(sheetTitles(facts) == std::vector<std::string>{"Findings", "Actions", "_findings"});
    CHECK(facts->getObject("properties")->getValue<std::string>("title") ==
          "Board pack: Wyvern & partners");
    auto sheets = facts->getArray("sheets");
    auto findingsSheet = sheets->getObject(0);
    auto header = findingsSheet->getArray("rows")->getArray(0);
    std::vector<std::string> headers;
    for (std::size_t i = 0; i < header->size(); ++i)
        headers.push_back(header->getArray(static_cast<unsigned>(i))->getElement<std::string>(1));
    CHECK(std::find(headers.begin(), headers.end(), "Finding") == headers.end());
    CHECK(std::find(headers.begin(), headers.end(), "Summary") != headers.end());
    CHECK(sheets->getObject(1)->getValue<bool>("password"));
}
