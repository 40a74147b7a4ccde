// The Excel exporter plugin (uk.findings.excel): a workbook a Director of Children's
// Services can put in front of an improvement board, and an improvement lead can edit and
// send back. The work is in src/; this file only declares the plugin through the SDK.
#include "src/export_options.hpp"
#include "src/workbook_builder.hpp"

#include <findings/sdk.hpp>

namespace {

using namespace findings;

class ExcelExporter : public Exporter {
public:
    ExcelExporter()
        : Exporter({"uk.findings.excel.export",
                    "Excel workbook for managers",
                    "Writes an .xlsx workbook: findings as a filterable table, a theme-by-visit "
                    "progress matrix, charts, sources and an editable actions sheet, with "
                    "hidden data so an edited copy can be imported back.",
                    {"xlsx"},
                    excel::exportOptionSpecs()}) {}

    void exportFindings(ExportCall& call) override {
        excel::exportWorkbook(call, excel::parseExportOptions(call.options));
    }
};

Plugin definePlugin() {
    Plugin p({"uk.findings.excel", "Excel workbook", "1.0.0", "Findings Studio",
              "Exports findings to an Excel workbook for managers and improvement boards."});
    p.add<ExcelExporter>();
    return p;
}

}  // namespace

FINDINGS_PLUGIN(definePlugin)
