// The layout's promises: at most four pages however much there is, with "and N more" where
// lists were cut, and a failing output reported instead of ignored.
#include "board_content.hpp"
#include "board_fixtures.hpp"
#include "board_layout.hpp"
#include "pdf_probe.hpp"

#include <catch2/catch.hpp>

#include "test_support.hpp"

#include <stdexcept>

using namespace boardtest;
using findings::board::buildContent;
using findings::board::ContentSettings;
using findings::board::renderBoard;

namespace {

/// `councils` councils, each with a full report of `points` long points, two later visits
/// that follow every point up, and `actions` overdue plan items.
findings::board::BoardContent bigContent(int councils, int points, int actions) {
    std::vector<findings::Source> sources;
    std::vector<findings::Finding> findings;
    const std::string words =
        "The quality and timeliness of the help given to children and families, including the way the "
        "council and its partners share what they know and act on it together";
    for (int c = 0; c < councils; ++c) {
        const std::string name = "Council " + std::string(1, static_cast<char>('A' + c));
        const std::string r = "r" + std::to_string(c), v1 = "v1-" + std::to_string(c), v2 = "v2-" + std::to_string(c);
        sources.push_back(source(r, "inspection_report", "2022-10-07", name));
        sources.back().judgements = {{"Overall effectiveness", "inadequate"}, {"Leaders", "inadequate"}};
        sources.push_back(source(v1, "monitoring_letter", "2023-10-07", name, 1));
        sources.push_back(source(v2, "monitoring_letter", "2024-10-07", name, 2));
        sources.push_back(source("t" + std::to_string(c), "spreadsheet", "", name));
        for (int p = 0; p < points; ++p) {
            const std::string id = r + "-p" + std::to_string(p);
            findings.push_back(finding(id, r, words + " (" + std::to_string(p + 1) + ").", "improvement_point"));
            for (const std::string& v : {v1, v2}) {
                findings.push_back(finding(v + "-f" + std::to_string(p), v, "Some progress.", "", "mixed", {"theme"}));
                findings.back().links.push_back(link(id, "follows_up", p % 2 ? "improved" : "not_improved"));
            }
        }
        for (int a = 0; a < actions; ++a)
            findings.push_back(planItem("t" + std::to_string(c) + "-" + std::to_string(a), "t" + std::to_string(c),
                                        "Action " + std::to_string(a + 1) + " with a long description of what is to be done",
                                        "2024-12-31", a % 3 ? "amber" : "red", r + "-p" + std::to_string(a % points)));
    }
    ContentSettings s;
    s.title = "A very full board";
    s.today = "2025-06-01";
    s.themeLabel = [](const std::string& id) { return id; };
    return buildContent(sources, findings, s);
}

}  // namespace

TEST_CASE("a set far too long for four pages is cut with 'and N more' and fits them", "[board][layout]") {
    const auto content = bigContent(6, 25, 40);
    std::string pdfBytes;
    const auto result = renderBoard(content, [&](const unsigned char* data, unsigned size) {
        pdfBytes.append(reinterpret_cast<const char*>(data), size);
        return true;
    });
    CHECK(result.pages <= findings::board::kMaxPages);
    CHECK(result.caps.points < 25);
    testsupport::TempDir dir;
    const std::string pdf = dir.file("full.pdf");
    testsupport::writeFile(pdf, pdfBytes);
    CHECK(pdfInfo(pdf).pages == result.pages);
    const std::string text = squeezedText(pdf);
    CHECK(text.find(squeezed("and " + std::to_string(25 - result.caps.points) + " more areas for improvement")) !=
          std::string::npos);
    if (result.caps.councils < 6)
        CHECK(text.find(squeezed("and " + std::to_string(6 - result.caps.councils) + " more council")) !=
              std::string::npos);
    else
        CHECK(text.find(squeezed("Council F")) != std::string::npos);
}

TEST_CASE("a small set keeps every row and says nothing was left out", "[board][layout]") {
    const auto content = bigContent(1, 4, 3);
    std::string pdfBytes;
    const auto result = renderBoard(content, [&](const unsigned char* data, unsigned size) {
        pdfBytes.append(reinterpret_cast<const char*>(data), size);
        return true;
    });
    CHECK(result.pages >= 1);
    CHECK(result.caps.points == findings::board::Caps{}.points);
    testsupport::TempDir dir;
    testsupport::writeFile(dir.file("small.pdf"), pdfBytes);
    const std::string text = squeezedText(dir.file("small.pdf"));
    CHECK(text.find(squeezed("more areas")) == std::string::npos);
    CHECK(text.find(squeezed("(4).")) != std::string::npos);
    CHECK(text.find(squeezed("3 open actions: 3 overdue, 1 Red.")) != std::string::npos);
}

TEST_CASE("an output that refuses the bytes is an error, not a short PDF", "[board][layout]") {
    const auto content = bigContent(1, 4, 3);
    CHECK_THROWS_AS(renderBoard(content, [](const unsigned char*, unsigned) { return false; }), std::runtime_error);
}
