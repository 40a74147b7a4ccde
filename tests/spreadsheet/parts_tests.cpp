// The importer's parts on their own: due dates, status words and fill colours, column-name
// folding and matching, header scoring and layout, first sentences, ids.
#include "cell_text.hpp"
#include "column_vocabulary.hpp"
#include "due_dates.hpp"
#include "finding_ids.hpp"
#include "status_values.hpp"
#include "table_layout.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace spreadsheet;

namespace {

const ColumnVocabulary& vocabulary() {
    static const ColumnVocabulary v =
        ColumnVocabulary::loadDefault(std::string(FINDINGS_SOURCE_DIR) + "/plugins/spreadsheet/data", "");
    return v;
}

HeaderColumn col(uint32_t c, std::string text) { return HeaderColumn{c, {std::move(text)}, c}; }

}  // namespace

TEST_CASE("due dates as trackers write them become ISO dates", "[parts][dates]") {
    CHECK(dueDateFromText("31/03/2025") == "2025-03-31");
    CHECK(dueDateFromText(" 1/4/25 ") == "2025-04-01");
    CHECK(dueDateFromText("31.03.2025") == "2025-03-31");
    CHECK(dueDateFromText("2025-03-31") == "2025-03-31");
    CHECK(dueDateFromText("2025-03") == "2025-03");
    CHECK(dueDateFromText("March 2025") == "2025-03");
    CHECK(dueDateFromText("Sept 2025") == "2025-09");
    CHECK(dueDateFromText("Mar-25") == "2025-03");
    CHECK(dueDateFromText("31st March 2025") == "2025-03-31");
    CHECK(dueDateFromText("31-Mar-2025") == "2025-03-31");
    CHECK(dueDateFromText("45747") == "2025-03-31");  // an Excel serial pasted as text
    CHECK_FALSE(dueDateFromText("Q2 2025"));
    CHECK_FALSE(dueDateFromText("Ongoing"));
    CHECK_FALSE(dueDateFromText("31/02/2025"));       // no such day
    CHECK_FALSE(dueDateFromText("12"));                // a count, not a serial
    CHECK_FALSE(dueDateFromText("end of March 2025"));
    CHECK_FALSE(dueDateFromText("123456789012345"));
    CHECK(isoFromSerial(45747.5) == "2025-03-31");
}

TEST_CASE("status words of trackers are normalised", "[parts][status]") {
    const auto& v = vocabulary();
    CHECK(statusFromText(v, "R") == "red");
    CHECK(statusFromText(v, " Off track ") == "red");
    CHECK(statusFromText(v, "AMBER") == "amber");
    CHECK(statusFromText(v, "At risk") == "amber");
    CHECK(statusFromText(v, "On-track") == "green");
    CHECK(statusFromText(v, "Completed") == "complete");
    CHECK(statusFromText(v, "Done") == "complete");
    CHECK(statusFromText(v, "Closed") == "complete");
    CHECK(statusFromText(v, "Blue") == "complete");
    CHECK(statusFromText(v, "Not started") == "not_started");
    CHECK(statusFromText(v, "Grey") == "not_started");
    CHECK_FALSE(statusFromText(v, "On hold"));
}

TEST_CASE("fill colours read as RAG within a tolerance", "[parts][status]") {
    CHECK(statusFromFill(0xFF0000) == "red");
    CHECK(statusFromFill(0xC00000) == "red");
    CHECK(statusFromFill(0xFFC7CE) == "red");   // Excel "Bad"
    CHECK(statusFromFill(0xFFC000) == "amber");
    CHECK(statusFromFill(0xFFFF00) == "amber");  // yellow, as many councils colour amber
    CHECK(statusFromFill(0xED7D31) == "amber");  // orange
    CHECK(statusFromFill(0x00B050) == "green");
    CHECK(statusFromFill(0x92D050) == "green");
    CHECK(statusFromFill(0xC6EFCE) == "green");  // Excel "Good"
    CHECK(statusFromFill(0x0070C0) == "complete");
    CHECK(statusFromFill(0x00B0F0) == "complete");
    CHECK(statusFromFill(0xBFBFBF) == "not_started");
    CHECK(statusFromFill(0x808080) == "not_started");
    CHECK_FALSE(statusFromFill(0xFFFFFF));
    CHECK_FALSE(statusFromFill(0xF2F2F2));  // near white: an ordinary background
    CHECK_FALSE(statusFromFill(0x000000));
    CHECK_FALSE(statusFromFill(0x7030A0));  // purple
}

TEST_CASE("column names fold and match the vocabulary", "[parts][vocabulary]") {
    CHECK(foldName("  Target date (dd/mm/yyyy) ") == "target date");
    CHECK(foldName("Lead officer/Owner") == "lead officer owner");
    CHECK(foldName("Supervision & oversight") == "supervision and oversight");
    CHECK(foldName("% complete") == "percent complete");
    CHECK(foldName("#") == "#");
    const auto& v = vocabulary();
    auto field = [&](const char* h) { auto m = v.fieldFor(h); return m ? std::string(tableFieldName(m->field)) : ""; };
    CHECK(field("Area for improvement") == "text");
    CHECK(field("RAG rating (Jan 2025)") == "status");
    CHECK(field("Due date for completion") == "due");  // starts with a two-word name
    CHECK(field("Status update").empty());              // one-word names match whole headers only
    CHECK(field("Progress update").empty());            // known, but kept as a property
    CHECK(v.isKnownColumn("Progress update"));
    CHECK(v.impliesWeakness("Areas for improvement"));
    CHECK_FALSE(v.impliesWeakness("Finding"));
}

