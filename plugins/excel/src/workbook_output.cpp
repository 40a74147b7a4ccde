#include "workbook_output.hpp"

#include "data_rows_xml.hpp"
#include "zip_rewrite.hpp"

#include <findings/excel/roundtrip/data_sheet.hpp>

#include <zlib.h>

#include <stdexcept>

namespace findings::excel {

std::string markSheetVeryHidden(const std::string& xml, std::string_view sheetName) {
    // libxlsxwriter writes <sheet name="..." sheetId="n" state="hidden" r:id="rIdn"/>; sheet
    // names needing XML escapes never reach here (the data sheet's name is plain).
    const std::string open = "<sheet name=\"" + std::string(sheetName) + "\"";
    const std::size_t start = xml.find(open);
    if (start == std::string::npos) return xml;
    const std::size_t close = xml.find("/>", start);
    const std::string hidden = "state=\"hidden\"";
    const std::size_t state = xml.find(hidden, start);
    if (close == std::string::npos || state == std::string::npos || state > close) return xml;
    std::string out = xml;
    out.replace(state, hidden.size(), "state=\"veryHidden\"");
    return out;
}

void streamWorkbook(const std::string& path, const Output& output, const Host& host,
                    const std::vector<std::string>& veryHiddenSheets,
                    std::vector<DataPartRows> dataRows) {
    const ByteSink sink = [&output](const char* data, std::size_t size) {
        output.write(data, size);
    };
    std::vector<EntryReplacement> replacements;
    replacements.push_back({"xl/workbook.xml", [&](const std::string& xml) {
                                std::string out = xml;
                                for (const auto& name : veryHiddenSheets) out = markSheetVeryHidden(out, name);
                                return out;
                            }});
    for (DataPartRows& part : dataRows)
        replacements.push_back({part.entryName,
                                [&part](const std::string& xml) {
                                    return spliceRows(xml, part.rows->readAll(), kFirstRecordRow,
                                                      part.lastRow, part.lastColumn);
                                },
                                Z_BEST_SPEED});
    try {
        const bool patched = copyZipReplacingEntries(path, replacements, sink);
        if (!patched && !dataRows.empty())
            throw Error(FND_ERR_INTERNAL, "cannot add the records to the hidden data sheet of " + path +
                                              ": the workbook's zip layout does not allow it");
        if (!patched) {
            host.info("data-sheet-hidden",
                      "the data sheets are hidden but not very hidden: the workbook's zip "
                      "layout does not allow the change");
            copyFileTo(path, sink);
        }
    } catch (const std::runtime_error& e) {
        // findings::Error (an output write failure) is a runtime_error too: keep its status.
        if (const auto* error = dynamic_cast<const Error*>(&e)) throw *error;
        throw Error(FND_ERR_IO, e.what());
    }
}

}  // namespace findings::excel
