// The progress count (sdk/progress.hpp) the desktop app and the workbook share: what counts,
// how a cell counts it and how it reads, so one cell says the same in both.
#include <findings/sdk/progress.hpp>

#include <catch2/catch.hpp>

using namespace findings;
using namespace findings::progress;

TEST_CASE("a cell counts each finding once, a mixed one as mixed, and reads so") {
    Cell c;
    for (int i = 0; i < 6; ++i) c.count("strength");
    for (int i = 0; i < 5; ++i) c.count("weakness");
    for (int i = 0; i < 7; ++i) c.count("mixed");
    CHECK(c.text() == "6 / 5  (+7 mixed)");  // never "13 / 12"
    CHECK(c.total() == 18);
    CHECK(c.judged() == 18);
    c.count("neutral");
    c.count("");
    CHECK(c.text() == "6 / 5  (+7 mixed, +2 neutral)");
    CHECK(c.total() == 20);
    CHECK(c.judged() == 18);
    CHECK(c.weaknessShare() == Approx((5 + 3.5) / 18.0));
    CHECK(Cell{}.text().empty());
    Cell neutralOnly;
    neutralOnly.count("neutral");
    CHECK(neutralOnly.text() == "0 / 0  (+1 neutral)");
    CHECK(neutralOnly.weaknessShare() == 0.0);
    Cell sum;
    sum.add(c);
    sum.add(neutralOnly);
    CHECK(sum.total() == 21);
}

TEST_CASE("Ofsted's sources count, commentary on request, a plan never; restatements once") {
    CHECK(countsAsEvidence(std::string_view("inspection"), false));
    CHECK_FALSE(countsAsEvidence(std::string_view("commentary"), false));
    CHECK(countsAsEvidence(std::string_view("commentary"), true));
    CHECK_FALSE(countsAsEvidence(std::string_view("plan"), true));
    Source tracker;
    tracker.kind = "spreadsheet";
    CHECK(countsAsEvidence(tracker, true) == countsAsEvidence(roleOf(tracker), true));
    Finding f;
    CHECK_FALSE(restatesAnother(f));
    f.links.push_back({"x", "same_as", "", 0.9, "auto", "proposed", ""});
    CHECK(restatesAnother(f));
    f.links.back().review = "rejected";
    CHECK_FALSE(restatesAnother(f));
}

TEST_CASE("a theme's row label is its label up to a colon, in the app and the workbook") {
    CHECK(themeRowLabel("Workforce: recruitment, retention, turnover") == "Workforce");
    CHECK(themeRowLabel("Care leavers") == "Care leavers");
    CHECK(themeRowLabel(themeRowLabel("Front door : MASH")) == "Front door");
}
