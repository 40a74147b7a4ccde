// Fictional focused-visit and older monitoring letters import through the CLI to the
// same metadata and findings from Word as from text, and to what the letter says.
#include <catch2/catch.hpp>

#include "import_run.hpp"

using namespace letters_plugin_test;

namespace {

std::string fixture(const std::string& name) { return std::string(LETTERS_PLUGIN_FIXTURES_DIR) + "/" + name; }

// The .docx LibreOffice made of a fixture at build time (make test installs LibreOffice).
std::string fixtureDocx(const std::string& letter) {
#ifdef LETTERS_PLUGIN_FIXTURES_DOCX_DIR
    return std::string(LETTERS_PLUGIN_FIXTURES_DOCX_DIR) + "/" + letter + ".docx";
#else
    FAIL("LibreOffice (soffice) was not found when the build was configured: " << letter << " not converted");
    return {};
#endif
}

void checkSameAsText(const std::string& letter, const std::string& docx) {
    INFO(letter << " from " << docx);
    const Imported text = importOk({fixture(letter + ".txt")});
    const Imported word = importOk({docx});
    REQUIRE(text.set.sources.size() == 1);
    REQUIRE(word.set.sources.size() == 1);
    const findings::Source& t = text.set.sources[0];
    const findings::Source& w = word.set.sources[0];
    CHECK(w.importer.id == "uk.findings.letters.docx");
    CHECK(w.kind == t.kind);
    CHECK(w.title == t.title);
    CHECK(w.local_authority == t.local_authority);
    CHECK(w.date == t.date);
    CHECK(w.recipient == t.recipient);
    CHECK(w.visit == t.visit);
    CHECK(w.inspectors == t.inspectors);
    CHECK(w.framework == t.framework);
    CHECK(w.previous_judgement == t.previous_judgement);
    CHECK(w.areas_covered == t.areas_covered);
    REQUIRE(word.set.findings.size() == text.set.findings.size());
    for (std::size_t i = 0; i < text.set.findings.size(); ++i) {
        INFO("finding " << i);
        CHECK(word.set.findings[i].section == text.set.findings[i].section);
        CHECK(word.set.findings[i].text == text.set.findings[i].text);
        CHECK(word.set.findings[i].polarity == text.set.findings[i].polarity);
    }
}

void checkDocxSameAsText(const std::string& letter) {
    checkSameAsText(letter, fixtureDocx(letter));
}

// The letter as Word writes it (fixtures/make_word_docx.py, made at build time).
std::string fixtureWordDocx(const std::string& letter) {
#ifdef LETTERS_PLUGIN_FIXTURES_WORD_DIR
    return std::string(LETTERS_PLUGIN_FIXTURES_WORD_DIR) + "/" + letter + ".docx";
#else
    FAIL("python3 was not found when the build was configured: " << letter << " not generated as Word writes it");
    return {};
#endif
}

}  // namespace

TEST_CASE("a fictional focused-visit letter imports with its areas and improvement points", "[fictional][focused]") {
    const Imported text = importOk({fixture("focused-visit-ashby-2019.txt")});
    REQUIRE(text.set.sources.size() == 1);
    const findings::Source& s = text.set.sources[0];
    CHECK(s.kind == "focused_visit_letter");
    CHECK(s.local_authority == "Ashby with Brackwater");
    CHECK(s.inspectors == std::vector<std::string>{"Rachel Finch", "Owen Marsh"});
    REQUIRE(s.areas_covered.size() == 4);
    CHECK(s.areas_covered[0] == "children in need and children subject to a child protection plan");
    const auto points = withRole(text.set, s.id, "improvement_point");
    REQUIRE(points.size() == 2);
    for (const findings::Finding* f : points) {
        CHECK(f->polarity == "weakness");
        CHECK(f->kind == "improvement_point");
        CHECK(f->action.empty());
    }
    // The closing "Ofsted will take the findings ... into account" is not a finding.
    for (const findings::Finding* f : findingsOf(text.set, s.id)) CHECK(f->text.rfind("Ofsted will take", 0) != 0);
}

TEST_CASE("fictional focused-visit and older monitoring letters import the same from Word", "[fictional][docx]") {
    checkDocxSameAsText("focused-visit-ashby-2019");
    checkDocxSameAsText("monitoring-visit-wyvern-marsh-2017");
}

// Word keeps list markers in numbering.xml, not in the text, and a real letter carries
// fields, tracked changes, a letterhead in its header and footnotes: none of it may
// change what the letter says.
TEST_CASE("fictional letters written as Word writes them import the same as their text", "[fictional][docx][word]") {
    for (const char* letter : {"monitoring-visit-calderbrook-2023", "focused-visit-ashby-2019"}) {
        const std::string docx = fixtureWordDocx(letter);
        checkSameAsText(letter, docx);
        const Imported word = importOk({docx});
        for (const findings::Finding& f : word.set.findings) {
            INFO(f.text);
            for (const char* hidden : {"DRAFT WORDING", "HIDDEN NOTE", "LETTERHEAD", "FOOTER", "FOOTNOTE", "DATE \\@"})
                CHECK(f.text.find(hidden) == std::string::npos);
        }
    }
}
