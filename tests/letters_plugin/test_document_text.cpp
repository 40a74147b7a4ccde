// The letter importers' document text (the document_text extension) is the text their
// findings' locations count: for a text letter in UTF-8 or Windows-1252, a Word letter and a
// PDF letter laid out on pages, every finding's lines (and byte offsets, when given) hold the
// finding's opening words. The desktop app's source view highlights those lines.
#include <catch2/catch.hpp>

#include "import_run.hpp"

#include <findings/core/document_text.hpp>
#include <findings/core/import_service.hpp>

#include <sstream>

using namespace findings;
using namespace letters_plugin_test;

namespace {

/// Lower case with runs of white space as one space: line breaks do not matter.
std::string squeezed(const std::string& s) {
    std::string out;
    for (char c : s) {
        const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
        if (space) {
            if (!out.empty() && out.back() != ' ') out.push_back(' ');
        } else {
            out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
        }
    }
    return out;
}

/// The first `n` words of a finding's text.
std::string openingWords(const std::string& text, int n) {
    std::istringstream in(text);
    std::string word, out;
    for (int i = 0; i < n && in >> word; ++i) out += (out.empty() ? "" : " ") + word;
    return squeezed(out);
}

/// Lines [first, last] (1-based) of `text`.
std::string linesOf(const std::string& text, std::int64_t first, std::int64_t last) {
    std::istringstream in(text);
    std::string line, out;
    for (std::int64_t n = 1; std::getline(in, line) && n <= last; ++n)
        if (n >= first) out += line + "\n";
    return out;
}

const core::PluginRegistry& letterImporters() {
    static const auto registry = testsupport::pluginRegistry({FINDINGS_PLUGIN_DIR}, true);
    return *registry;
}

void checkTextMatchesLocations(const std::string& path, const std::string& expectedImporter) {
    INFO(path);
    const core::PluginRegistry& registry = letterImporters();
    core::DiagnosticList diagnostics;
    core::ImportSettings settings;
    settings.diagnostics = &diagnostics;
    const core::ImportResult imported = core::importFile(registry, path, settings);
    REQUIRE(imported.ok);
    REQUIRE(imported.importerId == expectedImporter);
    REQUIRE_FALSE(imported.set.findings.empty());
    const core::DocumentText text = core::documentText(registry, path, imported.importerId, diagnostics);
    INFO(text.problem);
    REQUIRE(text.ok);
    size_t located = 0;
    for (const Finding& f : imported.set.findings) {
        if (f.location.line_start == kNone) continue;
        ++located;
        INFO("finding " << f.id << " on lines " << f.location.line_start << "-" << f.location.line_end);
        const std::int64_t last = f.location.line_end == kNone ? f.location.line_start : f.location.line_end;
        CHECK(squeezed(linesOf(text.text, f.location.line_start, last)).find(openingWords(f.text, 3)) !=
              std::string::npos);
        if (f.location.char_start != kNone && f.location.char_end != kNone) {
            REQUIRE(f.location.char_end <= static_cast<std::int64_t>(text.text.size()));
            const std::string span = text.text.substr(static_cast<size_t>(f.location.char_start),
                                                      static_cast<size_t>(f.location.char_end - f.location.char_start));
            CHECK(squeezed(span).find(openingWords(f.text, 3)) != std::string::npos);
        }
    }
    CHECK(located == imported.set.findings.size());
}

}  // namespace

TEST_CASE("a text letter's document text holds each finding on its lines", "[doctext]") {
    checkTextMatchesLocations(sampleFile("wyvern-monitoring-letter-2024-05.txt"), "uk.findings.letters.text");
    // Decoded from Windows-1252 as the import decoded it: valid UTF-8 with its pound signs.
    checkTextMatchesLocations(sampleFile("wyvern-letter-2024-05-cp1252.txt"), "uk.findings.letters.text");
    core::DiagnosticList diagnostics;
    const core::DocumentText cp1252 = core::documentText(
        letterImporters(), sampleFile("wyvern-letter-2024-05-cp1252.txt"), "", diagnostics);
    REQUIRE(cp1252.ok);
    CHECK(cp1252.text.find("\u00a3") != std::string::npos);
}

TEST_CASE("a Word letter's document text holds each finding on its lines", "[doctext]") {
    checkTextMatchesLocations(std::string(LETTERS_PLUGIN_FIXTURES_PAGED_DIR) + "/monitoring-visit-calderbrook-2023.docx",
                              "uk.findings.letters.docx");
}

TEST_CASE("a PDF letter's document text holds each finding on its lines", "[doctext][pdf]") {
    REQUIRE(havePdfPlugin());
    for (const char* letter : {"monitoring-visit-calderbrook-2023", "focused-visit-fenwick-vale-2022"})
        checkTextMatchesLocations(std::string(LETTERS_PLUGIN_FIXTURES_PAGED_DIR) + "/" + letter + ".pdf",
                                  "uk.findings.letters.pdf");
}
