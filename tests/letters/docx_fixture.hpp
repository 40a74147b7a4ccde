// Building small .docx files in memory for reader tests.
#pragma once

#include <map>
#include <string>

namespace letters_test {

/// A zip holding `[Content_Types].xml` and word/document.xml with `bodyXml` inside
/// <w:body>; `prolog` goes before the root element (e.g. a DOCTYPE).
std::string makeDocx(const std::string& bodyXml, const std::string& prolog = {});

/// As makeDocx, plus further parts by path (e.g. "word/numbering.xml" -> its XML).
std::string makeDocxWithParts(const std::string& bodyXml, const std::map<std::string, std::string>& parts);

/// A word/numbering.xml whose numId 1 is a bullet list and numId 2 a "%1." decimal list
/// with a "%1.%2." second level.
std::string bulletAndDecimalNumbering();

}  // namespace letters_test
