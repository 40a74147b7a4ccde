// Bad inputs written on the fly for the error tests: an empty file, a binary file named
// .txt, a Word file cut short, a Word file listing its document twice, and a valid PDF
// whose only page has no text.
#pragma once

#include <string>

namespace letters_plugin_test {

/// Writes each bad file into `dir`; returns its path.
std::string writeEmptyText(const std::string& dir);
std::string writeBinaryText(const std::string& dir);
/// The first third of a real .docx (`docxPath`): the zip's central directory is missing.
std::string writeTruncatedDocx(const std::string& dir, const std::string& docxPath);
/// A Word letter whose zip lists word/document.xml twice: the first copy says leaders made
/// "steady progress", the second (what another program may show) "no progress".
std::string writeDocxWithTwoDocumentParts(const std::string& dir);
/// A well-formed one-page PDF that draws a rectangle and no text (as a scan has no text).
std::string writeTextlessPdf(const std::string& dir);

}  // namespace letters_plugin_test
