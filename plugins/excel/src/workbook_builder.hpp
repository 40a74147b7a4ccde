// Assembling the workbook for one export call: the sheets in order (Findings, Progress,
// Charts, Sources, Actions as chosen, then the hidden data sheet), one pass over the findings
// that feeds every row-per-finding sheet and the counts behind Progress, Charts and Sources,
// then the summary sheets, document properties, and delivery to the host's output.
#pragma once

#include "export_options.hpp"
#include "source_catalog.hpp"

#include <findings/sdk.hpp>

#include <string>

namespace findings::excel {

/// Writes the workbook for `call` with `options` to call.output. Throws findings::Error.
void exportWorkbook(ExportCall& call, const ExportOptions& options);

/// The document title when none is given: "<Authority> children's services: inspection
/// findings", or without the authority when the sources name several or none.
std::string defaultTitle(const SourceCatalog& catalog);

}  // namespace findings::excel
