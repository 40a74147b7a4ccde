// Every field of the format, in agreement everywhere it is written down: the schema's
// properties of a source, a finding and a link, the keys FORMAT.md's tables list, and the
// keys the writer writes for a record with every field set are the same sets, and reading
// that JSON back gives the record. (The worker encoding is held to the record structs in
// record_frames_tests.cpp.) A field added to one and not the others fails here, naming it.
#include <catch2/catch.hpp>

#include "every_field_records.hpp"
#include "test_support.hpp"

#include <findings/format/json_reader.hpp>
#include <findings/format/record_json.hpp>

#include <set>
#include <sstream>
#include <string>

using namespace findings;
using testrecords::everyFieldFinding;
using testrecords::everyFieldSource;

namespace {

using Keys = std::set<std::string>;

Keys keysOf(const JsonValue& object) {
    REQUIRE(object.isObject());
    return Keys(object.keys.begin(), object.keys.end());
}

/// The keys of the table under FORMAT.md's heading `heading` ("## Source"): the first
/// cell of each row, in backquotes.
Keys documentedKeys(const std::string& formatMd, const std::string& heading) {
    std::istringstream in(formatMd);
    std::string line;
    bool inSection = false;
    Keys keys;
    while (std::getline(in, line)) {
        if (line.rfind("## ", 0) == 0) inSection = line.rfind(heading, 0) == 0;
        if (!inSection || line.rfind("| `", 0) != 0) continue;
        const size_t end = line.find('`', 3);
        REQUIRE(end != std::string::npos);
        keys.insert(line.substr(3, end - 3));
    }
    return keys;
}

}  // namespace

TEST_CASE("the schema, FORMAT.md and the writer name the same fields, and the reader takes them all", "[format]") {
    const std::string root = FINDINGS_SOURCE_DIR;
    const JsonValue schema = parseJson(testsupport::readFile(root + "/sdk/schema/findings-1.schema.json"));
    const std::string formatMd = testsupport::readFile(root + "/sdk/FORMAT.md");
    const JsonValue* defs = schema.find("$defs");
    REQUIRE(defs);
    auto schemaKeys = [&](const char* def) {
        const JsonValue* d = defs->find(def);
        REQUIRE(d);
        REQUIRE(d->find("properties"));
        return keysOf(*d->find("properties"));
    };

    const Source source = everyFieldSource();
    const Finding finding = everyFieldFinding();
    const JsonValue sourceJson = parseJson(sourceToJson(source, RecordDefaults::Keep));
    const JsonValue findingJson = parseJson(findingToJson(finding, RecordDefaults::Keep));
    const JsonValue* links = findingJson.find("links");
    REQUIRE(links);
    REQUIRE(links->isArray());
    REQUIRE_FALSE(links->items.empty());

    struct Record {
        const char* def;
        const char* heading;
        const JsonValue& written;  ///< a record with every field set, as the writer writes it
    };
    for (const Record& r : {Record{"source", "## Source", sourceJson}, Record{"finding", "## Finding", findingJson},
                            Record{"link", "## Link", links->items.front()}}) {
        INFO(r.def);
        const Keys inSchema = schemaKeys(r.def);
        CHECK(documentedKeys(formatMd, r.heading) == inSchema);
        CHECK(keysOf(r.written) == inSchema);
    }
    // And every field written is read back.
    CHECK(parseSourceJson(sourceToJson(source, RecordDefaults::Keep)) == source);
    CHECK(parseFindingJson(findingToJson(finding, RecordDefaults::Keep)) == finding);
}
