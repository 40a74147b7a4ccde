#include "workbook_output.hpp"

#include "zip_rewrite.hpp"

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
                    const std::vector<std::string>& veryHiddenSheets) {
    const ByteSink sink = [&output](const char* data, std::size_t size) {
        output.write(data, size);
    };
    try {
        const bool patched = copyZipReplacingEntry(
            path, "xl/workbook.xml",
            [&](const std::string& xml) {
                std::string out = xml;
                for (const auto& name : veryHiddenSheets) out = markSheetVeryHidden(out, name);
                return out;
            },
            sink);
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
