// Checking an imported source (and its findings) against the .gold.json beside a corpus
// document: every gold key that maps to the findings format, with Catch2 assertions.
#pragma once

#include <Poco/JSON/Object.h>

#include <findings/format/findings_set.hpp>

#include <string>
#include <vector>

namespace letters_plugin_test {

/// The .gold.json beside a corpus document (".../x.txt" -> ".../x.gold.json").
Poco::JSON::Object::Ptr loadGold(const std::string& documentPath);

/// For each gold judgement area, the index of the imported judgement meaning the same
/// (most shared content words, one to one), or -1. Gold areas are matched by meaning
/// because report wording varies (the corpus README says so).
std::vector<int> matchJudgementAreas(const std::vector<std::string>& goldAreas,
                                     const std::vector<findings::Judgement>& imported);

/// Asserts every key of `gold` against `source` and its findings in `set` (INFO names the key
/// of a failure). A gold key this check does not know fails, so new gold keys are not ignored.
void checkGold(const Poco::JSON::Object::Ptr& gold, const findings::FindingsSet& set,
               const findings::Source& source);

}  // namespace letters_plugin_test
