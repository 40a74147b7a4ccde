// Helpers shared by the letters tests: reading files, the corpus and its gold files, and
// matching judgement areas by meaning.
#pragma once

#include <Poco/JSON/Object.h>

#include <string>
#include <vector>

#include "findings/docparse/document.hpp"
#include "findings/docparse/line.hpp"

namespace letters_test {

/// Whole file as bytes; throws std::runtime_error when it cannot be read.
std::string readFile(const std::string& path);

/// Absolute path of a corpus file ("seeds/x.txt").
std::string corpusPath(const std::string& relative);
/// Folder of the LibreOffice conversions of the seed letters (fails the case when not built).
std::string convertedDir();

/// The parsed .gold.json beside a corpus document.
Poco::JSON::Object::Ptr loadGold(const std::string& relative);

/// Reads any supported file (text, .docx, .pdf by magic bytes) into lines.
findings::docparse::Lines readAny(const std::string& path);
/// readAny() then parseDocument().
findings::docparse::ParsedDocument parseFile(const std::string& path);

/// Gold string value, "" for null or absent.
std::string goldString(const Poco::JSON::Object::Ptr& gold, const std::string& key);
/// Gold string array.
std::vector<std::string> goldStrings(const Poco::JSON::Object::Ptr& gold, const std::string& key);

/// Parses `text` as a plain-text document, as the text importer would.
findings::docparse::ParsedDocument parseText(const std::string& text);

/// Paragraphs of one role.
std::vector<const findings::docparse::Paragraph*> withRole(const findings::docparse::ParsedDocument& doc,
                                                           findings::docparse::ParagraphRole role);

/// Content words of a judgement area: lower case, without "the", "of", "and", brackets.
std::vector<std::string> areaWords(const std::string& area);

/// For each gold area, the index of the parsed judgement that means the same (best word
/// overlap, one-to-one), or -1.
std::vector<int> matchAreas(const std::vector<std::string>& goldAreas,
                            const std::vector<findings::docparse::JudgementInfo>& parsed);

}  // namespace letters_test