TEST_CASE("a vocabulary file with a mistake is refused naming the file", "[parts][vocabulary]") {
    CHECK_THROWS_WITH(ColumnVocabulary::fromJson(R"({"fields": {"colour": ["rag"]}})", "my.json"),
                      Catch::Contains("my.json: unknown field \"colour\""));
    CHECK_THROWS_WITH(ColumnVocabulary::fromJson("{", "my.json"), Catch::Contains("my.json: not valid JSON"));
}

TEST_CASE("a header row needs several known columns including the finding text", "[parts][header]") {
    const auto& v = vocabulary();
    CHECK(scoreHeader({col(1, "Ref"), col(2, "Area for improvement"), col(3, "Owner")}, v, {}).looksLikeHeader());
    CHECK_FALSE(scoreHeader({col(1, "Wyvern Improvement Plan")}, v, {}).looksLikeHeader());
    CHECK_FALSE(scoreHeader({col(1, "Ref"), col(2, "Owner"), col(3, "Due")}, v, {}).looksLikeHeader());
    CHECK(scoreHeader({col(1, "Weakness noted"), col(2, "Foo")}, v, {{TableField::Text, "weakness NOTED"}})
              .looksLikeHeader());
}

TEST_CASE("the layout picks one column per field and names the rest", "[parts][header]") {
    const auto layout = buildLayout({col(1, "Ref"), col(2, "Recommendation"), col(3, "RAG"), col(4, "Status"),
                                     col(5, "Notes"), col(6, "Notes"), col(7, "Action")},
                                    2, 2, vocabulary(), {});
    CHECK(layout.columnsOf(TableField::Text) == std::vector<uint32_t>{2});
    CHECK(layout.columnsOf(TableField::Status) == std::vector<uint32_t>{3});  // RAG before Status
    CHECK(layout.propertyName(4) == "Status");
    CHECK(layout.propertyName(5) == "Notes");
    CHECK(layout.propertyName(6) == "Notes (2)");
    CHECK(layout.propertyName(9) == "Column I");
    CHECK(layout.textImpliesWeakness);
    const auto actionOnly = buildLayout({col(1, "No."), col(2, "Action"), col(3, "Owner")}, 1, 1, vocabulary(), {});
    CHECK(actionOnly.textFromAction);
    CHECK_THROWS_AS(buildLayout({col(1, "Ref"), col(2, "Owner")}, 1, 1, vocabulary(), {}), LayoutError);
}

TEST_CASE("a finding's summary is its first sentence", "[parts][text]") {
    CHECK(firstSentence("Plans are weak. Reviews are late.") == "Plans are weak.");
    CHECK(firstSentence("Managers, e.g. team leads, do not review plans. Then more.") ==
          "Managers, e.g. team leads, do not review plans.");
    CHECK(firstSentence("Dr. Shah leads the work. It is late.") == "Dr. Shah leads the work.");
    CHECK(firstSentence("One line\nsecond line") == "One line");
    CHECK(firstSentence("no full stop") == "no full stop");
    CHECK(cleanText("  a\r\nb\rc  ") == "a\nb\nc");
}

TEST_CASE("ids use the Ref once, then the row", "[parts][ids]") {
    FindingIds ids("src-1");
    CHECK(ids.next("WY-01", 5) == "src-1-WY-01");
    CHECK(ids.next("WY-01", 6) == "src-1-row6");
    CHECK(ids.next("", 7) == "src-1-row7");
    CHECK(ids.next("1.2 (a)", 8) == "src-1-1.2-a");
    CHECK(ids.next("row9", 9) == "src-1-row9");
    CHECK(ids.next("", 9) == "src-1-row9b");
    CHECK(sourceIdForSheet("src-1", "Audit actions", 1, {}) == "src-1-audit-actions");
    CHECK(sourceIdForSheet("src-1", "Audit actions", 1, {"src-1-audit-actions"}) == "src-1-sheet2");
}

TEST_CASE("ids stay unique past the growth of the id table", "[parts][ids]") {
    // Enough rows to grow the table several times: every Ref is taken once, and a Ref seen
    // again, however far back, falls back to its row.
    FindingIds ids("s");
    int refIds = 0;
    for (int row = 1; row <= 20000; ++row) refIds += ids.next("R" + std::to_string(row), row) == "s-R" + std::to_string(row);
    CHECK(refIds == 20000);
    CHECK(ids.next("R1", 20001) == "s-row20001");
    CHECK(ids.next("R19999", 20002) == "s-row20002");

    HashSet64 set;
    bool allNew = true, allSeen = true;
    for (uint64_t v = 0; v < 50000; ++v) allNew = allNew && set.insert(v * 0x9E3779B97F4A7C15ull + 2);
    for (uint64_t v = 0; v < 50000; ++v) allSeen = allSeen && !set.insert(v * 0x9E3779B97F4A7C15ull + 2);
    CHECK(allNew);
    CHECK(allSeen);
    CHECK(set.insert(0));
    CHECK_FALSE(set.insert(1));  // 0 and 1 are one value
}
