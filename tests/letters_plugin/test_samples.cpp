// The fictional Wyvern documents of samples/data: the two letters (one LF with a page
// break inside a paragraph, one CRLF and hard-wrapped), the Windows-1252 copy, the news
// article and the press release.
#include <catch2/catch.hpp>

#include "finding_invariants.hpp"
#include "import_run.hpp"

using namespace letters_plugin_test;

namespace {

const findings::Source& onlySource(const Imported& imported) {
    REQUIRE(imported.set.sources.size() == 1);
    return imported.set.sources.front();
}

std::string allText(const findings::FindingsSet& set) {
    std::string text;
    for (const auto& f : set.findings) text += f.text + "\n";
    return text;
}

}  // namespace

TEST_CASE("Wyvern letter 2024-05: metadata, 1 headline and 12 findings", "[samples][letter]") {
    const std::string path = sampleFile("wyvern-monitoring-letter-2024-05.txt");
    const Imported imported = importOk({path});
    const findings::Source& s = onlySource(imported);
    CHECK(s.kind == "monitoring_letter");
    CHECK(s.local_authority == "Wyvern");
    CHECK(s.date == "2024-06-06");
    CHECK(s.recipient == "Helen Marchbank");
    CHECK(s.visit.ordinal == 3);
    CHECK(s.visit.start == "2024-05-14");
    CHECK(s.visit.end == "2024-05-15");
    CHECK(s.inspectors == std::vector<std::string>{"Priya Ramsden", "Owen Tranter"});
    CHECK(s.framework == "ILACS");
    CHECK(s.areas_covered.size() == 5);
    CHECK(s.previous_judgement.grade == "inadequate");
    CHECK(withRole(imported.set, s.id, "headline").size() == 1);
    CHECK(withRole(imported.set, s.id, "finding").size() == 12);
    CHECK(!propertyOf(s.properties, "overall_direction").empty());
    checkFindingInvariants(imported.set, s, false);
    checkThemedRoles(imported.set, s);
    checkLocationsPointAtText(imported.set, s, testsupport::readFile(path));
    // Paragraph 4 is split by a page break with a stray page number: rejoined, no "2".
    const auto findings = withRole(imported.set, s.id, "finding");
    REQUIRE(findings.size() >= 4);
    CHECK(findings[3]->text.find("  ") == std::string::npos);
    CHECK(findings[3]->text.find(" 2 ") == std::string::npos);
    CHECK(findings[3]->location.line_end - findings[3]->location.line_start >= 3);
}

TEST_CASE("Wyvern letter 2025-02 (CRLF, hard-wrapped): 1 headline and 10 findings", "[samples][letter]") {
    const Imported imported = importOk({sampleFile("wyvern-monitoring-letter-2025-02.txt")});
    const findings::Source& s = onlySource(imported);
    CHECK(s.kind == "monitoring_letter");
    CHECK(s.visit.ordinal == 5);
    CHECK(s.visit.start == "2025-02-18");
    CHECK(s.visit.end == "2025-02-19");
    CHECK(s.date == "2025-03-13");
    CHECK(s.recipient == "Helen Marchbank");
    CHECK(s.areas_covered.size() == 5);
    CHECK(withRole(imported.set, s.id, "headline").size() == 1);
    CHECK(withRole(imported.set, s.id, "finding").size() == 10);
    CHECK(propertyOf(s.properties, "overall_direction") == "improving");
    checkFindingInvariants(imported.set, s, false);
    checkThemedRoles(imported.set, s);
    for (const auto& f : imported.set.findings) {
        INFO(f.text.substr(0, 80));
        CHECK(f.text.find('\r') == std::string::npos);
        CHECK(f.text.back() != ' ');
    }
}

TEST_CASE("the Windows-1252 letter decodes with the pound sign and curly quotes intact", "[samples][encoding]") {
    const Imported imported = importOk({sampleFile("wyvern-letter-2024-05-cp1252.txt")});
    const findings::Source& s = onlySource(imported);
    CHECK(s.kind == "monitoring_letter");
    CHECK(s.recipient == "Helen Marchbank");
    const std::string text = allText(imported.set);
    CHECK(text.find("£") != std::string::npos);
    CHECK(text.find("“") != std::string::npos);
    CHECK(text.find("”") != std::string::npos);
    CHECK(text.find("\xEF\xBF\xBD") == std::string::npos);  // no replacement characters
}

TEST_CASE("the Wyvern news article yields attributed quotations and skips its byline", "[samples][article]") {
    const Imported imported = importOk({sampleFile("wyvern-news-article-2024-06.txt")});
    const findings::Source& s = onlySource(imported);
    CHECK(s.kind == "news_article");
    CHECK(s.date == "2024-06-12");
    CHECK(s.local_authority == "Wyvern");
    checkFindingInvariants(imported.set, s, false);
    std::vector<std::string> speakers;
    for (const findings::Finding* q : withRole(imported.set, s.id, "quotation")) speakers.push_back(q->attribution);
    CHECK(speakers == std::vector<std::string>{"Rosalind Pike", "Helen Marchbank"});
    for (const std::string& name : speakers) {
        INFO(name);
        CHECK(std::any_of(s.people.begin(), s.people.end(),
                          [&](const findings::Person& p) { return p.name == name && !p.role.empty(); }));
    }
    const std::string text = allText(imported.set);
    CHECK(text.find("By Tom Ashworth") == std::string::npos);
    // The standfirst is repeated as the first body paragraph: one finding, not two.
    const std::string standfirst = "Inspectors say the county's front door";
    CHECK(text.find(standfirst) == text.rfind(standfirst));
}

TEST_CASE("the Wyvern press release yields attributed quotations and stops at ENDS", "[samples][article]") {
    const Imported imported = importOk({sampleFile("wyvern-press-release-2025-03.txt")});
    const findings::Source& s = onlySource(imported);
    CHECK(s.kind == "press_release");
    CHECK(s.date == "2025-03-20");
    checkFindingInvariants(imported.set, s, false);
    std::vector<std::string> speakers;
    for (const findings::Finding* q : withRole(imported.set, s.id, "quotation")) speakers.push_back(q->attribution);
    CHECK(speakers == std::vector<std::string>{"Martin Hale", "Helen Marchbank"});
    CHECK(propertyOf(s.properties, "overall_direction") == "improving");
    // "Notes to editors" after ENDS is boilerplate, not findings.
    CHECK(allText(imported.set).find("Monitoring visits are carried out by") == std::string::npos);
}
