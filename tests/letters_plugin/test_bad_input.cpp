// Bad files in a batch: each gets a clear error naming the file and what is wrong, the
// good files are still imported, and the exit status is 1.
#include <catch2/catch.hpp>

#include "bad_files.hpp"
#include "import_run.hpp"

using namespace letters_plugin_test;
using Catch::Contains;

namespace {

/// The stderr line "FILE: error: MESSAGE" for `file`, or "".
std::string errorLineFor(const std::string& err, const std::string& file) {
    const std::string prefix = file + ": error: ";
    for (std::size_t at = err.find(prefix); at != std::string::npos; at = err.find(prefix, at + 1)) {
        const std::size_t end = err.find('\n', at);
        const std::string line = err.substr(at, end == std::string::npos ? std::string::npos : end - at);
        if (line.find("(importer ") == std::string::npos) return line;  // the cause, not the summary
    }
    return {};
}

}  // namespace

TEST_CASE("a batch goes on past empty, binary, truncated and textless files", "[bad-input]") {
    testsupport::TempDir dir;
    const std::string good = sampleFile("wyvern-monitoring-letter-2024-05.txt");
    const std::string empty = writeEmptyText(dir.path());
    const std::string binary = writeBinaryText(dir.path());
    std::vector<std::string> files{empty, good, binary};
    std::vector<std::pair<std::string, std::string>> expected{
        {empty, "the file is empty"}, {binary, "binary content, not a text document"}};

    // A real .docx as LibreOffice writes it, committed with the paged fixtures.
    const std::string docx = std::string(LETTERS_PLUGIN_FIXTURES_PAGED_DIR) + "/monitoring-visit-calderbrook-2023.docx";
    const std::string truncated = writeTruncatedDocx(dir.path(), docx);
    files.push_back(truncated);
    expected.push_back({truncated, "damaged Word .docx document"});
#ifdef LETTERS_PLUGIN_HAVE_PDF
    const std::string scanned = writeTextlessPdf(dir.path());
    files.push_back(scanned);
    expected.push_back({scanned, "no text layer"});
#endif

    const Imported imported = importFiles(files);
    INFO(imported.run.err);
    CHECK(imported.run.status == 1);
    for (const auto& [file, message] : expected) {
        INFO(file);
        CHECK_THAT(errorLineFor(imported.run.err, file), Contains(message));
    }
    // The good letter is imported in full.
    REQUIRE(imported.set.sources.size() == 1);
    CHECK(imported.set.sources[0].path == good);
    CHECK(imported.set.findings.size() == 13);
}

TEST_CASE("text with no letter structure imports as 'other' with a warning", "[bad-input]") {
    testsupport::TempDir dir;
    const std::string path = dir.file("shopping.txt");
    testsupport::writeFile(path, "Milk\nEggs\nBread and butter for the week ahead.\n");
    const Imported imported = importFiles({path}, "--importer uk.findings.letters.text");
    INFO(imported.run.err);
    CHECK(imported.run.status == 0);
    CHECK_THAT(imported.run.err, Contains("warning") && Contains("no letter, inspection report"));
    REQUIRE(imported.set.sources.size() == 1);
    CHECK(imported.set.sources[0].kind == "other");
    CHECK(imported.set.findings.empty());
}

TEST_CASE("a file that is not what its name says is named for what it is", "[bad-input][sniff]") {
    testsupport::TempDir dir;
    const std::string html = "<!DOCTYPE html>\n<html><head><title>Monitoring visit to Wyvern</title></head>\n"
                             "<body><p>This letter summarises the findings of the monitoring visit.</p></body></html>\n";
    const std::string good = sampleFile("wyvern-monitoring-letter-2024-05.txt");
    std::vector<std::string> files{good};
    std::vector<std::pair<std::string, std::string>> expected;
    // An HTML page saved as .txt and as .docx; a zip of other files saved as .txt.
    const std::string htmlTxt = dir.file("saved-page.txt");
    testsupport::writeFile(htmlTxt, html);
    expected.push_back({htmlTxt, "saved-page.txt is an HTML document, not a text document"});
    const std::string htmlDocx = dir.file("saved-page.docx");
    testsupport::writeFile(htmlDocx, html);
    expected.push_back({htmlDocx, "saved-page.docx is an HTML document, not a Word .docx document"});
    const std::string zipTxt = dir.file("archive.txt");
    testsupport::writeFile(zipTxt, std::string("PK\x03\x04\x14\0\0\0\0\0", 10) + std::string(20, '\0') +
                                       "notes/readme.md" + std::string(64, 'x'));
    expected.push_back({zipTxt, "archive.txt is a zip archive, not a text document"});
#ifdef LETTERS_PLUGIN_HAVE_PDF
    const std::string htmlPdf = dir.file("saved-page.pdf");
    testsupport::writeFile(htmlPdf, html);
    expected.push_back({htmlPdf, "saved-page.pdf is an HTML document, not a PDF"});
#endif
    for (const auto& [file, message] : expected) files.push_back(file);

    const Imported imported = importFiles(files);
    INFO(imported.run.err);
    CHECK(imported.run.status == 1);
    for (const auto& [file, message] : expected) {
        INFO(file);
        CHECK_THAT(errorLineFor(imported.run.err, file), Contains(message));
    }
    REQUIRE(imported.set.sources.size() == 1);
    CHECK(imported.set.sources[0].path == good);
}

TEST_CASE("an authority the directory lacks is kept as written, with a warning", "[bad-input][authority]") {
    testsupport::TempDir dir;
    const std::string path = dir.file("letter.txt");
    testsupport::writeFile(path,
                           "Dear Ms Reed\n\nMonitoring visit to Wyvern and Marshfield children’s services\n\n"
                           "This letter summarises the findings of the monitoring visit to Wyvern and Marshfield "
                           "children’s services on 7 and 8 June 2022.\n\nHeadline findings\n\nLeaders have made "
                           "steady progress since the last visit, and children are seen quickly.\n\n"
                           "Yours sincerely\n\nJo Bright\nHis Majesty’s Inspector\n");
    const Imported imported = importOk({path});
    CHECK_THAT(imported.run.err, Contains("warning") && Contains("\"Wyvern and Marshfield\" is not in the list"));
    REQUIRE(imported.set.sources.size() == 1);
    CHECK(imported.set.sources[0].local_authority == "Wyvern and Marshfield");
}

TEST_CASE("a Word file whose zip lists its document twice is read from the first copy, with a warning", "[bad-input][docx]") {
    testsupport::TempDir dir;
    const std::string path = writeDocxWithTwoDocumentParts(dir.path());
    const Imported imported = importOk({path});
    // As the spreadsheet importer warns about a workbook's duplicate entries.
    CHECK_THAT(imported.run.err, Contains("warning") && Contains("the zip lists word/document.xml more than once"));
    REQUIRE(imported.set.findings.size() == 1);
    CHECK_THAT(imported.set.findings[0].text, Contains("steady progress"));
}
