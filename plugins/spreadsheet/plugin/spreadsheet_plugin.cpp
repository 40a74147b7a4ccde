// spreadsheet.findings-plugin: council trackers in .xlsx and CSV into findings, through the
// SDK like any third party's plugin.
#include "src/csv_importer.hpp"
#include "src/xlsx_importer.hpp"

#include <findings/sdk.hpp>

namespace {

findings::Plugin definePlugin() {
    findings::Plugin plugin({"uk.findings.spreadsheet", "Spreadsheet trackers", "1.0.0", "Findings Studio",
                             "Improvement-plan trackers, action logs and audit registers (XLSX and CSV) "
                             "into findings, and Findings Studio workbooks back with their edits."});
    plugin.add<spreadsheet::XlsxImporter>();
    plugin.add<spreadsheet::CsvImporter>();
    return plugin;
}

}  // namespace

FINDINGS_PLUGIN(definePlugin)
