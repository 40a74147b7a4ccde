// Date, range and ordinal scanners on the forms the genre uses.
#include <catch2/catch.hpp>

#include "findings/docparse/scanners.hpp"

using namespace findings::docparse;

namespace {
// The first range in text, with years filled from `year` where missing.
DateRange first(const std::string& text, int year = 0) {
    auto all = findDates(text);
    REQUIRE(!all.empty());
    DateRange r = all[0];
    if (year) fillYear(r, year);
    return r;
}
}  // namespace

TEST_CASE("a day-first date", "[scanner][date]") {
    DateRange r = first("dated 27 March 2024.");
    CHECK(r.start.iso() == "2024-03-27");
    CHECK(r.end.iso() == "2024-03-27");
}

TEST_CASE("two days joined by 'and'", "[scanner][date]") {
    DateRange r = first("on 21 and 22 February 2024. This was");
    CHECK(r.start.iso() == "2024-02-21");
    CHECK(r.end.iso() == "2024-02-22");
}

TEST_CASE("two days joined by 'to'", "[scanner][date]") {
    DateRange r = first("services on 18 to 19 February 2025.");
    CHECK(r.start.iso() == "2025-02-18");
    CHECK(r.end.iso() == "2025-02-19");
}

TEST_CASE("month first with a hyphenated range takes the year from context", "[scanner][date]") {
    DateRange r = first("took place on March 29-30 with a focus", 2023);
    CHECK(r.start.iso() == "2023-03-29");
    CHECK(r.end.iso() == "2023-03-30");
}

TEST_CASE("a range with an en dash and no year", "[scanner][date]") {
    DateRange r = first("between 14–16 June", 2022);
    CHECK(r.start.iso() == "2022-06-14");
    CHECK(r.end.iso() == "2022-06-16");
}

TEST_CASE("weekdays before the days", "[scanner][date]") {
    DateRange r = first("on Wednesday 23 and Thursday 24 March 2022");
    CHECK(r.start.iso() == "2022-03-23");
    CHECK(r.end.iso() == "2022-03-24");
}

TEST_CASE("non-breaking spaces inside a date", "[scanner][date]") {
    DateRange r = first("on 28\xC2\xA0" "and\xC2\xA0" "29\xC2\xA0" "June\xC2\xA0" "2023");
    CHECK(r.start.iso() == "2023-06-28");
    CHECK(r.end.iso() == "2023-06-29");
}

TEST_CASE("a range across months with an en dash and repeated years", "[scanner][date]") {
    DateRange r = first("Inspection date: 29 April 2014 – 21 May 2014");
    CHECK(r.start.iso() == "2014-04-29");
    CHECK(r.end.iso() == "2014-05-21");
}

TEST_CASE("a range across months sharing one year", "[scanner][date]") {
    DateRange r = first("from 29 April to 21 May 2014");
    CHECK(r.start.iso() == "2014-04-29");
    CHECK(r.end.iso() == "2014-05-21");
}

TEST_CASE("a range across the new year", "[scanner][date]") {
    DateRange r = first("from 30 December 2024 to 3 January 2025");
    CHECK(r.start.iso() == "2024-12-30");
    CHECK(r.end.iso() == "2025-01-03");
}

TEST_CASE("an ordinal suffix on the day", "[scanner][date]") {
    CHECK(first("Published: 14th June 2023").start.iso() == "2023-06-14");
}

TEST_CASE("a single month-first day", "[scanner][date]") {
    CHECK(first("visited on January 8", 2021).start.iso() == "2021-01-08");
}

TEST_CASE("month and year only", "[scanner][date]") {
    DateRange r = first("judged inadequate in July 2022.");
    CHECK(r.start.iso() == "2022-07");
    CHECK_FALSE(r.has_day());
}

TEST_CASE("numbers that are not dates are ignored", "[scanner][date]") {
    CHECK(findDates("16- and 17-year-olds, section 47 enquiries, 36,000 children, 2014").empty());
}

TEST_CASE("May the month and may the verb", "[scanner][date]") {
    CHECK(findDates("Leaders may 3 times review").empty());
    CHECK(first("on 21 May 2014").start.iso() == "2014-05-21");
}

TEST_CASE("findFullDate skips partial dates", "[scanner][date]") {
    auto d = findFullDate("in July 2022, then on 3 August 2022");
    REQUIRE(d);
    CHECK(d->iso() == "2022-08-03");
}

TEST_CASE("'last July' is the July before the reference date", "[scanner][date]") {
    CHECK(lastMonthBefore(7, PartialDate{2023, 6, 14}).iso() == "2022-07");
    CHECK(lastMonthBefore(3, PartialDate{2023, 6, 14}).iso() == "2023-03");
}

TEST_CASE("ordinal words and numbers", "[scanner][ordinal]") {
    CHECK(ordinalValue("fourth") == 4);
    CHECK(ordinalValue("Sixth") == 6);
    CHECK(ordinalValue("6th") == 6);
    CHECK(ordinalValue("twenty-first") == 21);
    CHECK(ordinalValue("fourteen") == 0);
}

TEST_CASE("visit ordinals in their phrasings", "[scanner][ordinal]") {
    CHECK(findVisitOrdinal("This was the fourth monitoring visit since the local authority") == 4);
    CHECK(findVisitOrdinal("The first of these visits took place on March 29-30") == 1);
    CHECK(findVisitOrdinal("marked this as the second monitoring session after") == 2);
    CHECK(findVisitOrdinal("This was the 6th monitoring visit") == 6);
    CHECK(findVisitOrdinal("Feedback from the first Ofsted monitoring visit of") == 1);
    CHECK(findVisitOrdinal("This is the first phase of the implementation") == 0);
    CHECK(findVisitOrdinal("Since the last monitoring visit in October 2024") == 0);
}
