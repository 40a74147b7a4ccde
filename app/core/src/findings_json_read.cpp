// Reads the findings format with Poco's JSON parser. The reader is strict about structure
// (a field of the wrong type is an error naming its JSON path) and lenient about content:
// enumerated values and cross-references are the validator's business (`findings validate`).
#include <findings/core/findings_json.hpp>
#include <findings/core/record_json.hpp>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/JSONException.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/ParseHandler.h>
#include <Poco/JSON/Parser.h>

#include <fstream>
#include <sstream>

namespace findings::core {
namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

[[noreturn]] void wrongType(const std::string& path, const char* wanted) {
    throw FormatError(path + " should be " + wanted);
}

std::string str(const Object& o, const std::string& key, const std::string& path) {
    if (!o.has(key)) return {};
    const Poco::Dynamic::Var& v = o.get(key);
    if (v.isEmpty()) return {};
    if (!v.isString()) wrongType(path + "." + key, "a string");
    return v.extract<std::string>();
}

double number(const Object& o, const std::string& key, const std::string& path) {
    if (!o.has(key) || o.get(key).isEmpty()) return -1.0;
    const Poco::Dynamic::Var& v = o.get(key);
    if (!v.isNumeric() || v.isString()) wrongType(path + "." + key, "a number");
    return v.convert<double>();
}

std::int64_t integer(const Object& o, const std::string& key, const std::string& path) {
    if (!o.has(key)) return kNone;
    const Poco::Dynamic::Var& v = o.get(key);
    if (v.isEmpty()) return kNone;
    if (!v.isInteger()) wrongType(path + "." + key, "a whole number");
    return v.convert<std::int64_t>();
}

Object::Ptr object(const Object& o, const std::string& key, const std::string& path) {
    if (!o.has(key) || o.get(key).isEmpty()) return nullptr;
    Object::Ptr p = o.getObject(key);
    if (!p) wrongType(path + "." + key, "an object");
    return p;
}

Array::Ptr array(const Object& o, const std::string& key, const std::string& path) {
    if (!o.has(key) || o.get(key).isEmpty()) return nullptr;
    Array::Ptr p = o.getArray(key);
    if (!p) wrongType(path + "." + key, "an array");
    return p;
}

std::vector<std::string> strings(const Object& o, const std::string& key,
                                 const std::string& path) {
    std::vector<std::string> out;
    Array::Ptr a = array(o, key, path);
    if (!a) return out;
    for (size_t i = 0; i < a->size(); ++i) {
        const Poco::Dynamic::Var& v = a->get(static_cast<unsigned>(i));
        if (!v.isString()) wrongType(path + "." + key + "[" + std::to_string(i) + "]", "a string");
        out.push_back(v.extract<std::string>());
    }
    return out;
}

Properties props(const Object& o, const std::string& path) {
    Properties out;
    Object::Ptr p = object(o, "properties", path);
    if (!p) return out;
    // Poco's Object keeps insertion order only when asked; the parser is set up for it.
    for (const auto& key : p->getNames()) {
        const Poco::Dynamic::Var& v = p->get(key);
        if (!v.isString()) wrongType(path + ".properties." + key, "a string");
        out.emplace_back(key, v.extract<std::string>());
    }
    return out;
}

Object::Ptr element(const Array& a, size_t i, const std::string& path) {
    Object::Ptr p = a.getObject(static_cast<unsigned>(i));
    if (!p) wrongType(path, "an object");
    return p;
}

Source readSource(const Object& o, const std::string& path) {
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
    if (Object::Ptr v = object(o, "visit", path)) {
        s.visit.ordinal = integer(*v, "ordinal", path + ".visit");
        s.visit.start = str(*v, "start", path + ".visit");
        s.visit.end = str(*v, "end", path + ".visit");
    }
    s.inspectors = strings(o, "inspectors", path);
    s.framework = str(o, "framework", path);
    if (Object::Ptr v = object(o, "previous_judgement", path)) {
        s.previous_judgement.grade = str(*v, "grade", path + ".previous_judgement");
        s.previous_judgement.date = str(*v, "date", path + ".previous_judgement");
    }
    if (Array::Ptr a = array(o, "judgements", path))
        for (size_t i = 0; i < a->size(); ++i) {
            const std::string p = path + ".judgements[" + std::to_string(i) + "]";
            Object::Ptr j = element(*a, i, p);
            s.judgements.push_back({str(*j, "area", p), str(*j, "grade", p)});
        }
    s.areas_covered = strings(o, "areas_covered", path);
    if (Array::Ptr a = array(o, "people", path))
        for (size_t i = 0; i < a->size(); ++i) {
            const std::string p = path + ".people[" + std::to_string(i) + "]";
            Object::Ptr j = element(*a, i, p);
            s.people.push_back({str(*j, "name", p), str(*j, "role", p)});
        }
    if (Object::Ptr v = object(o, "importer", path)) {
        s.importer.id = str(*v, "id", path + ".importer");
        s.importer.version = str(*v, "version", path + ".importer");
    }
    s.properties = props(o, path);
    return s;
}

Finding readFinding(const Object& o, const std::string& path) {
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
    if (Object::Ptr l = object(o, "location", path)) {
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
    if (Object::Ptr a = object(o, "action", path)) {
        const std::string p = path + ".action";
        f.action.text = str(*a, "text", p);
        f.action.owner = str(*a, "owner", p);
        f.action.due = str(*a, "due", p);
        f.action.status = str(*a, "status", p);
    }
    if (Array::Ptr a = array(o, "links", path))
        for (size_t i = 0; i < a->size(); ++i) {
            const std::string p = path + ".links[" + std::to_string(i) + "]";
            Object::Ptr l = element(*a, i, p);
            Link link;
            link.target = str(*l, "target", p);
            link.relation = str(*l, "relation", p);
            link.stance = str(*l, "stance", p);
            link.confidence = number(*l, "confidence", p);
            link.origin = str(*l, "origin", p);
            link.review = str(*l, "review", p);
            link.evidence = str(*l, "evidence", p);
            f.links.push_back(std::move(link));
        }
    f.properties = props(o, path);
    return f;
}

}  // namespace

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

FindingsSet parseFindingsJson(std::string_view json) {
    Poco::Dynamic::Var root;
    try {
        // Keep key order so properties come back in the order they were written.
        Poco::JSON::Parser parser(new Poco::JSON::ParseHandler(true));
        root = parser.parse(std::string(json));
    } catch (const Poco::Exception& e) {
        throw FormatError("not valid JSON: " + e.message());
    }
    Object::Ptr doc = root.type() == typeid(Object::Ptr) ? root.extract<Object::Ptr>() : nullptr;
    if (!doc) throw FormatError("not a findings document (the top level is not an object)");
    checkFormatVersion(str(*doc, "format", "$"), str(*doc, "version", "$"));
    FindingsSet set;
    if (Array::Ptr a = array(*doc, "sources", "$"))
        for (size_t i = 0; i < a->size(); ++i) {
            const std::string p = "$.sources[" + std::to_string(i) + "]";
            set.sources.push_back(readSource(*element(*a, i, p), p));
        }
    if (Array::Ptr a = array(*doc, "findings", "$"))
        for (size_t i = 0; i < a->size(); ++i) {
            const std::string p = "$.findings[" + std::to_string(i) + "]";
            set.findings.push_back(readFinding(*element(*a, i, p), p));
        }
    return set;
}

namespace {

/// Parses `json` as one JSON object; errors name it "the record".
Object::Ptr parseRecordObject(std::string_view json) {
    Poco::Dynamic::Var root;
    try {
        Poco::JSON::Parser parser(new Poco::JSON::ParseHandler(true));
        root = parser.parse(std::string(json));
    } catch (const Poco::Exception& e) {
        throw FormatError("the record is not valid JSON: " + e.message());
    }
    if (root.type() != typeid(Object::Ptr)) throw FormatError("the record is not one JSON object");
    return root.extract<Object::Ptr>();
}

}  // namespace

Source parseSourceJson(std::string_view json) {
    return readSource(*parseRecordObject(json), "the record");
}

Finding parseFindingJson(std::string_view json) {
    return readFinding(*parseRecordObject(json), "the record");
}

FindingsSet readFindingsFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw FormatError(path + ": cannot open the file");
    std::ostringstream text;
    text << in.rdbuf();
    try {
        return parseFindingsJson(text.str());
    } catch (const FormatError& e) {
        throw FormatError(path + ": " + e.what());
    }
}

}  // namespace findings::core
