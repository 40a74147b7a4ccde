// The cell vocabulary: labels, dates and text as the exporter writes them and the importer
// reads them back.
#include <catch2/catch.hpp>

#include "record_strings.hpp"

#include <findings/excel/roundtrip/cell_values.hpp>

#include <string>
#include <vector>

using namespace findings::excel;

TEST_CASE("status labels read back as the values they show", "[roundtrip][cells]") {
    for (const char* v : {"red", "amber", "green", "complete", "not_started", ""})
        CHECK(statusFromCell(statusLabel(v)) == std::string(v));
    CHECK(statusLabel("not_started") == "Not started");
    CHECK(statusFromCell("  AMBER ") == std::string("amber"));
    CHECK(statusFromCell("not-started") == std::string("not_started"));
    CHECK(statusFromCell("Blue") == std::string("complete"));
    CHECK(statusFromCell("Grey") == std::string("not_started"));
    CHECK_FALSE(statusFromCell("Purple").has_value());
    CHECK(statusChoices() ==
          std::vector<std::string>{"Red", "Amber", "Green", "Complete", "Not started"});
}

TEST_CASE("review labels read back; blank reads as no value", "[roundtrip][cells]") {
    CHECK(reviewLabel("") == "Unreviewed");
    CHECK(reviewFromCell("Confirmed") == std::string("confirmed"));
    CHECK(reviewFromCell("") == std::string());
    CHECK_FALSE(reviewFromCell("maybe").has_value());
}

TEST_CASE("polarity labels read back as the values they show", "[roundtrip][cells]") {
    for (const char* value : {"strength", "weakness", "mixed", "neutral"}) {
        INFO(value);
        CHECK(polarityFromCell(polarityLabel(value)) == std::string(value));
        CHECK(polarityFromCell(value) == std::string(value));
    }
    CHECK(polarityLabel("weakness") == "Weakness");
    CHECK(polarityFromCell("MIXED") == std::string("mixed"));
    CHECK(polarityFromCell("") == std::string());
    CHECK_FALSE(polarityFromCell("good").has_value());
    CHECK(polarityChoices() == std::vector<std::string>{"Strength", "Weakness", "Mixed", "Neutral"});
}

TEST_CASE("theme cells split at semicolons and line breaks", "[roundtrip][cells]") {
    CHECK(joinThemeLabels({"A, b", "C"}) == "A, b; C");
    CHECK(splitThemeCell(" A, b ;C\n\nD; ") == std::vector<std::string>{"A, b", "C", "D"});
    CHECK(splitThemeCell("").empty());
}

TEST_CASE("Excel serial numbers match Excel's calendar", "[roundtrip][dates]") {
    CHECK(excelSerial({2025, 3, 31}) == 45747);
    CHECK(excelSerial({1900, 3, 1}) == 61);
    CHECK(excelSerial({2024, 2, 29}) == 45351);
    CHECK(excelSerial({2025, 6, 0}) == excelSerial({2025, 6, 1}));
    for (double serial : {61.0, 45351.0, 45747.75, 2958465.0})
        CHECK(excelSerial(*dateFromExcelSerial(serial)) == static_cast<long long>(serial));
    CHECK_FALSE(dateFromExcelSerial(60).has_value());
}

TEST_CASE("due cells are read from ISO text, serials and UK dates", "[roundtrip][dates]") {
    CHECK(dueFromCell("2025-03-31") == std::string("2025-03-31"));
    CHECK(dueFromCell("2025-03-31T00:00:00") == std::string("2025-03-31"));
    CHECK(dueFromCell("2025-03-31 00:00:00") == std::string("2025-03-31"));
    CHECK(dueFromCell("45747") == std::string("2025-03-31"));
    CHECK(dueFromCell("45747.0") == std::string("2025-03-31"));
    CHECK(dueFromCell("31/03/2025") == std::string("2025-03-31"));
    CHECK(dueFromCell("1.4.2025") == std::string("2025-04-01"));
    CHECK(dueFromCell("  ") == std::string());
    CHECK_FALSE(dueFromCell("soon").has_value());
    CHECK_FALSE(dueFromCell("2025-02-30").has_value());
    CHECK_FALSE(dueFromCell("31/13/2025").has_value());
}

TEST_CASE("due values become date, month or text cells", "[roundtrip][dates]") {
    CHECK(dueCell("").kind == DueCell::Kind::Blank);
    CHECK(dueCell("2025-03-31").kind == DueCell::Kind::Date);
    CHECK(dueCell("2025-06").kind == DueCell::Kind::Month);
    CHECK(dueCell("2025-06").date == CivilDate{2025, 6, 0});
    CHECK(dueCell("end of March").kind == DueCell::Kind::Text);
}

TEST_CASE("cell text drops what XML cannot carry and fits a cell", "[roundtrip][cells]") {
    CHECK(cellText("a\x01"
                   "b\r\nc\rd\te") == "a b\nc\nd\te");
    const std::string longText(40000, 'x');
    const std::string cut = cellText(longText);
    CHECK(codePointCount(cut) == kMaxCellChars);
    CHECK_THAT(cut, Catch::EndsWith("…"));
    const std::string exact(kMaxCellChars, 'y');
    CHECK(cellText(exact) == exact);
    // Characters outside the BMP count twice in Excel.
    std::string emoji;
    for (int i = 0; i < 20000; ++i) emoji += "\xF0\x9F\x98\x80";
    CHECK(codePointCount(cellText(emoji)) <= kMaxCellChars / 2 + 1);
}
