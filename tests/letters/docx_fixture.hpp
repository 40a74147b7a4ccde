// Building small .docx files in memory for reader tests.
#pragma once

#include <string>

namespace letters_test {

/// A zip holding `[Content_Types].xml` and word/document.xml with `bodyXml` inside
/// <w:body>; `prolog` goes before the root element (e.g. a DOCTYPE).
std::string makeDocx(const std::string& bodyXml, const std::string& prolog = {});

}  // namespace letters_test
