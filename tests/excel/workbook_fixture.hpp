// Workbooks the end-to-end tests share, each made once per test run on first use: the
// sample document exported by the findings CLI (normal and constant-memory mode), that
// workbook edited with openpyxl as a manager would, the edited one re-saved by LibreOffice,
// and LibreOffice's CSV and PDF of the export. Plus the helpers that read them with
// independent tools (Python openpyxl, LibreOffice).
#pragma once

#include "test_support.hpp"

#include <findings/format/findings_set.hpp>
#include <findings/core/theme_labels.hpp>

#include <Poco/JSON/Object.h>

#include <string>
#include <vector>

namespace exceltest {

/// The folder all shared files live in (removed at exit).
const std::string& sharedDir();
/// The sample document as written to disk.
const std::string& documentPath();
/// The document as the CLI reads it back from documentPath() (the format writer fills in
/// defaults such as review "unreviewed"): what the exporter was given.
const findings::FindingsSet& exportedDocument();
/// `findings convert` of the document to .xlsx (default options).
const std::string& exportedWorkbook();
/// The same with --option constant_memory=true.
const std::string& constantMemoryWorkbook();
/// The export after the manager's edits (see managerEdits()), saved by openpyxl.
const std::string& editedWorkbook();
/// The edited workbook opened and saved again by LibreOffice.
const std::string& libreOfficeResaved();
/// LibreOffice's CSV of every sheet of the export: DIR/<name>-<Sheet>.csv.
const std::string& libreOfficeCsvDir();
/// LibreOffice's PDF of the export.
const std::string& libreOfficePdf();

/// The edits editedWorkbook() carries, as the JSON edit_workbook.py reads.
std::string managerEdits();

/// The taxonomy the CLI used for labels (empty when the build ships none).
const findings::core::ThemeLabels& themeLabels();
/// A theme's label as the workbook shows it.
std::string labelOf(const std::string& themeId);

/// Runs tests/excel/scripts/SCRIPT with /usr/bin/python3; throws with its stderr on failure.
std::string runScript(const std::string& script, const std::string& args);
/// Runs LibreOffice headless with `args` (after the profile options); throws on failure.
void runLibreOffice(const std::string& args);
/// What workbook_facts.py reports about a workbook.
Poco::JSON::Object::Ptr workbookFacts(const std::string& workbook);
/// Every row of a sheet as cell text (sheet_text.py).
std::vector<std::vector<std::string>> sheetText(const std::string& workbook,
                                                const std::string& sheet);
/// Parses a CSV file (RFC 4180, LibreOffice's quoting) into rows of fields.
std::vector<std::vector<std::string>> readCsv(const std::string& path);

}  // namespace exceltest
