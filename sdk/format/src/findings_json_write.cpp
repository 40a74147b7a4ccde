// Writes the findings format. Absent values are omitted rather than written as null, which
// keeps documents small and diffs readable; readers treat both the same.
#include <findings/format/findings_json.hpp>
#include <findings/format/json_text.hpp>
#include <findings/format/record_json.hpp>

#include <algorithm>
#include <deque>
#include <future>
#include <sstream>

namespace findings {
namespace {

void optionalString(JsonText& j, std::string_view key, const std::string& value) {
    if (!value.empty()) j.field(key, value);
}

void optionalInt(JsonText& j, std::string_view key, std::int64_t value) {
    if (value != kNone) j.field(key, value);
}

void stringArray(JsonText& j, std::string_view key, const std::vector<std::string>& items,
                 bool always = false) {
    if (items.empty() && !always) return;
    j.key(key);
    j.beginArray();
    for (const auto& s : items) j.value(s);
    j.endArray();
}

void properties(JsonText& j, const Properties& props) {
    if (props.empty()) return;
    j.key("properties");
    j.beginObject();
    for (const auto& [k, v] : props) j.field(k, v);
    j.endObject();
}

}  // namespace

void writeSourceJson(JsonText& j, const Source& s, RecordDefaults defaults) {
    const bool fill = defaults == RecordDefaults::Fill;
    j.beginObject();
    j.field("id", s.id);
    optionalString(j, "path", s.path);
    optionalString(j, "sha256", s.sha256);
    if (fill || !s.kind.empty()) j.field("kind", s.kind.empty() ? std::string("other") : s.kind);
    optionalString(j, "role", s.role);
    optionalString(j, "title", s.title);
    optionalString(j, "local_authority", s.local_authority);
    optionalString(j, "author", s.author);
    optionalString(j, "recipient", s.recipient);
    optionalString(j, "date", s.date);
    if (!s.visit.empty()) {
        j.key("visit");
        j.beginObject();
        optionalInt(j, "ordinal", s.visit.ordinal);
        optionalString(j, "start", s.visit.start);
        optionalString(j, "end", s.visit.end);
        j.endObject();
    }
    stringArray(j, "inspectors", s.inspectors);
    optionalString(j, "framework", s.framework);
    if (!s.previous_judgement.empty()) {
        j.key("previous_judgement");
        j.beginObject();
        optionalString(j, "grade", s.previous_judgement.grade);
        optionalString(j, "date", s.previous_judgement.date);
        j.endObject();
    }
    if (!s.judgements.empty()) {
        j.key("judgements");
        j.beginArray();
        for (const auto& g : s.judgements) {
            j.beginObject();
            j.field("area", g.area);
            j.field("grade", g.grade);
            j.endObject();
        }
        j.endArray();
    }
    stringArray(j, "areas_covered", s.areas_covered);
    if (!s.people.empty()) {
        j.key("people");
        j.beginArray();
        for (const auto& p : s.people) {
            j.beginObject();
            j.field("name", p.name);
            optionalString(j, "role", p.role);
            j.endObject();
        }
        j.endArray();
    }
    if (!s.importer.empty()) {
        j.key("importer");
        j.beginObject();
        optionalString(j, "id", s.importer.id);
        optionalString(j, "version", s.importer.version);
        j.endObject();
    }
    properties(j, s.properties);
    j.endObject();
}

void writeFindingJson(JsonText& j, const Finding& f, RecordDefaults defaults) {
    const bool fill = defaults == RecordDefaults::Fill;
    j.beginObject();
    j.field("id", f.id);
    j.field("source", f.source);
    optionalString(j, "section", f.section);
    optionalInt(j, "paragraph", f.paragraph);
    optionalString(j, "kind", f.kind);
    j.field("text", f.text);
    optionalString(j, "summary", f.summary);
    stringArray(j, "themes", f.themes, true);
    optionalString(j, "polarity", f.polarity);
    optionalString(j, "attribution", f.attribution);
    if (!f.location.empty()) {
        const Location& l = f.location;
        j.key("location");
        j.beginObject();
        optionalInt(j, "line_start", l.line_start);
        optionalInt(j, "line_end", l.line_end);
        optionalInt(j, "char_start", l.char_start);
        optionalInt(j, "char_end", l.char_end);
        optionalInt(j, "page", l.page);
        optionalString(j, "sheet", l.sheet);
        optionalInt(j, "row", l.row);
        optionalInt(j, "column", l.column);
        j.endObject();
    }
    if (f.confidence >= 0) j.field("confidence", f.confidence);
    if (fill || !f.review.empty())
        j.field("review", f.review.empty() ? std::string("unreviewed") : f.review);
    if (!f.action.empty()) {
        j.key("action");
        j.beginObject();
        optionalString(j, "text", f.action.text);
        optionalString(j, "owner", f.action.owner);
        optionalString(j, "due", f.action.due);
        optionalString(j, "status", f.action.status);
        j.endObject();
    }
    if (!f.links.empty()) {
        j.key("links");
        j.beginArray();
        for (const Link& l : f.links) {
            j.beginObject();
            j.field("target", l.target);
            j.field("relation", l.relation);
            optionalString(j, "stance", l.stance);
            if (l.confidence >= 0) j.field("confidence", l.confidence);
            optionalString(j, "origin", l.origin);
            optionalString(j, "review", l.review);
            optionalString(j, "evidence", l.evidence);
            j.endObject();
        }
        j.endArray();
    }
    properties(j, f.properties);
    j.endObject();
}

std::string sourceToJson(const Source& source, RecordDefaults defaults) {
    JsonText j;
    writeSourceJson(j, source, defaults);
    return j.take();
}

std::string findingToJson(const Finding& finding, RecordDefaults defaults) {
    JsonText j;
    writeFindingJson(j, finding, defaults);
    return j.take();
}

struct FindingsJsonWriter::Impl {
    std::ostream& out;
    JsonText j{2};
    bool noFindingYet = true;  ///< whether the findings array is still empty
    explicit Impl(std::ostream& o) : out(o) {}
    void maybeFlush() {
        constexpr size_t kFlushAt = 1 << 20;  // keep the buffer small for huge sets
        if (j.buffered() > kFlushAt) j.flushTo(out);
    }
};

FindingsJsonWriter::FindingsJsonWriter(std::ostream& out) : impl_(std::make_unique<Impl>(out)) {}
FindingsJsonWriter::~FindingsJsonWriter() = default;

void FindingsJsonWriter::begin() {
    JsonText& j = impl_->j;
    j.beginObject();
    j.field("format", std::string(kFormatName));
    j.field("version", std::string(kFormatVersion));
    j.key("sources");
    j.beginArray();
}

void FindingsJsonWriter::source(const Source& s) {
    writeSourceJson(impl_->j, s, RecordDefaults::Fill);
    impl_->maybeFlush();
}

void FindingsJsonWriter::findings() {
    impl_->j.endArray();
    impl_->j.key("findings");
    impl_->j.beginArray();
}

void FindingsJsonWriter::finding(const Finding& f) {
    writeFindingJson(impl_->j, f, RecordDefaults::Fill);
    impl_->noFindingYet = false;
    impl_->maybeFlush();
}

namespace {

/// Findings turned into text per part: large enough that a thread's start is nothing beside
/// the work (a tracker row is about 1 KB of text), small enough to hold two in memory.
constexpr size_t kFindingsPerPart = 4096;

/// The text of `count` findings from `first` on, continuing the findings array (two levels
/// deep) after `empty ? no finding : some finding`.
std::string findingsText(const Finding* first, size_t count, bool empty) {
    JsonText j{2};
    j.continueArray(2, empty);
    for (size_t i = 0; i < count; ++i) writeFindingJson(j, first[i], RecordDefaults::Fill);
    return j.take();
}

}  // namespace

void FindingsJsonWriter::findings(const Finding* first, size_t count) {
    if (count < 2 * kFindingsPerPart) {
        for (size_t i = 0; i < count; ++i) finding(first[i]);
        return;
    }
    // Turning records into text costs about twice as much as writing it: helper threads
    // make the next parts' text while this thread writes the finished ones, in order.
    // Three parts in the making keep two cores busy with at most four parts in memory.
    constexpr size_t kPartsAhead = 3;
    impl_->j.flushTo(impl_->out);
    std::deque<std::future<std::string>> parts;
    size_t next = 0;
    auto startNextPart = [&] {
        if (next >= count) return;
        parts.push_back(std::async(std::launch::async, findingsText, first + next,
                                   std::min(kFindingsPerPart, count - next), impl_->noFindingYet && next == 0));
        next += kFindingsPerPart;
    };
    for (size_t i = 0; i < kPartsAhead; ++i) startNextPart();
    while (!parts.empty()) {
        const std::string text = parts.front().get();
        parts.pop_front();
        startNextPart();
        impl_->out.write(text.data(), static_cast<std::streamsize>(text.size()));
    }
    impl_->noFindingYet = false;
    // The buffer's own writer goes on after these: it must know the array is no longer empty.
    impl_->j.continueArray(2, false);
}

void FindingsJsonWriter::end() {
    impl_->j.endArray();
    impl_->j.endObject();
    impl_->j.flushTo(impl_->out);
    impl_->out << '\n';
}

void writeFindingsJson(const FindingsSet& set, std::ostream& out) {
    FindingsJsonWriter w(out);
    w.begin();
    for (const auto& s : set.sources) w.source(s);
    w.findings();
    w.findings(set.findings.data(), set.findings.size());
    w.end();
}

std::string findingsToJson(const FindingsSet& set) {
    std::ostringstream os;
    writeFindingsJson(set, os);
    return os.str();
}

}  // namespace findings
