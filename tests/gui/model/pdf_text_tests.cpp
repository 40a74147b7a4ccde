// The source view of a PDF: its text comes from pdftotext (a separate process), and the
// finding is found by its words, whatever line breaks, bullets and page breaks the
// extraction put between them.
#include "model/pdf_text.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace findings::studio;

namespace {
std::string at(std::string_view text, std::pair<size_t, size_t> range) {
    return std::string(text.substr(range.first, range.second - range.first));
}
}  // namespace

TEST_CASE("a finding's words are found across line breaks and extra spaces", "[pdf]") {
    const std::string page =
        "Summary\n\n\xE2\x97\xBC Leaders know their services well and\n  have acted   on the\n"
        "weaknesses found at the last inspection.\nNext paragraph.\n";
    const auto range = locateWords(page, "Leaders know their services well and have acted on the weaknesses "
                                         "found at the last inspection.");
    CHECK(at(page, range) ==
          "Leaders know their services well and\n  have acted   on the\nweaknesses found at the last inspection.");
}

TEST_CASE("a short finding is matched whole, and a missing one is not matched", "[pdf]") {
    const std::string text = "One two three.\nFour five.\n";
    CHECK(at(text, locateWords(text, "Four five.")) == "Four five.");
    const auto none = locateWords(text, "Six seven eight.");
    CHECK(none.first == none.second);
    const auto empty = locateWords(text, "   ");
    CHECK(empty.first == empty.second);
}

TEST_CASE("the finding's page wins over the same words on an earlier page", "[pdf]") {
    const std::string text = "Children are safe here.\fOther text.\fChildren are safe here.\n";
    const auto onPage3 = locateWords(text, "Children are safe here.", 3);
    CHECK(onPage3.first == text.rfind("Children"));
    // Without a page, or with a page that does not hold the words, the first match.
    CHECK(locateWords(text, "Children are safe here.").first == 0);
    CHECK(locateWords(text, "Children are safe here.", 2).first == text.rfind("Children"));
    CHECK(locateWords(text, "Other text.", 3).first == text.find("Other"));
}

TEST_CASE("a missing extractor is reported, not thrown", "[pdf]") {
    std::string problem;
    const auto text = extractPdfText("/nowhere/letter.pdf", problem, "findings-no-such-pdftotext");
    CHECK_FALSE(text);
    CHECK(problem.find("not installed") != std::string::npos);
}
