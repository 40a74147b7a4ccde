// Running the findings CLI on documents and reading back what it wrote, plus small
// lookups over the result (one source's findings, findings of one role).
#pragma once

#include "test_support.hpp"

#include <findings/format/findings_set.hpp>

#include <memory>
#include <string>
#include <vector>

namespace letters_plugin_test {

/// One CLI import: how the run went, the output file and the records it holds.
struct Imported {
    testsupport::RunResult run;
    std::shared_ptr<testsupport::TempDir> dir;  ///< holds the output file
    std::string output;                         ///< path of the .findings.json
    findings::FindingsSet set;            ///< empty when nothing was written
};

/// Runs `findings import FILES -o OUT extraArgs`; reads OUT back when it exists.
Imported importFiles(const std::vector<std::string>& files, const std::string& extraArgs = {});

/// importFiles() that REQUIREs exit status 0.
Imported importOk(const std::vector<std::string>& files, const std::string& extraArgs = {});

/// A corpus file ("seeds/x.txt"); fails the case when the build found no corpus.
std::string corpusFile(const std::string& relative);
/// A file of samples/data.
std::string sampleFile(const std::string& name);
/// The LibreOffice conversion of a seed letter ("herefordshire-...-2024-03.docx"); fails the
/// case when the build made no conversions.
std::string convertedFile(const std::string& name);
/// True when the PDF plugin is built.
bool havePdfPlugin();

/// The source imported from `path`; REQUIREs that there is one.
const findings::Source& sourceFor(const findings::FindingsSet& set, const std::string& path);
/// The findings of one source, in output order.
std::vector<const findings::Finding*> findingsOf(const findings::FindingsSet& set,
                                                 const std::string& sourceId);
/// The findings of one source whose "role" property is `role`.
std::vector<const findings::Finding*> withRole(const findings::FindingsSet& set,
                                               const std::string& sourceId, const std::string& role);
/// A property's value, or "" when absent.
std::string propertyOf(const findings::Properties& properties, const std::string& key);

}  // namespace letters_plugin_test
