// The findings format: lossless round trip, Unicode kept, versions accepted and refused.
#include <catch2/catch.hpp>

#include <findings/format/findings_json.hpp>
#include <findings/format/record_json.hpp>

#include <sstream>
#include <string>

using namespace findings;

namespace {

FindingsSet richSet() {
    FindingsSet set;
    Source s;
    s.id = "src-1";
    s.path = "/tmp/letter.txt";
    s.sha256 = std::string(64, 'a');
    s.kind = "monitoring_letter";
    s.title = "Monitoring visit to Wyvern children’s services";
    s.local_authority = "Wyvern";
    s.author = "Ofsted";
    s.recipient = "Jo Bloggs";
    s.date = "2024-03-27";
    s.visit = {4, "2024-02-21", "2024-02-22"};
    s.inspectors = {"Alison Smale", "Janet Fraser"};
    s.framework = "ILACS";
    s.previous_judgement = {"inadequate", "2022-07"};
    s.judgements = {{"Overall effectiveness", "inadequate"}};
    s.areas_covered = {"Care leavers.", "emergency action – liaison with police"};
    s.people = {{"Darryl Freeman", "Director of Children’s Services"}};
    s.importer = {"uk.findings.letters.text", "1.0.0"};
    s.properties = {{"z-last", "1"}, {"a-first", "2"}};
    set.sources.push_back(s);
    Finding f;
    f.id = "src-1-0001";
    f.source = "src-1";
    f.section = "Findings and evaluation of progress";
    f.paragraph = 3;
    f.text = "A £1.2m “invest to save” bid – approved.\nWith a tab\tand a quote \" and \\.";
    f.summary = "A £1.2m “invest to save” bid – approved.";
    f.themes = {"leadership_governance", "workforce"};
    f.polarity = "mixed";
    f.attribution = "Cllr Ivan Powell";
    f.location.line_start = 40;
    f.location.line_end = 44;
    f.location.char_start = 0;
    f.location.page = 2;
    f.confidence = 0.8;
    f.review = "edited";
    f.action = {"Recruit PAs", "Head of Service", "2025-03", "amber"};
    f.properties = {{"Progress update", "On track, mostly"}, {"Evidence", ""}};
    set.findings.push_back(f);
    Finding bare;
    bare.id = "src-1-0002";
    bare.source = "src-1";
    bare.text = "Plain.";
    bare.review = "unreviewed";
    set.findings.push_back(bare);
    return set;
}

}  // namespace

TEST_CASE("a findings set survives writing and reading unchanged", "[format]") {
    const FindingsSet original = richSet();
    const FindingsSet back = parseFindingsJson(findingsToJson(original));
    REQUIRE(back.sources.size() == 1);
    REQUIRE(back.findings.size() == 2);
    CHECK(back.sources[0] == original.sources[0]);
    CHECK(back.findings[0] == original.findings[0]);
    CHECK(back.findings[1] == original.findings[1]);
}

TEST_CASE("a long run of findings, turned into text on two threads, reads as written one by one",
          "[format]") {
    // Enough findings for several parts of the two-thread writer and a short last part, each
    // different and with characters to escape, so a part written twice, dropped or out of
    // order would show.
    FindingsSet set = richSet();
    const Finding model = set.findings.front();
    set.findings.clear();
    for (int i = 0; i < 3 * 4096 + 17; ++i) {
        Finding f = model;
        f.id = "src-1-" + std::to_string(i);
        f.paragraph = i;
        f.text += " #" + std::to_string(i);
        set.findings.push_back(f);
    }
    std::ostringstream oneByOne;
    {
        FindingsJsonWriter writer(oneByOne);
        writer.begin();
        for (const auto& s : set.sources) writer.source(s);
        writer.findings();
        for (const auto& f : set.findings) writer.finding(f);
        writer.end();
    }
    const std::string together = findingsToJson(set);
    CHECK(together == oneByOne.str());
    const FindingsSet back = parseFindingsJson(together);
    CHECK(back.sources == set.sources);
    CHECK(back.findings == set.findings);

    // After a finding written alone, a run continues the array; a finding after the run too.
    std::ostringstream mixed;
    {
        FindingsJsonWriter writer(mixed);
        writer.begin();
        for (const auto& s : set.sources) writer.source(s);
        writer.findings();
        writer.finding(set.findings.front());
        writer.findings(set.findings.data() + 1, set.findings.size() - 2);
        writer.finding(set.findings.back());
        writer.end();
    }
    CHECK(mixed.str() == oneByOne.str());
}

