// A document's text from its importer (the document_text extension), in this process and in
// a worker: the text as the importer wrote it; an importer without the extension (a 1.0
// plugin, a 1.1 one that offers none) answered in words; a plugin that crashes or waits in
// it fails the request only, and a cancel reaches it in its worker.
#include <catch2/catch.hpp>

#include "test_support.hpp"

#include <findings/core/document_text.hpp>

#include <chrono>
#include <thread>

using namespace findings;
using namespace findings::core;
using namespace testsupport;

namespace {

/// The test plugins; isolated, also the broken ones (one of them crashes as it loads, which
/// only a worker survives).
std::unique_ptr<PluginRegistry> registryOf(bool inProcess) {
    std::vector<std::string> dirs{FINDINGS_TEST_PLUGIN_DIR};
    if (!inProcess) dirs.push_back(FINDINGS_BROKEN_PLUGIN_DIR);
    return pluginRegistry(dirs, inProcess, {256, 10});
}

}  // namespace

TEST_CASE("an importer's document text arrives as it wrote it, in process and from a worker", "[doctext]") {
    TempDir dir;
    const std::string text = "GOOD\nstrength: Leaders know their services well.\n\nweakness: Plans lag.\n";
    writeFile(dir.file("a.good"), text);
    for (const bool inProcess : {true, false}) {
        INFO((inProcess ? "in process" : "in a worker"));
        auto registry = registryOf(inProcess);
        REQUIRE(static_cast<bool>(registry->workers()) == !inProcess);
        DiagnosticList diagnostics;
        // Named, and chosen as an import would choose.
        for (const std::string importer : {"test.good.import", ""}) {
            const DocumentText got = documentText(*registry, dir.file("a.good"), importer, diagnostics);
            CHECK(got.problem == "");
            CHECK(got.ok);
            CHECK(got.text == text);
            CHECK(got.importerId == "test.good.import");
        }
    }
}

TEST_CASE("an importer without the extension is answered in words", "[doctext]") {
    auto registry = registryOf(true);
    // Built against the 1.0 header: its importer struct ends before get_extension.
    const ImporterEntry old = registry->findImporter("test.services10.import");
    REQUIRE(old.plugin);
    CHECK(old.importer->struct_size < offsetof(fnd_importer, get_extension) + sizeof(void*));
    CHECK(documentTextExtension(old.importer) == nullptr);
    // A 1.1 C plugin that leaves get_extension NULL offers none either.
    const ImporterEntry c11 = registry->findImporter("test.services.import");
    REQUIRE(c11.plugin);
    CHECK(documentTextExtension(c11.importer) == nullptr);
    // A C++ importer offers exactly the extensions it derives from: no unknown names.
    const ImporterEntry good = registry->findImporter("test.good.import");
    REQUIRE(documentTextExtension(good.importer) != nullptr);
    CHECK(good.importer->get_extension(good.importer, "findings.no-such-extension.v1") == nullptr);

    TempDir dir;
    writeFile(dir.file("x.svc"), "SVC\nsome words\n");
    DiagnosticList diagnostics;
    const DocumentText got = documentText(*registry, dir.file("x.svc"), "test.services10.import", diagnostics);
    CHECK_FALSE(got.ok);
    CHECK(got.problem == "Its importer (Host services probe) does not give the document's text.");
    const DocumentText gone = documentText(*registry, dir.file("x.svc"), "org.example.uninstalled", diagnostics);
    CHECK_FALSE(gone.ok);
    CHECK(gone.problem == "The importer that read this document (org.example.uninstalled) is not installed.");
    const DocumentText missing = documentText(*registry, dir.file("nowhere.good"), "test.good.import", diagnostics);
    CHECK_FALSE(missing.ok);
    CHECK(missing.problem.find("nowhere.good") != std::string::npos);
}

TEST_CASE("a plugin that crashes while giving the text fails that request only", "[doctext][isolation]") {
    auto registry = registryOf(false);
    TempDir dir;
    writeFile(dir.file("x.segv"), "SEGV\n");
    writeFile(dir.file("a.good"), "GOOD\nstrength: fine\n");
    DiagnosticList diagnostics;
    const DocumentText crashed = documentText(*registry, dir.file("x.segv"), "", diagnostics);
    CHECK_FALSE(crashed.ok);
    CHECK(crashed.importerId == "test.segv.import");
    CHECK(crashed.problem == "test.segv.import crashed (SIGSEGV) on x.segv");
    CHECK(crashed.text.empty());
    // The next request gets a fresh worker.
    const DocumentText next = documentText(*registry, dir.file("a.good"), "", diagnostics);
    CHECK(next.ok);
}

TEST_CASE("a cancel stops an importer reading a document's text", "[doctext][isolation]") {
    for (const bool inProcess : {true, false}) {
        INFO((inProcess ? "in process" : "in a worker"));
        auto registry = registryOf(inProcess);
        TempDir dir;
        // The slow test importer reads until it is cancelled.
        writeFile(dir.file("x.slow"), "SLOW\n");
        std::atomic<bool> cancel{false};
        std::thread canceller([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            cancel = true;
        });
        const auto before = std::chrono::steady_clock::now();
        DiagnosticList diagnostics;
        const DocumentText got = documentText(*registry, dir.file("x.slow"), "", diagnostics, &cancel);
        const auto took = std::chrono::steady_clock::now() - before;
        canceller.join();
        CHECK_FALSE(got.ok);
        CHECK(got.cancelled);
        // Well inside the worker's 10 s limit: the plugin saw the cancel and stopped.
        CHECK(took < std::chrono::seconds(5));
    }
}

TEST_CASE("document text that is not UTF-8 is refused at the boundary", "[doctext]") {
    for (const bool inProcess : {true, false}) {
        INFO((inProcess ? "in process" : "in a worker"));
        auto registry = registryOf(inProcess);
        TempDir dir;
        // The good importer gives its input as it is: here with a Windows-1252 byte.
        writeFile(dir.file("cp1252.good"), "GOOD\nstrength: Caf\xE9 culture\n");
        DiagnosticList diagnostics;
        const DocumentText got = documentText(*registry, dir.file("cp1252.good"), "test.good.import", diagnostics);
        CHECK_FALSE(got.ok);
        CHECK(got.text.empty());
        CHECK(got.problem == "The importer test.good.import gave text that is not valid UTF-8.");
    }
}
