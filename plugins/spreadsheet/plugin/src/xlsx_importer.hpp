// uk.findings.spreadsheet.xlsx: council trackers in .xlsx/.xlsm, one finding per data row of
// every visible sheet with a header (or the sheet named by sheet=); and workbooks Findings
// Studio exported, read back with the manager's edits applied.
#pragma once

#include "classifier_cache.hpp"

#include <findings/sdk.hpp>

namespace spreadsheet {

class XlsxImporter : public findings::Importer, public findings::PreviewSource {
public:
    XlsxImporter();
    findings::Identification identify(const findings::IdentifyCall& call) const override;
    void import(findings::ImportCall& call) override;
    /// The first rows, the header and the mapping of the sheet an import reads first (the
    /// sheet option's, else the first visible worksheet with a header): the preview extension.
    void preview(findings::PreviewCall& call) override;

private:
    ClassifierCache classifiers_;
};

}  // namespace spreadsheet
