// Serial dates, date-format recognition and cell references: the small rules everything
// else relies on.
#include <findings/sheetread/cell_ref.hpp>
#include <findings/sheetread/excel_dates.hpp>

#include <catch2/catch.hpp>

using namespace findings::sheetread;

TEST_CASE("serialToIso in the 1900 system, refusing the phantom leap day", "[dates]") {
    CHECK(serialToIso(1, DateSystem::Excel1900) == "1900-01-01");
    CHECK(serialToIso(59, DateSystem::Excel1900) == "1900-02-28");
    // Excel shows serial 60 as 1900-02-29, a day that never was: no date is made of it.
    CHECK_FALSE(serialToIso(60, DateSystem::Excel1900).has_value());
    CHECK_FALSE(serialToIso(60.5, DateSystem::Excel1900).has_value());
    CHECK(serialToIso(61, DateSystem::Excel1900) == "1900-03-01");
    CHECK(serialToIso(45747, DateSystem::Excel1900) == "2025-03-31");
    CHECK(serialToIso(45747.604166666664, DateSystem::Excel1900) == "2025-03-31T14:30:00");
    CHECK(serialToIso(45747.99999999, DateSystem::Excel1900) == "2025-04-01");  // rounds to midnight
    CHECK(serialToIso(0.75, DateSystem::Excel1900) == "18:00:00");
    CHECK(serialToIso(2958465, DateSystem::Excel1900) == "9999-12-31");
    CHECK_FALSE(serialToIso(-1, DateSystem::Excel1900).has_value());
    CHECK_FALSE(serialToIso(2958466, DateSystem::Excel1900).has_value());
}

TEST_CASE("serialToIso in the 1904 and ISO systems", "[dates]") {
    CHECK(serialToIso(0, DateSystem::Excel1904) == "1904-01-01");  // day zero is a day
    CHECK(serialToIso(0.25, DateSystem::Excel1904) == "06:00:00");   // a time of day still
    CHECK(serialToIso(0, DateSystem::Excel1900) == "00:00:00");
    CHECK(serialToIso(1, DateSystem::Excel1904) == "1904-01-02");
    CHECK(serialToIso(45747 - 1462, DateSystem::Excel1904) == "2025-03-31");
    CHECK(serialToIso(60, DateSystem::Iso1899) == "1900-02-28");
    CHECK(serialToIso(45747, DateSystem::Iso1899) == "2025-03-31");
}

TEST_CASE("isoToSerial inverts serialToIso", "[dates]") {
    CHECK(isoToSerial("2025-03-31", DateSystem::Excel1900) == 45747);
    CHECK(isoToSerial("1900-01-01", DateSystem::Excel1900) == 1);
    CHECK(isoToSerial("1900-03-01", DateSystem::Excel1900) == 61);
    CHECK(isoToSerial("2025-03-31T18:00:00Z", DateSystem::Excel1900) == 45747.75);
    CHECK(isoToSerial("12:00:00", DateSystem::Excel1900) == 0.5);
    CHECK(isoToSerial("2025-03-31", DateSystem::Excel1904) == 45747 - 1462);
    CHECK_FALSE(isoToSerial("31/03/2025", DateSystem::Excel1900).has_value());
    CHECK_FALSE(isoToSerial("2025-13-01", DateSystem::Excel1900).has_value());
    CHECK_FALSE(isoToSerial("1900-02-29", DateSystem::Excel1900).has_value());
    CHECK_FALSE(isoToSerial("2023-02-30", DateSystem::Excel1900).has_value());
    CHECK(isoToSerial("1904-01-01", DateSystem::Excel1904) == 0);
}

TEST_CASE("date formats are recognised by their tokens outside literals", "[dates]") {
    for (uint32_t id : {14u, 15u, 17u, 22u, 45u, 47u}) CHECK(isBuiltinDateFormat(id));
    for (uint32_t id : {0u, 1u, 9u, 10u, 44u, 49u}) CHECK_FALSE(isBuiltinDateFormat(id));
    CHECK(isDateFormatCode("dd/mm/yyyy"));
    CHECK(isDateFormatCode("[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy"));
    CHECK(isDateFormatCode("[$-809]d mmmm yyyy;@"));
    CHECK(isDateFormatCode("h:mm AM/PM"));
    CHECK(isDateFormatCode("mmm-yy"));
    CHECK_FALSE(isDateFormatCode("General"));
    CHECK_FALSE(isDateFormatCode("0.00%"));
    CHECK_FALSE(isDateFormatCode("[Red]#,##0;[Blue]-#,##0"));
    CHECK_FALSE(isDateFormatCode("\"Days: \"0"));
    CHECK_FALSE(isDateFormatCode("#,##0\\ \\d"));
    CHECK_FALSE(isDateFormatCode("[h]:mm:ss"));
    CHECK_FALSE(isDateFormatCode("[$£-809]#,##0.00"));
    CHECK_FALSE(isDateFormatCode("0.00E+00"));
}

TEST_CASE("cell references and ranges", "[refs]") {
    CHECK(columnNumber("A") == 1);
    CHECK(columnNumber("Z") == 26);
    CHECK(columnNumber("AA") == 27);
    CHECK(columnNumber("XFD") == kMaxColumn);
    CHECK(columnNumber("XFE") == 0);
    CHECK(columnLetters(28) == "AB");
    CHECK(columnLetters(16384) == "XFD");
    const auto ref = parseCellRef("$C$12");
    REQUIRE(ref);
    CHECK(ref->row == 12);
    CHECK(ref->column == 3);
    CHECK_FALSE(parseCellRef("A0"));
    CHECK_FALSE(parseCellRef("A1048577"));
    CHECK_FALSE(parseCellRef("12"));
    const auto range = parseCellRange("B2:D4");
    REQUIRE(range);
    CHECK(range->contains(3, 3));
    CHECK_FALSE(range->contains(5, 3));
    CHECK(formatCellRef(range->last) == "D4");
}
