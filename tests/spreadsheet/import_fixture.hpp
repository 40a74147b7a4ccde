// What the spreadsheet importer tests share: the generated fixtures, the plugins of this
// build loaded once by the host core (as the CLI loads them), imports with options and their
// diagnostics, and LibreOffice conversions made once per run.
#pragma once

#include <findings/core/diagnostics.hpp>
#include <findings/core/import_service.hpp>
#include <findings/sdk/records.hpp>

#include <string>
#include <vector>

namespace spreadsheet_test {

/// A fixture generated at build time: SPREADSHEET_FIXTURE_DIR/name.
std::string fixture(const std::string& name);
/// samples/data/name.
std::string sample(const std::string& name);

/// The outcome of one import, with every diagnostic reported during it.
struct Imported {
    findings::core::ImportResult result;
    std::vector<findings::core::Diagnostic> diagnostics;

    /// The finding with this Ref (its id ends in "-REF"); fails the test when absent.
    const findings::Finding& byRef(const std::string& ref) const;
    /// True when some finding's id ends in "-REF".
    bool hasRef(const std::string& ref) const;
    /// Every diagnostic message with this code, in order.
    std::vector<std::string> messages(const std::string& code) const;
    /// All diagnostics as "severity code: message" lines, for failure output.
    std::string log() const;
};

/// Imports `path` in this process through the plugins of this build, with options.
/// `importer` forces an importer; empty lets identify choose.
Imported importFile(const std::string& path, const findings::Properties& options = {},
                    const std::string& importer = {});

/// Converts `input` with LibreOffice headless (`soffice --convert-to FORMAT`), once per run
/// per input and format; returns the converted file. Fails the case when soffice is not
/// installed (make test installs it).
std::string convertWithLibreOffice(const std::string& input, const std::string& format);

/// Runs /usr/bin/python3 with a script from tests/spreadsheet/fixtures and arguments (already
/// shell-quoted); fails the test with its output when it fails.
void runPython(const std::string& script, const std::string& args);

/// True when this build has the Excel exporter plugin.
bool haveExcelPlugin();

/// Finding text and action (what the CSV and XLSX of one tracker must agree on).
std::string textAndAction(const findings::Finding& f);

}  // namespace spreadsheet_test
