// Grade, previous-judgement, authority, name and sentence scanners.
#include <catch2/catch.hpp>

#include "findings/docparse/scanners.hpp"

using namespace findings::docparse;

TEST_CASE("grades are normalised", "[scanner][grade]") {
    CHECK(normaliseGrade("Requires improvement to be good") == "requires improvement");
    CHECK(normaliseGrade("Requires  improvement") == "requires improvement");
    CHECK(normaliseGrade("Outstanding") == "outstanding");
    CHECK(normaliseGrade("Inadequate.") == "inadequate");
    CHECK(normaliseGrade("Good") == "good");
    CHECK(normaliseGrade("good progress").empty());
}

TEST_CASE("the grade at the end of a heading or table row", "[scanner][grade]") {
    auto g = gradeAtEnd("The experiences and progress of children in care: good");
    REQUIRE(g);
    CHECK(g->grade == "good");
    REQUIRE(gradeAtEnd("Leadership, management and governance requires improvement to be good"));
    CHECK(gradeAtEnd("Overall effectiveness   Requires improvement")->grade == "requires improvement");
    CHECK_FALSE(gradeAtEnd("The LSCB is not yet demonstrating the characteristics of goodwill"));
}

TEST_CASE("previous judgement with its month", "[scanner][grade]") {
    auto m = findPreviousJudgement("This was the fourth monitoring visit since the local authority was judged "
                                   "inadequate in July 2022.", {});
    REQUIRE(m);
    CHECK(m->grade == "inadequate");
    CHECK(m->date.iso() == "2022-07");
}

TEST_CASE("previous judgement in quotes after 'deemed'", "[scanner][grade]") {
    auto m = findPreviousJudgement("the second monitoring session after the services were deemed 'inadequate' in July 2022.", {});
    REQUIRE(m);
    CHECK(m->grade == "inadequate");
    CHECK(m->date.iso() == "2022-07");
}

TEST_CASE("previous judgement as a rating in curly quotes", "[scanner][grade]") {
    auto m = findPreviousJudgement("moving from an Ofsted rating of ‘requires improvement’ to a rating of ‘good’.", {});
    REQUIRE(m);
    CHECK(m->grade == "requires improvement");
    CHECK(m->date.iso().empty());
}

TEST_CASE("previous judgement dated 'last July' relative to the document", "[scanner][grade]") {
    auto m = findPreviousJudgement("Children’s services were judged to be inadequate during an Ofsted Inspection last July.",
                                   PartialDate{2023, 6, 14});
    REQUIRE(m);
    CHECK(m->date.iso() == "2022-07");
}

TEST_CASE("authority names are normalised", "[scanner][authority]") {
    CHECK(normaliseAuthority("Herefordshire County Council") == "Herefordshire");
    CHECK(normaliseAuthority("Herefordshire Council") == "Herefordshire");
    CHECK(normaliseAuthority("Herefordshire") == "Herefordshire");
    CHECK(normaliseAuthority("London Borough of Barking and Dagenham") == "Barking and Dagenham");
    CHECK(normaliseAuthority("Wigan Metropolitan Borough Council") == "Wigan");
    CHECK(normaliseAuthority("City of York Council") == "York");
    CHECK(normaliseAuthority("Kingston upon Hull City Council") == "Kingston upon Hull");
    CHECK(normaliseAuthority("Royal Borough of Greenwich") == "Greenwich");
    CHECK(normaliseAuthority("Herefordshire Council’s") == "Herefordshire");
    CHECK(normaliseAuthority("Bradford Metropolitan District Council") == "Bradford");
}

TEST_CASE("the authority of a letter title and of prose", "[scanner][authority]") {
    CHECK(findAuthority("Monitoring visit to Herefordshire children’s services") == "Herefordshire");
    CHECK(findAuthority("Focused visit to London Borough of Barnet children's services") == "Barnet");
    CHECK(findAuthority("Inspection of Sefton local authority children’s services") == "Sefton");
    CHECK(findAuthority("GOVERNMENT inspectors say Herefordshire Council has made little progress") == "Herefordshire");
    CHECK(findAuthority("The Director of Children’s Services said the council would respond.").empty());
}

TEST_CASE("name words and titles", "[scanner][name]") {
    CHECK(isNameWord("McEntee"));
    CHECK(isNameWord("O'Neill"));
    CHECK(isNameWord("Smith-Jones"));
    CHECK_FALSE(isNameWord("Majesty’s"));
    CHECK_FALSE(isNameWord("Inspector"));
    CHECK_FALSE(isNameWord("HMI"));
    CHECK_FALSE(isNameWord("March"));
}

TEST_CASE("lists of inspectors split into names", "[scanner][name]") {
    CHECK(splitNameList("Alison Smale and Janet Fraser") == std::vector<std::string>{"Alison Smale", "Janet Fraser"});
    CHECK(splitNameList("Shirley Bailey, Lynn Radley,\nJudith Nelson, Lisa Williams (AI) and Steven Gauntley.") ==
          std::vector<std::string>{"Shirley Bailey", "Lynn Radley", "Judith Nelson", "Lisa Williams", "Steven Gauntley"});
    CHECK(splitNameList("Pauline Higham Her Majesty’s Inspector") == std::vector<std::string>{"Pauline Higham"});
}

TEST_CASE("the first sentence ignores abbreviations and decimals", "[scanner][sentence]") {
    CHECK(firstSentence("Staff, e.g. agency workers, left. Then more.") == "Staff, e.g. agency workers, left.");
    CHECK(firstSentence("Dr. Smith saw 1.5 times more. Next.") == "Dr. Smith saw 1.5 times more.");
    CHECK(firstSentence("Caseloads are high. Workers leave.") == "Caseloads are high.");
    CHECK(firstSentence("“This is good.” Next one.") == "“This is good.”");
    CHECK(firstSentence("No full stop at all") == "No full stop at all");
}
