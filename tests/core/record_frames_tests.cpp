// Records between a worker and the host: every field of a source and a finding, the format
// 1.1 ones included, comes back as it went, and a record a hostile worker might send (cut
// short at any byte, another version, a count it cannot hold, bytes left over) is an error
// naming what is wrong, never a crash or an unbounded allocation.
#include <catch2/catch.hpp>

#include <findings/core/record_frames.hpp>
#include <findings/sdk/convert.hpp>

#include "every_field_records.hpp"

#include <cstddef>
#include <string>
#include <type_traits>
#include <utility>

using namespace findings;
using namespace findings::core::worker;
using namespace testrecords;

namespace {

// How many members an aggregate has: the most initialisers T{...} accepts, each of a type
// that converts to any member. A field added to a record struct changes the count, and the
// CHECKs below fail until the encoding (record_frames.cpp) and everyFieldSource() /
// everyFieldFinding() (every_field_records.cpp) name it.
struct AnyField {
    template <class T>
    operator T() const;
};
template <class T, class Seq, class = void>
struct InitialisableWith : std::false_type {};
template <class T, std::size_t... I>
struct InitialisableWith<T, std::index_sequence<I...>, std::void_t<decltype(T{(void(I), AnyField{})...})>>
    : std::true_type {};
template <class T, std::size_t N = 0>
constexpr std::size_t fieldCount() {
    if constexpr (InitialisableWith<T, std::make_index_sequence<N + 1>>::value) return fieldCount<T, N + 1>();
    else return N;
}

/// The payload of a frame as the host receives it.
Frame received(FrameWriter& w) {
    const std::string& bytes = w.bytes();
    return Frame(static_cast<Msg>(bytes[4]), bytes.substr(5));
}

}  // namespace

TEST_CASE("the record structs have the fields the worker encoding names", "[isolation][frames]") {
    CHECK(fieldCount<Source>() == 19);
    CHECK(fieldCount<Finding>() == 16);
    CHECK(fieldCount<Link>() == 7);
    CHECK(fieldCount<Location>() == 8);
    CHECK(fieldCount<Action>() == 4);
    CHECK(fieldCount<Visit>() == 3);
    CHECK(fieldCount<PreviousJudgement>() == 2);
    CHECK(fieldCount<Person>() == 2);
    CHECK(fieldCount<Judgement>() == 2);
    CHECK(fieldCount<ImporterRef>() == 2);
}

TEST_CASE("every field of a source and a finding crosses from the worker unchanged", "[isolation][frames]") {
    const Source s = everyFieldSource();
    FrameWriter sw(Msg::Source);
    putSource(sw, s);
    Frame sf = received(sw);
    CHECK(takeSource(sf) == s);

    const Finding f = everyFieldFinding();
    FrameWriter fw(Msg::Finding);
    putFinding(fw, f);
    Frame ff = received(fw);
    CHECK(takeFinding(ff) == f);

    // Absent values stay absent.
    FrameWriter ew(Msg::Finding);
    putFinding(ew, Finding{});
    Frame ef = received(ew);
    CHECK(takeFinding(ef) == Finding{});
}

namespace {
// A record's frame bytes, encoded from the C++ value or from the C struct.
template <class Record>
std::string encoded(const Record& record) {
    constexpr bool isSource = std::is_same_v<Record, Source> || std::is_same_v<Record, fnd_source>;
    FrameWriter w(isSource ? Msg::Source : Msg::Finding);
    if constexpr (isSource) putSource(w, record);
    else putFinding(w, record);
    return w.bytes();
}
}  // namespace

