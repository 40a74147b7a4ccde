// Fuzz target: the worksheet XML scanner, the shared-strings table and the styles part of
// the .xlsx reader (findings_sheetread). The input holds up to four parts separated by
// kPartSeparator: xl/worksheets/sheet1.xml, xl/sharedStrings.xml, xl/styles.xml and
// xl/workbook.xml; a part left out gets a minimal valid one. They are packed into a stored
// zip so every mutation reaches the XML, and the sheet is read as the importer reads it.
#include "fuzz_input.hpp"

#include <findings/safezip/zip_error.hpp>
#include <findings/sheetread/sheet_error.hpp>
#include <findings/sheetread/xlsx_workbook.hpp>

#include <cstdint>
#include <string>

using namespace findings::sheetread;

namespace {

const char* const kContentTypes =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
    "</Types>";

const char* const kPackageRels =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
    "</Relationships>";

const char* const kWorkbookRels =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
    "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
    "</Relationships>";

const char* const kWorkbook =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
    "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";

const char* const kStyles =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
    "<cellXfs count=\"1\"><xf numFmtId=\"0\"/></cellXfs></styleSheet>";

const char* const kSharedStrings =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"0\" uniqueCount=\"0\"/>";

/// Touches every byte of every cell, so the sanitizers check the views the reader hands out.
class TouchingHandler : public SheetHandler {
public:
    size_t checksum = 0;
    void onSheetStart(const SheetStart& start) override { checksum += start.mergedRanges.size(); }
    bool onRow(const Row& row) override {
        for (size_t i = 0; i < row.cellCount; ++i) {
            const Cell& cell = row.cells[i];
            for (char c : cell.text) checksum += static_cast<unsigned char>(c);
            for (char c : cell.formula) checksum += static_cast<unsigned char>(c);
            checksum += cell.style->numFmtId + cell.column + cell.style->formatCode.size();
            (void)row.cellAt(cell.column);
        }
        return true;
    }
    bool onRowProblem(const RowProblem& problem) override {
        checksum += problem.message.size();
        return true;
    }
};

std::string partOr(const std::vector<std::string_view>& parts, size_t i, const char* fallback) {
    return i < parts.size() ? std::string(parts[i]) : std::string(fallback);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    auto parts = findings::fuzz::splitParts(data, size, 4);
    std::string zip = findings::fuzz::storedZip({
        {"[Content_Types].xml", kContentTypes},
        {"_rels/.rels", kPackageRels},
        {"xl/workbook.xml", partOr(parts, 3, kWorkbook)},
        {"xl/_rels/workbook.xml.rels", kWorkbookRels},
        {"xl/styles.xml", partOr(parts, 2, kStyles)},
        {"xl/sharedStrings.xml", partOr(parts, 1, kSharedStrings)},
        {"xl/worksheets/sheet1.xml", std::string(parts[0])},
    });
    XlsxLimits limits;
    limits.zip.maxEntryBytes = 8u << 20;
    limits.zip.maxTotalBytes = 64u << 20;
    try {
        XlsxWorkbook workbook(findings::safezip::memorySource(zip, "fuzz.xlsx"), limits);
        (void)workbook.customProperties();
        for (const SheetInfo& sheet : workbook.sheets()) {
            TouchingHandler handler;
            workbook.readSheet(sheet, handler);
            (void)workbook.mergedRanges(sheet);
        }
    } catch (const SheetReadError&) {
    } catch (const findings::safezip::ZipError&) {
        // The documented refusals. An XmlError must not escape: the workbook names the
        // file and the part in a SheetReadError.
    }
    return 0;
}
