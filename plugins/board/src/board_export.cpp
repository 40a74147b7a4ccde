#include "board_export.hpp"

#include "board_content.hpp"
#include "board_layout.hpp"

#include <stdexcept>

namespace findings::board {

void exportBoard(ExportCall& call, const BoardOptions& options) {
    std::vector<Source> sources;
    std::vector<Finding> findings;
    sources.reserve(call.view.sourceCount());
    for (std::size_t i = 0; i < call.view.sourceCount(); ++i) sources.push_back(call.view.source(i));
    findings.reserve(call.view.findingCount());
    for (std::size_t i = 0; i < call.view.findingCount(); ++i) {
        findings.push_back(call.view.finding(i));
        if (i % 4096 == 0) call.host.throwIfCancelled();
    }
    call.host.progress(0.3, "laying out the board summary");

    ContentSettings settings;
    settings.title = options.title;
    settings.today = options.today;
    settings.followup.includeProposed = options.includeProposed;
    const View& view = call.view;
    settings.themeLabel = [&view](const std::string& id) { return view.themeLabel(id); };
    const BoardContent content = buildContent(sources, findings, settings);
    call.host.throwIfCancelled();

    Output& output = call.output;
    std::string writeError;
    const PdfCanvas::Sink sink = [&](const unsigned char* data, unsigned size) {
        try {
            output.write(data, size);
            return true;
        } catch (const std::exception& e) {
            writeError = e.what();
            return false;
        }
    };
    try {
        const RenderResult result = renderBoard(content, sink);
        call.host.info("board-pages", "the board summary has " + std::to_string(result.pages) +
                                          (result.pages == 1 ? " page" : " pages"));
    } catch (const std::runtime_error& e) {
        throw Error(writeError.empty() ? FND_ERR_INTERNAL : FND_ERR_IO,
                    writeError.empty() ? std::string(e.what()) : writeError);
    }
}

}  // namespace findings::board
