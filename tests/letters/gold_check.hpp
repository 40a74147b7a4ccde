// Checking one key of a .gold.json against a parsed document (Catch2 assertions).
#pragma once

#include <Poco/JSON/Object.h>

#include <string>

#include "findings/docparse/document.hpp"

namespace letters_test {

/// Asserts that `doc` agrees with `gold[key]`. Keys the parser does not own
/// ("overall_direction": the classifier's; "note") are checked elsewhere or ignored.
void checkGoldKey(const findings::docparse::ParsedDocument& doc, const Poco::JSON::Object::Ptr& gold,
                  const std::string& key);

/// Runs checkGoldKey for every key of the gold file of `relative`, one SECTION per key,
/// on the document parsed from `path` (the corpus file itself unless given).
void checkAllGoldKeys(const std::string& relative, const std::string& path = {});

}  // namespace letters_test
