// The seed letters converted to Word and PDF by LibreOffice import to the same metadata and
// findings as the text they came from: only the reader differs, the parser is shared.
#include <catch2/catch.hpp>

#include "import_run.hpp"

using namespace letters_plugin_test;

namespace {

const char* const kLetters[] = {"herefordshire-monitoring-letter-2024-03", "herefordshire-monitoring-letter-2025-03"};

void checkSameAsText(const std::string& letter, const std::string& ext, const std::string& importerId) {
    INFO(letter << "." << ext);
    const std::string converted = convertedFile(letter + "." + ext);
    const Imported text = importOk({corpusFile("seeds/" + letter + ".txt")});
    const Imported other = importOk({converted});
    REQUIRE(text.set.sources.size() == 1);
    REQUIRE(other.set.sources.size() == 1);
    const findings::Source& t = text.set.sources[0];
    const findings::Source& o = other.set.sources[0];
    CHECK(o.importer.id == importerId);
    CHECK(findings::findProperty(o.properties, "format") != nullptr);
    CHECK(*findings::findProperty(o.properties, "format") == ext);
    CHECK(o.kind == t.kind);
    CHECK(o.title == t.title);
    CHECK(o.local_authority == t.local_authority);
    CHECK(o.date == t.date);
    CHECK(o.recipient == t.recipient);
    CHECK(o.visit == t.visit);
    CHECK(o.inspectors == t.inspectors);
    CHECK(o.framework == t.framework);
    CHECK(o.previous_judgement == t.previous_judgement);
    CHECK(o.areas_covered == t.areas_covered);
    CHECK(propertyOf(o.properties, "overall_direction") == propertyOf(t.properties, "overall_direction"));
    REQUIRE(other.set.findings.size() == text.set.findings.size());
    for (std::size_t i = 0; i < text.set.findings.size(); ++i) {
        const findings::Finding& tf = text.set.findings[i];
        const findings::Finding& of = other.set.findings[i];
        INFO("finding " << i << ": " << tf.text.substr(0, 60));
        CHECK(of.section == tf.section);
        CHECK(of.paragraph == tf.paragraph);
        CHECK(of.text == tf.text);
        CHECK(of.themes == tf.themes);
        CHECK(of.polarity == tf.polarity);
        if (ext == "pdf") CHECK(of.location.page >= 1);
    }
}

}  // namespace

TEST_CASE("seed letters as Word documents import like the text", "[formats][docx][corpus]") {
    for (const char* letter : kLetters) checkSameAsText(letter, "docx", "uk.findings.letters.docx");
}

TEST_CASE("seed letters as PDF import like the text", "[formats][pdf][corpus]") {
    if (!havePdfPlugin()) return;
    for (const char* letter : kLetters) checkSameAsText(letter, "pdf", "uk.findings.letters.pdf");
}