TEST_CASE("Unicode is written as UTF-8, not escaped", "[format]") {
    const std::string json = findingsToJson(richSet());
    CHECK(json.find("“invest to save”") != std::string::npos);
    CHECK(json.find("£1.2m") != std::string::npos);
    CHECK(json.find("\\u") == std::string::npos);
}

TEST_CASE("absent values are omitted, never invented", "[format]") {
    const std::string json = findingsToJson(richSet());
    const size_t bare = json.find("\"src-1-0002\"");
    REQUIRE(bare != std::string::npos);
    const std::string tail = json.substr(bare);
    CHECK(tail.find("\"location\"") == std::string::npos);
    CHECK(tail.find("\"confidence\"") == std::string::npos);
    CHECK(tail.find("\"action\"") == std::string::npos);
}

TEST_CASE("a later 1.x document is read and its unknown keys ignored", "[format]") {
    const std::string json = R"({"format":"findings","version":"1.7","future_key":[1,2],
        "sources":[{"id":"s","kind":"other","new_field":"x"}],
        "findings":[{"id":"f","source":"s","text":"T","future":{"a":1}}]})";
    const FindingsSet set = parseFindingsJson(json);
    REQUIRE(set.findings.size() == 1);
    CHECK(set.findings[0].text == "T");
}

TEST_CASE("a 2.x document is refused with a clear message", "[format]") {
    const std::string json = R"({"format":"findings","version":"2.0","sources":[],"findings":[]})";
    try {
        parseFindingsJson(json);
        FAIL("a 2.0 document was accepted");
    } catch (const FormatError& e) {
        const std::string message = e.what();
        CHECK(message.find("2.0") != std::string::npos);
        CHECK(message.find("1.x") != std::string::npos);
    }
}

TEST_CASE("a document of another format is refused", "[format]") {
    CHECK_THROWS_AS(parseFindingsJson(R"({"format":"other","version":"1.0"})"), FormatError);
    CHECK_THROWS_AS(parseFindingsJson("[1,2,3]"), FormatError);
    CHECK_THROWS_AS(parseFindingsJson("{not json"), FormatError);
}

TEST_CASE("a field of the wrong type names its JSON path", "[format]") {
    const std::string json = R"({"format":"findings","version":"1.0","sources":[],
        "findings":[{"id":"f","source":"s","text":"T"},{"id":"g","source":"s","text":5}]})";
    try {
        parseFindingsJson(json);
        FAIL("accepted a number as text");
    } catch (const FormatError& e) {
        CHECK(std::string(e.what()).find("$.findings[1].text") != std::string::npos);
    }
}

TEST_CASE("a single record round-trips as compact JSON, keeping absent values absent",
          "[format][record]") {
    using findings::RecordDefaults;
    Finding f;
    f.id = "f-1";
    f.source = "src-1";
    f.text = "Caseloads are “too high” – £40k spent on agency staff.";
    f.themes = {"workforce"};
    f.location.sheet = "Tracker";
    f.location.row = 12;
    const std::string kept = findings::findingToJson(f, RecordDefaults::Keep);
    CHECK(kept.find('\n') == std::string::npos);
    CHECK(kept.find("review") == std::string::npos);
    CHECK(findings::parseFindingJson(kept) == f);
    CHECK(findings::findingToJson(f, RecordDefaults::Fill).find("\"review\":\"unreviewed\"") !=
          std::string::npos);

    Source s;
    s.id = "src-1";
    s.visit.ordinal = 4;
    const std::string source = findings::sourceToJson(s, RecordDefaults::Keep);
    CHECK(source.find("kind") == std::string::npos);
    const Source back = findings::parseSourceJson(source);
    CHECK(back.id == "src-1");
    CHECK(back.visit.ordinal == 4);
}

TEST_CASE("a malformed record names the field that is wrong", "[format][record]") {
    try {
        findings::parseSourceJson(R"({"id":"s","visit":{"ordinal":"fourth"}})");
        FAIL("accepted a text ordinal");
    } catch (const findings::FormatError& e) {
        CHECK(std::string(e.what()) == "the record.visit.ordinal should be a whole number");
    }
    CHECK_THROWS_AS(findings::parseFindingJson("[1,2]"), findings::FormatError);
    CHECK_THROWS_AS(findings::parseFindingJson("{not json"), findings::FormatError);
}
