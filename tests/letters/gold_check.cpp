// Checking .gold.json keys against parsed documents.
#include "gold_check.hpp"

#include <catch2/catch.hpp>

#include <Poco/JSON/Array.h>

#include <algorithm>

#include "findings/docparse/parser.hpp"
#include "support.hpp"

namespace letters_test {

using namespace findings::docparse;

namespace {

std::vector<std::string> quotedNames(const ParsedDocument& doc) {
    std::vector<std::string> names;
    for (const Paragraph& p : doc.paragraphs)
        if (p.role == ParagraphRole::Quotation && std::find(names.begin(), names.end(), p.attribution) == names.end())
            names.push_back(p.attribution);
    return names;
}

}  // namespace

void checkGoldKey(const ParsedDocument& doc, const Poco::JSON::Object::Ptr& gold, const std::string& key) {
    INFO("gold key " << key);
    if (key == "doc_type") {
        CHECK(std::string(kindName(doc.kind)) == goldString(gold, key));
    } else if (key == "local_authority") {
        CHECK(doc.local_authority == goldString(gold, key));
    } else if (key == "letter_date" || key == "date" || key == "published") {
        CHECK(doc.date == goldString(gold, key));
    } else if (key == "recipient") {
        CHECK(doc.recipient == goldString(gold, key));
    } else if (key == "visit_start") {
        CHECK(doc.visit.start == goldString(gold, key));
    } else if (key == "visit_end") {
        CHECK(doc.visit.end == goldString(gold, key));
    } else if (key == "visit_ordinal") {
        int expected = gold->isNull(key) ? -1 : gold->getValue<int>(key);
        CHECK(doc.visit.ordinal == expected);
    } else if (key == "previous_judgement") {
        CHECK(doc.previous_judgement.grade == goldString(gold, key));
    } else if (key == "previous_judgement_date") {
        CHECK(doc.previous_judgement.date == goldString(gold, key));
    } else if (key == "framework") {
        CHECK(doc.framework == goldString(gold, key));
    } else if (key == "inspectors") {
        std::vector<std::string> expected = goldStrings(gold, key);
        if (gold->has("note") && goldString(gold, "note").find("continues past") != std::string::npos) {
            // The gold lists only the first of the team: each must be there, the lead first.
            REQUIRE(!doc.inspectors.empty());
            CHECK(doc.inspectors.front() == expected.front());
            for (const std::string& name : expected) {
                INFO("inspector " << name);
                CHECK(std::find(doc.inspectors.begin(), doc.inspectors.end(), name) != doc.inspectors.end());
            }
        } else {
            CHECK(doc.inspectors == expected);
        }
    } else if (key == "lead_inspector") {
        REQUIRE(!doc.inspectors.empty());
        CHECK(doc.inspectors.front() == goldString(gold, key));
    } else if (key == "areas_covered") {
        CHECK(doc.areas_covered == goldStrings(gold, key));
    } else if (key == "judgements") {
        Poco::JSON::Object::Ptr j = gold->getObject(key);
        std::vector<std::string> areas;
        for (const auto& kv : *j) areas.push_back(kv.first);
        CHECK(doc.judgements.size() == areas.size());
        std::vector<int> match = matchAreas(areas, doc.judgements);
        for (std::size_t i = 0; i < areas.size(); ++i) {
            INFO("judgement area " << areas[i]);
            REQUIRE(match[i] >= 0);
            CHECK(doc.judgements[std::size_t(match[i])].grade == j->getValue<std::string>(areas[i]));
        }
    } else if (key == "improvement_points") {
        CHECK(withRole(doc, ParagraphRole::ImprovementPoint).size() == gold->getValue<std::size_t>(key));
    } else if (key == "headline_findings_paragraphs") {
        CHECK(withRole(doc, ParagraphRole::Headline).size() == gold->getValue<std::size_t>(key));
    } else if (key == "findings_paragraphs") {
        CHECK(withRole(doc, ParagraphRole::Finding).size() == gold->getValue<std::size_t>(key));
    } else if (key == "quoted_people") {
        std::vector<std::string> expected = goldStrings(gold, key);
        std::vector<std::string> quoted = quotedNames(doc);
        std::sort(expected.begin(), expected.end());
        std::sort(quoted.begin(), quoted.end());
        CHECK(quoted == expected);
        for (const std::string& name : expected) {
            INFO("person " << name);
            CHECK(std::any_of(doc.people.begin(), doc.people.end(),
                              [&](const PersonInfo& p) { return p.name == name && !p.role.empty(); }));
        }
    } else if (key == "overall_direction" || key == "note") {
        SUCCEED("owned by the classifier (overall_direction) or commentary (note)");
    } else {
        FAIL("gold key the parser test does not know: " << key);
    }
}

void checkAllGoldKeys(const std::string& relative, const std::string& path) {
    Poco::JSON::Object::Ptr gold = loadGold(relative);
    std::vector<std::string> keys;
    for (const auto& kv : *gold) keys.push_back(kv.first);
    for (const std::string& key : keys) {
        DYNAMIC_SECTION(key) {
            ParsedDocument doc = parseFile(path.empty() ? corpusPath(relative) : path);
            checkGoldKey(doc, gold, key);
        }
    }
}

}  // namespace letters_test
