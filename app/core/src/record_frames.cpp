#include <findings/core/record_frames.hpp>

#include <findings/sdk/convert.hpp>

#include <algorithm>

#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace findings::core::worker {

namespace {

// Each record struct's fields, in declaration order (sdk/records.hpp), written once and
// walked by both Put (encoding) and Take (decoding), so the two cannot disagree on the order.
// `T` is the struct, const when encoding.
template <class T, class U>
using If = std::enable_if_t<std::is_same_v<std::remove_const_t<T>, U>, int>;

template <class T, class V, If<T, Location> = 0>
void fields(T& r, V& v) {
    v(r.line_start), v(r.line_end), v(r.char_start), v(r.char_end), v(r.page), v(r.sheet), v(r.row), v(r.column);
}
template <class T, class V, If<T, Action> = 0>
void fields(T& r, V& v) {
    v(r.text), v(r.owner), v(r.due), v(r.status);
}
template <class T, class V, If<T, Visit> = 0>
void fields(T& r, V& v) {
    v(r.ordinal), v(r.start), v(r.end);
}
template <class T, class V, If<T, PreviousJudgement> = 0>
void fields(T& r, V& v) {
    v(r.grade), v(r.date);
}
template <class T, class V, If<T, Person> = 0>
void fields(T& r, V& v) {
    v(r.name), v(r.role);
}
template <class T, class V, If<T, Judgement> = 0>
void fields(T& r, V& v) {
    v(r.area), v(r.grade);
}
template <class T, class V, If<T, ImporterRef> = 0>
void fields(T& r, V& v) {
    v(r.id), v(r.version);
}
template <class T, class V, If<T, Link> = 0>
void fields(T& r, V& v) {
    v(r.target), v(r.relation), v(r.stance), v(r.confidence), v(r.origin), v(r.review), v(r.evidence);
}
template <class T, class V, If<T, Source> = 0>
void fields(T& r, V& v) {
    v(r.id), v(r.path), v(r.sha256), v(r.kind), v(r.title), v(r.local_authority), v(r.author), v(r.recipient),
        v(r.date), v(r.visit), v(r.inspectors), v(r.framework), v(r.previous_judgement), v(r.judgements),
        v(r.areas_covered), v(r.people), v(r.importer), v(r.properties), v(r.role);
}
template <class T, class V, If<T, Finding> = 0>
void fields(T& r, V& v) {
    v(r.id), v(r.source), v(r.section), v(r.paragraph), v(r.text), v(r.summary), v(r.themes), v(r.polarity),
        v(r.attribution), v(r.location), v(r.confidence), v(r.review), v(r.action), v(r.properties), v(r.kind),
        v(r.links);
}

/// Appends fields to a frame.
struct Put {
    FrameWriter& f;
    void operator()(const std::string& s) { f.str(s); }
    void operator()(const std::int64_t& n) { f.i64(n); }
    void operator()(const double& d) { f.f64(d); }
    template <class A, class B>
    void operator()(const std::pair<A, B>& p) {
        (*this)(p.first);
        (*this)(p.second);
    }
    template <class T>
    void operator()(const std::vector<T>& items) {
        f.u32(static_cast<std::uint32_t>(items.size()));
        for (const T& item : items) (*this)(item);
    }
    template <class T>
    auto operator()(const T& record) -> decltype(fields(record, *this), void()) {
        fields(record, *this);
    }
};

/// Reads fields back from a frame, every read bounds-checked by Frame.
struct Take {
    Frame& f;
    void operator()(std::string& s) { s = f.str(); }
    void operator()(std::int64_t& n) { n = f.i64(); }
    void operator()(double& d) { d = f.f64(); }
    template <class A, class B>
    void operator()(std::pair<A, B>& p) {
        (*this)(p.first);
        (*this)(p.second);
    }
    template <class T>
    void operator()(std::vector<T>& items) {
        // Every item takes at least 4 bytes (a string's length), so a count the frame cannot
        // hold is refused before anything is allocated for it.
        items.resize(f.count(4));
        for (T& item : items) (*this)(item);
    }
    template <class T>
    auto operator()(T& record) -> decltype(fields(record, *this), void()) {
        fields(record, *this);
    }
};

template <class R>
void put(FrameWriter& frame, const R& record) {
    frame.u8(kRecordVersion);
    Put writer{frame};
    writer(record);
}

template <class R>
R take(Frame& frame, const char* what) {
    const std::uint8_t version = frame.u8();
    if (version != kRecordVersion)
        throw ProtocolError(std::string("a ") + what + " in record encoding " + std::to_string(version) +
                            ", not " + std::to_string(kRecordVersion) + " (a worker from another build?)");
    R record;
    Take reader{frame};
    reader(record);
    frame.expectEnd(what);
    return record;
}

/// Appends a record straight from its C struct, as a worker's sink receives it: the same
/// bytes as put(fromC(c)), without building the C++ record on the way (a record crosses
/// into the host once). Each function walks the fields in the order of fields() above, and
/// reads only what the writer's struct_size holds: a field it never had encodes as the empty
/// value fromC gives it. tests/core/record_frames_tests.cpp compares the two byte for byte.
struct PutC {
    FrameWriter& f;
    void operator()(fnd_str s) { f.str(toView(s)); }
    void operator()(std::int64_t n) { f.i64(n); }
    void operator()(double d) { f.f64(d); }
    /// A list: its count (none when the array is NULL), then each item through `each`.
    template <class Item, class Each>
    void list(const Item* items, size_t count, Each each) {
        if (!items) count = 0;
        f.u32(static_cast<std::uint32_t>(count));
        for (size_t i = 0; i < count; ++i) each(items[i]);
    }
    void strings(const fnd_str* items, size_t count) {
        list(items, count, [&](fnd_str s) { (*this)(s); });
    }
    void properties(const fnd_property* items, size_t count) {
        list(items, count, [&](const fnd_property& p) { (*this)(p.key), (*this)(p.value); });
    }
};

// Reads a field the writer's struct may not have: its value, or `absent`.
#define FND_FIELD_OR_(p, type, field, absent) (FND_HAS_FIELD(p, type, field) ? (p)->field : (absent))

void putLocation(PutC& v, const fnd_location* c) {
    const fnd_str none{nullptr, 0};
    if (!c) {
        for (int i = 0; i < 5; ++i) v(kNone);
        v(none), v(kNone), v(kNone);
        return;
    }
    v(FND_FIELD_OR_(c, fnd_location, line_start, kNone)), v(FND_FIELD_OR_(c, fnd_location, line_end, kNone)),
        v(FND_FIELD_OR_(c, fnd_location, char_start, kNone)), v(FND_FIELD_OR_(c, fnd_location, char_end, kNone)),
        v(FND_FIELD_OR_(c, fnd_location, page, kNone)), v(FND_FIELD_OR_(c, fnd_location, sheet, none)),
        v(FND_FIELD_OR_(c, fnd_location, row, kNone)), v(FND_FIELD_OR_(c, fnd_location, column, kNone));
}

void putAction(PutC& v, const fnd_action* c) {
    const fnd_str none{nullptr, 0};
    if (!c) {
        v(none), v(none), v(none), v(none);
        return;
    }
    v(FND_FIELD_OR_(c, fnd_action, text, none)), v(FND_FIELD_OR_(c, fnd_action, owner, none)),
        v(FND_FIELD_OR_(c, fnd_action, due, none)), v(FND_FIELD_OR_(c, fnd_action, status, none));
}

void putLink(PutC& v, const fnd_link& link) {
    const fnd_str none{nullptr, 0};
    const fnd_link* c = &link;
    v(FND_FIELD_OR_(c, fnd_link, target, none)), v(FND_FIELD_OR_(c, fnd_link, relation, none)),
        v(FND_FIELD_OR_(c, fnd_link, stance, none)), v(FND_FIELD_OR_(c, fnd_link, confidence, -1.0)),
        v(FND_FIELD_OR_(c, fnd_link, origin, none)), v(FND_FIELD_OR_(c, fnd_link, review, none)),
        v(FND_FIELD_OR_(c, fnd_link, evidence, none));
}

void putC(PutC& v, const fnd_finding& finding) {
    const fnd_str none{nullptr, 0};
    const fnd_finding* c = &finding;
    v(FND_FIELD_OR_(c, fnd_finding, id, none)), v(FND_FIELD_OR_(c, fnd_finding, source, none)),
        v(FND_FIELD_OR_(c, fnd_finding, section, none)), v(FND_FIELD_OR_(c, fnd_finding, paragraph, kNone)),
        v(FND_FIELD_OR_(c, fnd_finding, text, none)), v(FND_FIELD_OR_(c, fnd_finding, summary, none));
    if (FND_HAS_FIELD(c, fnd_finding, theme_count)) v.strings(c->themes, c->theme_count);
    else v.strings(nullptr, 0);
    v(FND_FIELD_OR_(c, fnd_finding, polarity, none)), v(FND_FIELD_OR_(c, fnd_finding, attribution, none));
    putLocation(v, FND_FIELD_OR_(c, fnd_finding, location, nullptr));
    v(FND_FIELD_OR_(c, fnd_finding, confidence, -1.0)), v(FND_FIELD_OR_(c, fnd_finding, review, none));
    putAction(v, FND_FIELD_OR_(c, fnd_finding, action, nullptr));
    if (FND_HAS_FIELD(c, fnd_finding, property_count)) v.properties(c->properties, c->property_count);
    else v.properties(nullptr, 0);
    v(FND_FIELD_OR_(c, fnd_finding, kind, none));
    if (FND_HAS_FIELD(c, fnd_finding, link_count)) v.list(c->links, c->link_count, [&](const fnd_link& l) { putLink(v, l); });
    else v.list<fnd_link>(nullptr, 0, [](const fnd_link&) {});
}

void putC(PutC& v, const fnd_source& source) {
    const fnd_str none{nullptr, 0};
    const fnd_source* c = &source;
    v(FND_FIELD_OR_(c, fnd_source, id, none)), v(FND_FIELD_OR_(c, fnd_source, path, none)),
        v(FND_FIELD_OR_(c, fnd_source, sha256, none)), v(FND_FIELD_OR_(c, fnd_source, kind, none)),
        v(FND_FIELD_OR_(c, fnd_source, title, none)), v(FND_FIELD_OR_(c, fnd_source, local_authority, none)),
        v(FND_FIELD_OR_(c, fnd_source, author, none)), v(FND_FIELD_OR_(c, fnd_source, recipient, none)),
        v(FND_FIELD_OR_(c, fnd_source, date, none));
    const fnd_visit* visit = FND_FIELD_OR_(c, fnd_source, visit, nullptr);
    if (visit)
        v(FND_FIELD_OR_(visit, fnd_visit, ordinal, kNone)), v(FND_FIELD_OR_(visit, fnd_visit, start, none)),
            v(FND_FIELD_OR_(visit, fnd_visit, end, none));
    else
        v(kNone), v(none), v(none);
    if (FND_HAS_FIELD(c, fnd_source, inspector_count)) v.strings(c->inspectors, c->inspector_count);
    else v.strings(nullptr, 0);
    v(FND_FIELD_OR_(c, fnd_source, framework, none));
    const fnd_previous_judgement* previous = FND_FIELD_OR_(c, fnd_source, previous_judgement, nullptr);
    if (previous)
        v(FND_FIELD_OR_(previous, fnd_previous_judgement, grade, none)),
            v(FND_FIELD_OR_(previous, fnd_previous_judgement, date, none));
    else
        v(none), v(none);
    if (FND_HAS_FIELD(c, fnd_source, judgement_count))
        v.list(c->judgements, c->judgement_count, [&](const fnd_judgement& j) { v(j.area), v(j.grade); });
    else v.list<fnd_judgement>(nullptr, 0, [](const fnd_judgement&) {});
    if (FND_HAS_FIELD(c, fnd_source, area_count)) v.strings(c->areas_covered, c->area_count);
    else v.strings(nullptr, 0);
    if (FND_HAS_FIELD(c, fnd_source, person_count))
        v.list(c->people, c->person_count, [&](const fnd_person& p) { v(p.name), v(p.role); });
    else v.list<fnd_person>(nullptr, 0, [](const fnd_person&) {});
    const fnd_importer_ref* importer = FND_FIELD_OR_(c, fnd_source, importer, nullptr);
    if (importer)
        v(FND_FIELD_OR_(importer, fnd_importer_ref, id, none)), v(FND_FIELD_OR_(importer, fnd_importer_ref, version, none));
    else
        v(none), v(none);
    if (FND_HAS_FIELD(c, fnd_source, property_count)) v.properties(c->properties, c->property_count);
    else v.properties(nullptr, 0);
    v(FND_FIELD_OR_(c, fnd_source, role, none));
}

#undef FND_FIELD_OR_

template <class C>
void putFromC(FrameWriter& frame, const C& record) {
    frame.u8(kRecordVersion);
    PutC writer{frame};
    putC(writer, record);
}

}  // namespace

