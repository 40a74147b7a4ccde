// The board summary plugin (uk.findings.board): a PDF of two to four A4 pages an improvement
// board can read in ten minutes. The work is in src/; this file only declares the plugin
// through the SDK.
#include "src/board_export.hpp"
#include "src/board_options.hpp"

#include <findings/sdk.hpp>

namespace {

using namespace findings;

class BoardExporter : public Exporter {
public:
    BoardExporter()
        : Exporter({"uk.findings.board.export",
                    "Board summary (PDF)",
                    "Writes a printable PDF of two to four A4 pages: per council the latest "
                    "judgements, what later visits found on each area for improvement, the "
                    "themes improving or worsening, and the open, overdue and Red actions.",
                    {"pdf"},
                    board::boardOptionSpecs()}) {}

    void exportFindings(ExportCall& call) override {
        board::exportBoard(call, board::parseBoardOptions(call.options));
    }
};

Plugin definePlugin() {
    Plugin p({"uk.findings.board", "Board summary", "1.0.0", "Findings Studio",
              "Exports a printable PDF summary for an improvement board, drawn with cairo and pango."});
    p.add<BoardExporter>();
    return p;
}

}  // namespace

FINDINGS_PLUGIN(definePlugin)
