// uk.findings.spreadsheet.csv: council trackers saved as CSV (or tab-separated text), in
// UTF-8, UTF-16 or Windows-1252, one finding per data row.
#pragma once

#include "classifier_cache.hpp"

#include <findings/sdk.hpp>

namespace spreadsheet {

class CsvImporter : public findings::Importer, public findings::PreviewSource {
public:
    CsvImporter();
    findings::Identification identify(const findings::IdentifyCall& call) const override;
    void import(findings::ImportCall& call) override;
    /// The first rows, the header and the mapping this file imports with (the preview extension).
    void preview(findings::PreviewCall& call) override;

private:
    ClassifierCache classifiers_;
};

/// What the first bytes of a text file say about it being a table.
struct DelimitedText {
    bool delimited = false; ///< most of the first lines have the delimiter at least twice
    bool uniform = false;   ///< and nearly all of them the same number of times
    std::string reason;
};
DelimitedText looksDelimited(std::string_view head);

}  // namespace spreadsheet
