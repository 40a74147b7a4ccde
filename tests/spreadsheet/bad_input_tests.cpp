// Inputs that cannot be imported fail with a message naming the file and the cause; rows
// that cannot be used are reported with their place, never dropped silently.
#include "import_fixture.hpp"

#include <catch2/catch.hpp>

using namespace spreadsheet_test;

namespace {

/// The import fails and its log has the error `what`. Written "FILE.ext: cause", the error
/// must be on the line naming that file ("/path/FILE.ext: error: cause").
void failsSaying(const Imported& i, const std::string& what) {
    INFO(i.log());
    CHECK_FALSE(i.result.ok);
    const size_t colon = what.find(": ");
    const std::string head = what.substr(0, colon);
    const bool namesFile = colon != std::string::npos && head.find(' ') == std::string::npos &&
                           head.find('.') != std::string::npos;
    CHECK_THAT(i.log(), Catch::Contains(namesFile ? head + ": error: " + what.substr(colon + 2) : what));
}

}  // namespace

TEST_CASE("a sheet without a header is an error naming the file and the sheet", "[bad]") {
    failsSaying(importFile(sample("wyvern-improvement-tracker.xlsx"), {{"sheet", "Notes"}}),
                "wyvern-improvement-tracker.xlsx: sheet Notes has no header row");
    failsSaying(importFile(fixture("no-header.xlsx")),
                "no-header.xlsx: no sheet has a header row (sheets looked at: Summary)");
}

TEST_CASE("a missing sheet is an error listing the sheets there are", "[bad]") {
    failsSaying(importFile(sample("wyvern-improvement-tracker.xlsx"), {{"sheet", "Actions"}}),
                "no sheet named \"Actions\" (sheets: \"Tracker\", \"Notes\")");
}

TEST_CASE("password-protected or legacy files are named as such", "[bad]") {
    const Imported i = importFile(fixture("ole.xlsx"));
    failsSaying(i, "ole.xlsx: password-protected or legacy .xls (OLE compound file)");
    CHECK(i.result.importerId == "uk.findings.spreadsheet.xlsx");
}

TEST_CASE("a password-protected workbook is told from a legacy .xls by its directory", "[bad]") {
    // encrypted.xlsx holds EncryptionInfo and EncryptedPackage, as Excel's password
    // protection writes (libmagic's `file` calls it "CDFV2 Encrypted").
    const Imported encrypted = importFile(fixture("encrypted.xlsx"));
    failsSaying(encrypted, "encrypted.xlsx: password-protected workbook (an encrypted Office file");
    CHECK(encrypted.result.importerId == "uk.findings.spreadsheet.xlsx");
}

TEST_CASE("a legacy .xls that LibreOffice wrote is named as one", "[bad][soffice]") {
    const std::string xls = convertWithLibreOffice(sample("wyvern-improvement-tracker.xlsx"), "xls");
    failsSaying(importFile(xls), "wyvern-improvement-tracker.xls: legacy Excel 97-2003 workbook (.xls");
}

TEST_CASE("CSV in an encoding the reader does not know says so, not \"no header\"", "[bad][csv]") {
    const Imported utf32 = importFile(fixture("utf32.csv"));
    failsSaying(utf32, "utf32.csv: UTF-32 text");
    CHECK_THAT(utf32.log(), !Catch::Contains("no header row"));
}

TEST_CASE("a binary .csv is taken by the CSV importer, which names it binary", "[bad][csv]") {
    const Imported i = importFile(fixture("binary.csv"));
    failsSaying(i, "binary.csv: binary data, not text (NUL byte at offset");
    CHECK(i.result.importerId == "uk.findings.spreadsheet.csv");
}

TEST_CASE("a zip bomb is refused", "[bad]") {
    failsSaying(importFile(fixture("bomb.xlsx")), "bomb.xlsx: zip bomb");
}

TEST_CASE("a truncated workbook is named", "[bad]") {
    failsSaying(importFile(fixture("truncated.xlsx"), {}, "uk.findings.spreadsheet.xlsx"),
                "truncated.xlsx: truncated zip");
}

TEST_CASE("a bad option value names the option", "[bad][options]") {
    failsSaying(importFile(sample("wyvern-improvement-tracker.csv"), {{"header_row", "four"}}),
                "option header_row wants a whole number");
    failsSaying(importFile(sample("wyvern-improvement-tracker.csv"), {{"encoding", "ebcdic"}}),
                "option encoding: \"ebcdic\" is not one of");
}

TEST_CASE("rows with cells but no finding text are reported, not dropped silently", "[bad][rows]") {
    // Reading the Wyvern CSV with the Evidence column as the text: rows without evidence
    // have no text, and each is reported with its row.
    const Imported i = importFile(sample("wyvern-improvement-tracker.csv"), {{"map.text", "Evidence of impact"}});
    INFO(i.log());
    REQUIRE(i.result.ok);
    const auto missing = i.messages("no-text");
    CHECK(missing.size() + i.result.set.findings.size() == 25);
    REQUIRE_FALSE(missing.empty());
    CHECK_THAT(missing[0], Catch::Contains("row 8 has") && Catch::Contains("nothing under Evidence of impact"));
}
