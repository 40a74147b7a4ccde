// Single records in the findings format's JSON shape. Writing mirrors the format writer's
// rules (app/core findings_json_write.cpp: absent values omitted, "themes" always present) but
// compactly, because the text lands in cells, and without filling in defaults (an empty
// "kind" or "review" stays absent), so a record decodes to exactly the value that was encoded.
// Reading wraps the record in a one-record document and lets the format's own reader parse
// it, so a record decodes exactly as it would from a .findings.json file.
#include <findings/excel/roundtrip/record_json.hpp>

#include <findings/core/findings_json.hpp>
#include <findings/core/json_text.hpp>

namespace findings::excel {
namespace {

using core::JsonText;

void optionalString(JsonText& j, std::string_view key, const std::string& value) {
    if (!value.empty()) j.field(key, value);
}

void optionalInt(JsonText& j, std::string_view key, std::int64_t value) {
    if (value != kNone) j.field(key, value);
}

void stringArray(JsonText& j, std::string_view key, const std::vector<std::string>& items,
                 bool always) {
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

void visit(JsonText& j, const Visit& v) {
    if (v.empty()) return;
    j.key("visit");
    j.beginObject();
    optionalInt(j, "ordinal", v.ordinal);
    optionalString(j, "start", v.start);
    optionalString(j, "end", v.end);
    j.endObject();
}

void previousJudgement(JsonText& j, const PreviousJudgement& p) {
    if (p.empty()) return;
    j.key("previous_judgement");
    j.beginObject();
    optionalString(j, "grade", p.grade);
    optionalString(j, "date", p.date);
    j.endObject();
}

void judgements(JsonText& j, const std::vector<Judgement>& items) {
    if (items.empty()) return;
    j.key("judgements");
    j.beginArray();
    for (const auto& g : items) {
        j.beginObject();
        j.field("area", g.area);
        j.field("grade", g.grade);
        j.endObject();
    }
    j.endArray();
}

void people(JsonText& j, const std::vector<Person>& items) {
    if (items.empty()) return;
    j.key("people");
    j.beginArray();
    for (const auto& p : items) {
        j.beginObject();
        j.field("name", p.name);
        optionalString(j, "role", p.role);
        j.endObject();
    }
    j.endArray();
}

void location(JsonText& j, const Location& l) {
    if (l.empty()) return;
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

void action(JsonText& j, const Action& a) {
    if (a.empty()) return;
    j.key("action");
    j.beginObject();
    optionalString(j, "text", a.text);
    optionalString(j, "owner", a.owner);
    optionalString(j, "due", a.due);
    optionalString(j, "status", a.status);
    j.endObject();
}

/// Parses `json` as the only element of a document's "sources" or "findings" array.
core::FindingsSet parseAsDocument(std::string_view json, const char* array) {
    std::string doc;
    doc.reserve(json.size() + 80);
    doc += "{\"format\":\"findings\",\"version\":\"";
    doc += core::kFormatVersion;
    doc += "\",\"";
    doc += array;
    doc += "\":[";
    doc += json;
    doc += "]}";
    try {
        return core::parseFindingsJson(doc);
    } catch (const core::FormatError& e) {
        // The reader names paths like "$.findings[0].location"; the record is the root here.
        std::string message = e.what();
        const std::string prefix = std::string("$.") + array + "[0]";
        for (size_t at = message.find(prefix); at != std::string::npos;
             at = message.find(prefix, at + 1))
            message.replace(at, prefix.size(), "the record");
        throw RecordError(message);
    }
}

}  // namespace

std::string sourceToJson(const Source& s) {
    JsonText j;
    j.beginObject();
    j.field("id", s.id);
    optionalString(j, "path", s.path);
    optionalString(j, "sha256", s.sha256);
    optionalString(j, "kind", s.kind);
    optionalString(j, "title", s.title);
    optionalString(j, "local_authority", s.local_authority);
    optionalString(j, "author", s.author);
    optionalString(j, "recipient", s.recipient);
    optionalString(j, "date", s.date);
    visit(j, s.visit);
    stringArray(j, "inspectors", s.inspectors, false);
    optionalString(j, "framework", s.framework);
    previousJudgement(j, s.previous_judgement);
    judgements(j, s.judgements);
    stringArray(j, "areas_covered", s.areas_covered, false);
    people(j, s.people);
    if (!s.importer.empty()) {
        j.key("importer");
        j.beginObject();
        optionalString(j, "id", s.importer.id);
        optionalString(j, "version", s.importer.version);
        j.endObject();
    }
    properties(j, s.properties);
    j.endObject();
    return j.take();
}

std::string findingToJson(const Finding& f) {
    JsonText j;
    j.beginObject();
    j.field("id", f.id);
    j.field("source", f.source);
    optionalString(j, "section", f.section);
    optionalInt(j, "paragraph", f.paragraph);
    j.field("text", f.text);
    optionalString(j, "summary", f.summary);
    stringArray(j, "themes", f.themes, true);
    optionalString(j, "polarity", f.polarity);
    optionalString(j, "attribution", f.attribution);
    location(j, f.location);
    if (f.confidence >= 0) j.field("confidence", f.confidence);
    optionalString(j, "review", f.review);
    action(j, f.action);
    properties(j, f.properties);
    j.endObject();
    return j.take();
}

Source sourceFromJson(std::string_view json) {
    core::FindingsSet set = parseAsDocument(json, "sources");
    if (set.sources.size() != 1) throw RecordError("the record is not one JSON object");
    return std::move(set.sources.front());
}

Finding findingFromJson(std::string_view json) {
    core::FindingsSet set = parseAsDocument(json, "findings");
    if (set.findings.size() != 1) throw RecordError("the record is not one JSON object");
    return std::move(set.findings.front());
}

}  // namespace findings::excel
