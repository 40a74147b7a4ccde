// A small JSON Schema interpreter covering the keywords our schema uses: type, enum, const,
// required, properties, additionalProperties, items, minLength, minimum, maximum, pattern and
// local $ref. Interpreting the shipped schema (rather than hand-coding the same rules) keeps
// the schema and the validator from drifting apart. The document is streamed: the top-level
// arrays ("sources", "findings") are checked one element at a time, and only the ids needed
// for the cross-reference rules are kept.
#include <findings/format/validator.hpp>

#include <findings/check/record_ids.hpp>
#include <findings/civil_date.hpp>
#include <findings/format/findings_json.hpp>
#include <findings/format/input_check.hpp>
#include <findings/format/json_reader.hpp>
#include <findings/format/record_json.hpp>

#include <cerrno>
#include <cstring>
#include <map>
#include <memory>
#include <regex>
#include <set>
#include <stdexcept>

namespace findings {

// Converts one checked record (record_json_read.cpp).
Source sourceFromJson(const JsonValue& o, const std::string& path);
Finding findingFromJson(const JsonValue& o, const std::string& path);

namespace {

using Type = JsonValue::Type;

std::string typeOf(const JsonValue& v) {
    switch (v.type) {
    case Type::Null: return "null";
    case Type::Bool: return "boolean";
    case Type::Integer: return "integer";
    case Type::Number: return "number";
    case Type::String: return "string";
    case Type::Array: return "array";
    case Type::Object: return "object";
    }
    return "unknown";
}

bool hasType(const JsonValue& v, const std::string& type) {
    const std::string actual = typeOf(v);
    return actual == type || (type == "number" && actual == "integer");
}

std::string show(const JsonValue& v) {
    switch (v.type) {
    case Type::Null: return "null";
    case Type::Bool: return v.boolean ? "true" : "false";
    case Type::String: return "\"" + v.text + "\"";
    case Type::Integer: case Type::Number: return v.text;
    default: return typeOf(v);
    }
}

bool equalScalars(const JsonValue& a, const JsonValue& b) {
    if (a.type == Type::Null || b.type == Type::Null) return a.type == b.type;
    if (a.isString() != b.isString()) return false;
    if (a.isString()) return a.text == b.text;
    if (a.isNumber() && b.isNumber()) return a.number == b.number;
    if (a.type == Type::Bool && b.type == Type::Bool) return a.boolean == b.boolean;
    return false;
}

/// The parsed schema, shared by every check of a run.
const JsonValue& schemaRoot() {
    static const JsonValue root = parseJson(findingsSchemaText());
    return root;
}

const JsonValue kEmptyObject = [] {
    JsonValue v;
    v.type = Type::Object;
    return v;
}();

class SchemaChecker {
public:
    SchemaChecker(std::vector<ValidationProblem>& problems, size_t maxProblems)
        : problems_(problems), max_(maxProblems) {}

    void check(const JsonValue& value, const JsonValue& schema, const std::string& path) {
        if (const JsonValue* ref = schema.find("$ref")) {
            const JsonValue& target = resolve(ref->text);
            const size_t before = problems_.size();
            check(value, target, path);
            // The rule a pattern cannot state: the day must exist.
            if (ref->text == "#/$defs/date" && problems_.size() == before && value.isString() &&
                !civil::parseIso(value.text, true))
                problem(path, "\"" + value.text + "\" is not a day of the calendar");
            return;
        }
        if (const JsonValue* type = schema.find("type"); type && !checkType(value, *type, path))
            return;
        if (const JsonValue* c = schema.find("const"); c && !equalScalars(value, *c)) {
            problem(path, "must be " + show(*c) + ", not " + show(value));
            return;
        }
        if (const JsonValue* options = schema.find("enum"); options && options->isArray()) {
            bool found = false;
            std::string list;
            for (const auto& o : options->items) {
                found = found || equalScalars(value, o);
                if (!o.isNull()) list += (list.empty() ? "" : ", ") + (o.isString() ? o.text : show(o));
            }
            if (!found) {
                problem(path, show(value) + " is not one of: " + list);
                return;
            }
        }
        if (value.isString()) checkString(value.text, schema, path);
        if (value.isNumber()) checkNumber(value, schema, path);
        if (value.isObject()) checkObject(value, schema, path);
        if (value.isArray()) checkArray(value, schema, path);
    }

    const JsonValue& resolve(const std::string& ref) {
        const std::string prefix = "#/$defs/";
        const JsonValue* defs = schemaRoot().find("$defs");
        const JsonValue* target =
            ref.compare(0, prefix.size(), prefix) == 0 && defs ? defs->find(ref.substr(prefix.size())) : nullptr;
        if (!target) throw std::logic_error("unsupported $ref " + ref);
        return *target;
    }