void putSource(FrameWriter& frame, const fnd_source& source) { putFromC(frame, source); }
void putFinding(FrameWriter& frame, const fnd_finding& finding) { putFromC(frame, finding); }
void putSource(FrameWriter& frame, const Source& source) { put(frame, source); }
void putFinding(FrameWriter& frame, const Finding& finding) { put(frame, finding); }
Source takeSource(Frame& frame) { return take<Source>(frame, "source"); }
Finding takeFinding(Frame& frame) { return take<Finding>(frame, "finding"); }

void putPreview(FrameWriter& frame, const TablePreview& p) {
    frame.u8(p.ok ? 1 : 0).u8(p.offered ? 1 : 0).str(p.importerId).str(p.problem).str(p.sheet);
    frame.i64(static_cast<std::int64_t>(p.sheetCount)).i64(p.headerRow);
    frame.u32(static_cast<std::uint32_t>(p.rows.size()));
    for (const TablePreview::Row& row : p.rows) {
        frame.i64(row.number).u32(static_cast<std::uint32_t>(row.cells.size()));
        for (const std::string& cell : row.cells) frame.str(cell);
    }
    frame.u32(static_cast<std::uint32_t>(p.fields.size()));
    for (const TablePreview::Field& f : p.fields) frame.str(f.field).str(f.label).str(f.columnHeader);
}

TablePreview takePreview(Frame& frame) {
    TablePreview p;
    p.ok = frame.u8() != 0;
    p.offered = frame.u8() != 0;
    p.importerId = frame.str();
    p.problem = frame.str();
    p.sheet = frame.str();
    p.sheetCount = static_cast<size_t>(std::max<std::int64_t>(0, frame.i64()));
    p.headerRow = frame.i64();
    p.rows.resize(frame.count(12));
    for (TablePreview::Row& row : p.rows) {
        row.number = frame.i64();
        row.cells.resize(frame.count(4));
        for (std::string& cell : row.cells) cell = frame.str();
    }
    p.fields.resize(frame.count(12));
    for (TablePreview::Field& f : p.fields) {
        f.field = frame.str();
        f.label = frame.str();
        f.columnHeader = frame.str();
    }
    frame.expectEnd("preview");
    return p;
}

}  // namespace findings::core::worker
