// Reads the findings format through the strict streaming reader (json_reader.hpp): a whole
// document is checked as `findings validate` checks it (validator.cpp) while its records are
// built one at a time, so no document is ever held twice in memory. A single record (the
// workbook's hidden data sheet) is strict about structure (a field of the wrong type is an
// error naming its JSON path) and lenient about content.
#include <findings/format/findings_json.hpp>
#include <findings/format/input_check.hpp>
#include <findings/format/json_reader.hpp>
#include <findings/format/record_json.hpp>
#include <findings/format/validator.hpp>

#include <cerrno>
#include <cstring>
#include <memory>
#include <new>

namespace findings {

Source sourceFromJson(const JsonValue& o, const std::string& path);
Finding findingFromJson(const JsonValue& o, const std::string& path);

namespace {

[[noreturn]] void wrongType(const std::string& path, const char* wanted) {
    throw FormatError(path + " should be " + wanted);
}

std::string str(const JsonValue& o, const char* key, const std::string& path) {
    const JsonValue* v = o.find(key);
    if (!v || v->isNull()) return {};
    if (!v->isString()) wrongType(path + "." + key, "a string");
    return v->text;
}

/// A number, or -1 when absent (confidences are 0..1, so -1 reads as "none").
double number(const JsonValue& o, const char* key, const std::string& path) {
    const JsonValue* v = o.find(key);
    if (!v || v->isNull()) return -1.0;
    if (!v->isNumber()) wrongType(path + "." + key, "a number");
    return v->number;
}

std::int64_t integer(const JsonValue& o, const char* key, const std::string& path) {
    const JsonValue* v = o.find(key);
    if (!v || v->isNull()) return kNone;
    if (v->type != JsonValue::Type::Integer) wrongType(path + "." + key, "a whole number");
    return v->integer;
}

const JsonValue* object(const JsonValue& o, const char* key, const std::string& path) {
    const JsonValue* v = o.find(key);
    if (!v || v->isNull()) return nullptr;
    if (!v->isObject()) wrongType(path + "." + key, "an object");
    return v;
}

const JsonValue* array(const JsonValue& o, const char* key, const std::string& path) {
    const JsonValue* v = o.find(key);
    if (!v || v->isNull()) return nullptr;
    if (!v->isArray()) wrongType(path + "." + key, "an array");
    return v;
}

std::vector<std::string> strings(const JsonValue& o, const char* key, const std::string& path) {
    std::vector<std::string> out;
    const JsonValue* a = array(o, key, path);
    if (!a) return out;
    for (size_t i = 0; i < a->items.size(); ++i) {
        if (!a->items[i].isString())
            wrongType(path + "." + key + "[" + std::to_string(i) + "]", "a string");
        out.push_back(a->items[i].text);
    }
    return out;
}

Properties props(const JsonValue& o, const std::string& path) {
    Properties out;
    const JsonValue* p = object(o, "properties", path);
    if (!p) return out;
    for (size_t i = 0; i < p->keys.size(); ++i) {
        if (!p->values[i].isString()) wrongType(path + ".properties." + p->keys[i], "a string");
        out.emplace_back(p->keys[i], p->values[i].text);
    }
    return out;
}

const JsonValue& element(const JsonValue& a, size_t i, const std::string& path) {
    if (!a.items[i].isObject()) wrongType(path, "an object");
    return a.items[i];
}

void requireObject(const JsonValue& v, const std::string& path) {
    if (!v.isObject()) throw FormatError(path + " is not one JSON object");
}

}  // namespace

Source sourceFromJson(const JsonValue& o, const std::string& path) {
    requireObject(o, path);
    Source s;
    s.id = str(o, "id", path);
    s.path = str(o, "path", path);
    s.sha256 = str(o, "sha256", path);
    s.kind = str(o, "kind", path);
    s.role = str(o, "role", path);
    s.title = str(o, "title", path);
    s.local_authority = str(o, "local_authority", path);
    s.author = str(o, "author", path);
    s.recipient = str(o, "recipient", path);
    s.date = str(o, "date", path);
    if (const JsonValue* v = object(o, "visit", path)) {
        s.visit.ordinal = integer(*v, "ordinal", path + ".visit");
        s.visit.start = str(*v, "start", path + ".visit");
        s.visit.end = str(*v, "end", path + ".visit");
    }
    s.inspectors = strings(o, "inspectors", path);
    s.framework = str(o, "framework", path);
    if (const JsonValue* v = object(o, "previous_judgement", path)) {
        s.previous_judgement.grade = str(*v, "grade", path + ".previous_judgement");
        s.previous_judgement.date = str(*v, "date", path + ".previous_judgement");
    }
    if (const JsonValue* a = array(o, "judgements", path))
        for (size_t i = 0; i < a->items.size(); ++i) {
            const std::string p = path + ".judgements[" + std::to_string(i) + "]";
            const JsonValue& j = element(*a, i, p);
            s.judgements.push_back({str(j, "area", p), str(j, "grade", p)});
        }
    s.areas_covered = strings(o, "areas_covered", path);
    if (const JsonValue* a = array(o, "people", path))
        for (size_t i = 0; i < a->items.size(); ++i) {
            const std::string p = path + ".people[" + std::to_string(i) + "]";
            const JsonValue& j = element(*a, i, p);
            s.people.push_back({str(j, "name", p), str(j, "role", p)});
        }
    if (const JsonValue* v = object(o, "importer", path)) {
        s.importer.id = str(*v, "id", path + ".importer");
        s.importer.version = str(*v, "version", path + ".importer");
    }
    s.properties = props(o, path);
    return s;
}

Finding findingFromJson(const JsonValue& o, const std::string& path) {
    requireObject(o, path);
    Finding f;
    f.id = str(o, "id", path);
    f.source = str(o, "source", path);
    f.kind = str(o, "kind", path);
    f.section = str(o, "section", path);
    f.paragraph = integer(o, "paragraph", path);
    f.text = str(o, "text", path);
    f.summary = str(o, "summary", path);
    f.themes = strings(o, "themes", path);
    f.polarity = str(o, "polarity", path);
    f.attribution = str(o, "attribution", path);
    if (const JsonValue* l = object(o, "location", path)) {
        const std::string p = path + ".location";
        f.location.line_start = integer(*l, "line_start", p);
        f.location.line_end = integer(*l, "line_end", p);
        f.location.char_start = integer(*l, "char_start", p);
        f.location.char_end = integer(*l, "char_end", p);
        f.location.page = integer(*l, "page", p);
        f.location.sheet = str(*l, "sheet", p);
        f.location.row = integer(*l, "row", p);
        f.location.column = integer(*l, "column", p);
    }
    f.confidence = number(o, "confidence", path);
    f.review = str(o, "review", path);
    if (const JsonValue* a = object(o, "action", path)) {
        const std::string p = path + ".action";
        f.action.text = str(*a, "text", p);
        f.action.owner = str(*a, "owner", p);
        f.action.due = str(*a, "due", p);
        f.action.status = str(*a, "status", p);
    }
    if (const JsonValue* a = array(o, "links", path))
        for (size_t i = 0; i < a->items.size(); ++i) {
            const std::string p = path + ".links[" + std::to_string(i) + "]";
            const JsonValue& l = element(*a, i, p);
            Link link;
            link.target = str(l, "target", p);
            link.relation = str(l, "relation", p);
            link.stance = str(l, "stance", p);
            link.confidence = number(l, "confidence", p);
            link.origin = str(l, "origin", p);
            link.review = str(l, "review", p);
            link.evidence = str(l, "evidence", p);
            f.links.push_back(std::move(link));
        }
    f.properties = props(o, path);
    return f;
}

void checkFormatVersion(std::string_view format, std::string_view version) {
    if (format != kFormatName)
        throw FormatError("not a findings document (\"format\" is \"" + std::string(format) +
                          "\", expected \"findings\")");
    const size_t dot = version.find('.');
    const std::string_view major = version.substr(0, dot);
    if (major.empty() || major.find_first_not_of("0123456789") != std::string_view::npos)
        throw FormatError("\"version\" should look like \"1.0\", not \"" +
                          std::string(version) + "\"");
    if (major != "1")
        throw FormatError("findings format version " + std::string(version) +
                          " is not supported: this build reads version 1.x");
}

namespace {

FindingsSet readDocument(JsonReader& reader) {
    FindingsSet set;
    FindingsDocumentHandlers handlers;
    handlers.source = [&](Source&& s) { set.sources.push_back(std::move(s)); };
    handlers.finding = [&](Finding&& f) { set.findings.push_back(std::move(f)); };
    const auto problems = readFindingsDocument(reader, handlers, 100);
    if (!problems.empty()) throw FormatError(describeProblems(problems));
    return set;
}

/// Parses `json` as one JSON object; errors name it "the record".
JsonValue parseRecordObject(std::string_view json) {
    JsonValue v;
    try {
        v = parseJson(json);
    } catch (const JsonSyntaxError& e) {
        throw FormatError(std::string("the record is ") + e.what());
    }
    if (!v.isObject()) throw FormatError("the record is not one JSON object");
    return v;
}

}  // namespace

FindingsSet parseFindingsJson(std::string_view json) {
    JsonReader reader(json);
    return readDocument(reader);
}

Source parseSourceJson(std::string_view json) {
    return sourceFromJson(parseRecordObject(json), "the record");
}

Finding parseFindingJson(std::string_view json) {
    return findingFromJson(parseRecordObject(json), "the record");
}

FindingsSet readFindingsFile(const std::string& path) {
    try {
        std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(openInputFile(path), &std::fclose);
        JsonReader reader([&](char* buffer, size_t size) {
            const size_t n = std::fread(buffer, 1, size, file.get());
            if (n == 0 && std::ferror(file.get())) throw std::runtime_error(std::strerror(errno));
            return n;
        });
        return readDocument(reader);
    } catch (const std::bad_alloc&) {
        throw FormatError(path + ": not enough memory to read the document");
    } catch (const std::exception& e) {
        throw FormatError(path + ": " + e.what());
    }
}

}  // namespace findings
