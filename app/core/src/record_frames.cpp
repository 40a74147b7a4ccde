#include <findings/core/record_frames.hpp>

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

}  // namespace

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