TEST_CASE("a worker encodes a plugin's C records as it would their C++ values", "[isolation][frames]") {
    // The worker writes frames straight from the C structs; the host decodes them into the
    // values fromC would have built. Every field set, then the records cut to their 1.0 size
    // (a 1.0 plugin's) and a location cut short, then sub-records left NULL.
    const Source source = everyFieldSource();
    const CSource cSource(source);
    CHECK(encoded(*cSource.get()) == encoded(source));

    const Finding finding = everyFieldFinding();
    const CFinding cFinding(finding);
    CHECK(encoded(*cFinding.get()) == encoded(finding));

    fnd_source oldSource = *cSource.get();
    oldSource.struct_size = offsetof(fnd_source, role);
    const Source oldSourceRead = fromC(oldSource);
    CHECK(oldSourceRead.role.empty());
    CHECK(encoded(oldSource) == encoded(oldSourceRead));

    fnd_finding oldFinding = *cFinding.get();
    oldFinding.struct_size = offsetof(fnd_finding, kind);
    fnd_location oldLocation = *cFinding.get()->location;
    oldLocation.struct_size = offsetof(fnd_location, sheet);
    oldFinding.location = &oldLocation;
    const Finding oldFindingRead = fromC(oldFinding);
    CHECK(oldFindingRead.links.empty());
    CHECK(oldFindingRead.location.sheet.empty());
    CHECK(oldFindingRead.location.line_start == finding.location.line_start);
    CHECK(encoded(oldFinding) == encoded(oldFindingRead));

    fnd_finding bare = *cFinding.get();
    bare.location = nullptr;
    bare.action = nullptr;
    bare.themes = nullptr;  // a count with no array reads as none
    FrameWriter bareFrame(Msg::Finding);
    putFinding(bareFrame, bare);
    Frame decoded = received(bareFrame);
    const Finding bareRead = takeFinding(decoded);
    CHECK(bareRead == fromC(bare));
    CHECK(bareRead.location.empty());
    CHECK(bareRead.action.empty());
    CHECK(bareRead.themes.empty());
}

TEST_CASE("a record cut short at any byte is an error, not a crash", "[isolation][frames]") {
    FrameWriter w(Msg::Finding);
    putFinding(w, everyFieldFinding());
    const std::string payload = w.bytes().substr(5);
    for (std::size_t n = 0; n < payload.size(); ++n) {
        Frame f(Msg::Finding, payload.substr(0, n));
        INFO("first " << n << " bytes");
        CHECK_THROWS_AS(takeFinding(f), ProtocolError);
    }
}

TEST_CASE("a record of another version, an impossible count or bytes left over is refused", "[isolation][frames]") {
    FrameWriter w(Msg::Source);
    putSource(w, everyFieldSource());
    const std::string payload = w.bytes().substr(5);

    std::string otherVersion = payload;
    otherVersion[0] = static_cast<char>(kRecordVersion + 1);
    Frame v(Msg::Source, otherVersion);
    CHECK_THROWS_WITH(takeSource(v), Catch::Contains("record encoding 2, not 1"));

    Frame extra(Msg::Source, payload + "x");
    CHECK_THROWS_WITH(takeSource(extra), Catch::Contains("1 bytes left over after a source"));

    // A finding that is all empty strings but claims four billion themes.
    FrameWriter lying(Msg::Finding);
    lying.u8(kRecordVersion);
    for (int i = 0; i < 3; ++i) lying.str("");
    lying.i64(kNone).str("").str("").u32(0xFFFFFFFFu);
    Frame l = received(lying);
    CHECK_THROWS_WITH(takeFinding(l), Catch::Contains("a count of 4294967295"));
}

TEST_CASE("a table preview crosses from the worker unchanged, and a cut one is refused", "[isolation][frames]") {
    findings::core::TablePreview p;
    p.ok = true;
    p.offered = true;
    p.importerId = "uk.findings.spreadsheet.xlsx";
    p.sheet = "Tracker \u2014 2025";
    p.sheetCount = 2;
    p.headerRow = 4;
    p.rows = {{1, {"Wyvern plan"}}, {4, {"Ref", "", "Area for improvement"}}, {5, {}}};
    p.fields = {{"text", "Finding text", "Area for improvement"}, {"owner", "Owner", ""}};
    FrameWriter w(Msg::Previewed);
    putPreview(w, p);
    Frame f = received(w);
    const findings::core::TablePreview back = takePreview(f);
    CHECK(back.ok);
    CHECK(back.offered);
    CHECK(back.importerId == p.importerId);
    CHECK(back.sheet == p.sheet);
    CHECK(back.sheetCount == 2);
    CHECK(back.headerRow == 4);
    REQUIRE(back.rows.size() == 3);
    CHECK(back.rows[1].number == 4);
    CHECK(back.rows[1].cells == p.rows[1].cells);
    CHECK(back.rows[2].cells.empty());
    REQUIRE(back.fields.size() == 2);
    CHECK(back.fields[0].columnHeader == "Area for improvement");
    CHECK(back.fields[1].label == "Owner");

    const std::string payload = w.bytes().substr(5);
    for (std::size_t n = 0; n < payload.size(); ++n) {
        Frame cut(Msg::Previewed, payload.substr(0, n));
        INFO("first " << n << " bytes");
        CHECK_THROWS_AS(takePreview(cut), ProtocolError);
    }
}