    void problem(const std::string& path, std::string message, bool unknownKey = false) {
        if (problems_.size() < max_) problems_.push_back({path, std::move(message), unknownKey});
        else full_ = true;
    }
    bool full() const { return full_; }

private:
    bool checkType(const JsonValue& value, const JsonValue& type, const std::string& path) {
        std::vector<std::string> allowed;
        if (type.isArray())
            for (const auto& t : type.items) allowed.push_back(t.text);
        else
            allowed.push_back(type.text);
        for (const auto& t : allowed)
            if (hasType(value, t)) return true;
        std::string list;
        for (const auto& t : allowed) list += (list.empty() ? "" : " or ") + t;
        problem(path, "should be " + list + ", not " + typeOf(value));
        return false;
    }

    void checkString(const std::string& s, const JsonValue& schema, const std::string& path) {
        if (const JsonValue* min = schema.find("minLength");
            min && s.size() < static_cast<size_t>(min->integer))
            problem(path, "must not be empty");
        if (const JsonValue* pattern = schema.find("pattern")) {
            auto it = patterns_.find(pattern->text);
            if (it == patterns_.end())
                it = patterns_.emplace(pattern->text, std::regex(pattern->text, std::regex::ECMAScript)).first;
            if (!std::regex_search(s, it->second))
                problem(path, "\"" + s + "\" does not match the pattern " + pattern->text);
        }
    }

    void checkNumber(const JsonValue& n, const JsonValue& schema, const std::string& path) {
        if (const JsonValue* min = schema.find("minimum"); min && n.number < min->number)
            problem(path, "must be at least " + min->text);
        if (const JsonValue* max = schema.find("maximum"); max && n.number > max->number)
            problem(path, "must be at most " + max->text);
    }

    void checkObject(const JsonValue& o, const JsonValue& schema, const std::string& path) {
        if (const JsonValue* required = schema.find("required"))
            for (const auto& key : required->items)
                if (!o.find(key.text)) problem(path, "is missing the required key \"" + key.text + "\"");
        const JsonValue* props = schema.find("properties");
        const JsonValue* extra = schema.find("additionalProperties");
        const bool closed = extra && extra->type == Type::Bool && !extra->boolean;
        for (size_t i = 0; i < o.keys.size(); ++i) {
            const std::string sub = path + "." + o.keys[i];
            if (const JsonValue* p = props ? props->find(o.keys[i]) : nullptr)
                check(o.values[i], *p, sub);
            else if (closed)
                problem(sub, "is not a key of the findings format " + std::string(kFormatVersion), true);
            else if (extra && extra->isObject())
                check(o.values[i], *extra, sub);
        }
    }

    void checkArray(const JsonValue& a, const JsonValue& schema, const std::string& path) {
        const JsonValue* items = schema.find("items");
        if (!items) return;
        for (size_t i = 0; i < a.items.size(); ++i)
            check(a.items[i], *items, path + "[" + std::to_string(i) + "]");
    }

    std::vector<ValidationProblem>& problems_;
    size_t max_;
    bool full_ = false;
    std::map<std::string, std::regex> patterns_;
};

/// The minor version of "1.N", or -1.
long minorVersion(const std::string& version) {
    const size_t dot = version.find('.');
    if (dot == std::string::npos) return -1;
    try {
        return std::stol(version.substr(dot + 1));
    } catch (const std::exception&) {
        return -1;
    }
}

}  // namespace

std::vector<ValidationProblem> readFindingsDocument(JsonReader& reader,
                                                    const FindingsDocumentHandlers& handlers,
                                                    size_t maxProblems) {
    std::vector<ValidationProblem> problems;
    SchemaChecker checker(problems, maxProblems);
    const JsonValue& root = schemaRoot();
    const JsonValue& rootProps = root.find("properties") ? *root.find("properties") : kEmptyObject;

    std::string format, version;
    bool sawFormat = false, sawVersion = false;
    std::set<std::string> seenKeys;
    // Unique ids and references that name records: the same rules as the import sink's
    // record check. Findings may come before sources, so references are resolved at the end.
    check::RecordIds ids;

    auto checkVersion = [&]() -> bool {
        try {
            checkFormatVersion(format, version);
            return true;
        } catch (const FormatError& e) {
            problems.assign(1, {"$", e.what(), false});
            return false;
        }
    };

    try {
        if (reader.peek() != JsonReader::Token::Object) {
            JsonValue top;
            reader.readValue(top);
            reader.finish();
            return {{"$", "not a findings document (the top level should be an object, not " +
                              typeOf(top) + ")"}};
        }
        reader.beginObject();
        std::string key;
        while (reader.nextMember(key)) {
            seenKeys.insert(key);
            const JsonValue* schema = rootProps.find(key);
            const JsonValue* items = schema ? schema->find("items") : nullptr;
            const bool records = (key == "sources" || key == "findings") && items;
            if (records && reader.peek() == JsonReader::Token::Array) {
                const bool isSource = key == "sources";
                const JsonValue& itemSchema = *items;
                reader.beginArray();
                JsonValue record;
                for (size_t i = 0; reader.nextElement(); ++i) {
                    reader.readValue(record);
                    const std::string at = "$." + key + "[" + std::to_string(i) + "]";
                    size_t before = problems.size();
                    checker.check(record, itemSchema, at);
                    bool clean = true;
                    for (size_t p = before; p < problems.size(); ++p) clean = clean && problems[p].unknownKey;
                    const JsonValue* id = record.find("id");
                    const std::string self = id && id->isString() ? id->text : std::string();
                    if (id && id->isString() &&
                        (isSource ? ids.addSource(self, i) : ids.addFinding(self, i))) {
                        checker.problem(at + ".id", std::string("duplicate ") +
                                                        (isSource ? "source" : "finding") +
                                                        " id \"" + self + "\"");
                        clean = false;
                    }
                    if (!isSource)
                        if (const JsonValue* src = record.find("source"); src && src->isString())
                            ids.referToSource(i, self, src->text);
                    if (const JsonValue* links = isSource ? nullptr : record.find("links"); links && links->isArray())
                        for (size_t k = 0; k < links->items.size(); ++k)
                            if (const JsonValue* t = links->items[k].find("target"); t && t->isString())
                                ids.linkTo(i, k, t->text, self);
                    if (!clean) continue;
                    if (isSource && handlers.source) handlers.source(sourceFromJson(record, at));
                    if (!isSource && handlers.finding) handlers.finding(findingFromJson(record, at));
                }
                continue;
            }
            JsonValue value;
            reader.readValue(value);
            if (key == "format" && value.isString()) sawFormat = true, format = value.text;
            if (key == "version" && value.isString()) sawVersion = true, version = value.text;
            if (sawFormat && sawVersion && (key == "format" || key == "version") && !checkVersion())
                return problems;
            if (schema) {
                checker.check(value, *schema, "$." + key);
            } else if (const JsonValue* extra = root.find("additionalProperties")) {
                if (extra->type == Type::Bool && !extra->boolean)
                    checker.problem("$." + key, "is not a key of the findings format " +
                                                    std::string(kFormatVersion), true);
                else if (extra->isObject())
                    checker.check(value, *extra, "$." + key);
            }
        }
        reader.finish();
    } catch (const JsonSyntaxError& e) {
        problems.push_back({reader.path(), e.what(), false});
        return problems;
    }
    if (!checkVersion()) return problems;
    if (const JsonValue* required = root.find("required"))
        for (const auto& k : required->items)
            if (!seenKeys.count(k.text)) checker.problem("$", "is missing the required key \"" + k.text + "\"");
    for (const check::RecordIds::Unresolved& u : ids.unresolved()) {
        const std::string at = "$.findings[" + std::to_string(u.finding) + "]";
        if (u.link == check::RecordIds::kSource)
            checker.problem(at + ".source",
                            "refers to source \"" + u.target + "\", which is not in \"sources\"");
        else if (u.self)
            checker.problem(at + ".links[" + std::to_string(u.link) + "].target",
                            "links the finding \"" + u.target + "\" to itself");
        else
            checker.problem(at + ".links[" + std::to_string(u.link) + "].target",
                            "links to finding \"" + u.target + "\", which is not in \"findings\"");
    }
    // A later 1.x may add keys; this build reads what it knows and ignores the rest.
    if (minorVersion(version) > minorVersion(kFormatVersion)) {
        std::vector<ValidationProblem> kept;
        for (auto& p : problems)
            if (!p.unknownKey) kept.push_back(std::move(p));
        problems = std::move(kept);
    }
    return problems;
}

std::vector<ValidationProblem> validateFindingsJson(std::string_view json) {
    JsonReader reader(json);
    return readFindingsDocument(reader, {});
}

std::vector<ValidationProblem> validateFindingsFile(const std::string& path) {
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(openInputFile(path), &std::fclose);
    JsonReader reader([&](char* buffer, size_t size) {
        const size_t n = std::fread(buffer, 1, size, file.get());
        if (n == 0 && std::ferror(file.get())) throw std::runtime_error(std::strerror(errno));
        return n;
    });
    return readFindingsDocument(reader, {});
}

std::string describeProblems(const std::vector<ValidationProblem>& problems) {
    if (problems.empty()) return {};
    const ValidationProblem& p = problems.front();
    std::string out;
    if (p.message.rfind("not valid JSON", 0) == 0 || p.message.rfind("duplicate key", 0) == 0)
        out = p.message;  // says where itself
    else if (p.path == "$")
        out = p.message.rfind("is ", 0) == 0 ? "the document " + p.message : p.message;
    else
        out = p.path + ": " + p.message;
    if (problems.size() > 1)
        out += " (and " + std::to_string(problems.size() - 1) +
               " more problem(s); `findings validate` lists them)";
    return out;
}

}  // namespace findings
