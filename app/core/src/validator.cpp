// A small JSON Schema interpreter covering the keywords our schema uses: type, enum, const,
// required, properties, additionalProperties, items, minLength, minimum, maximum, pattern and
// local $ref. Interpreting the shipped schema (rather than hand-coding the same rules) keeps
// the schema and the validator from drifting apart.
#include <findings/core/validator.hpp>
#include <findings/core/findings_json.hpp>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <map>
#include <memory>
#include <regex>
#include <set>

namespace findings::core {
namespace {

using Poco::Dynamic::Var;
using Poco::JSON::Array;
using Poco::JSON::Object;

bool isObject(const Var& v) { return v.type() == typeid(Object::Ptr); }
bool isArray(const Var& v) { return v.type() == typeid(Array::Ptr); }

std::string typeOf(const Var& v) {
    if (v.isEmpty()) return "null";
    if (isObject(v)) return "object";
    if (isArray(v)) return "array";
    if (v.isString()) return "string";
    if (v.type() == typeid(bool)) return "boolean";
    if (v.isInteger()) return "integer";
    if (v.isNumeric()) return "number";
    return "unknown";
}

bool hasType(const Var& v, const std::string& type) {
    const std::string actual = typeOf(v);
    return actual == type || (type == "number" && actual == "integer");
}

std::string show(const Var& v) {
    if (v.isEmpty()) return "null";
    if (v.isString()) return "\"" + v.extract<std::string>() + "\"";
    if (isObject(v) || isArray(v)) return typeOf(v);
    return v.convert<std::string>();
}

bool equalScalars(const Var& a, const Var& b) {
    if (a.isEmpty() || b.isEmpty()) return a.isEmpty() && b.isEmpty();
    if (a.isString() != b.isString()) return false;
    return a.convert<std::string>() == b.convert<std::string>();
}

class SchemaChecker {
public:
    explicit SchemaChecker(Object::Ptr root) : root_(std::move(root)) {}

    void check(const Var& value, const Object::Ptr& schema, const std::string& path) {
        if (schema->has("$ref")) {
            check(value, resolve(schema->getValue<std::string>("$ref")), path);
            return;
        }
        if (schema->has("type") && !checkType(value, schema->get("type"), path)) return;
        if (schema->has("const") && !equalScalars(value, schema->get("const"))) {
            problem(path, "must be " + show(schema->get("const")) + ", not " + show(value));
            return;
        }
        if (Array::Ptr options = schema->getArray("enum")) {
            bool found = false;
            std::string list;
            for (size_t i = 0; i < options->size(); ++i) {
                const Var& o = options->get(static_cast<unsigned>(i));
                found = found || equalScalars(value, o);
                if (!o.isEmpty()) list += (list.empty() ? "" : ", ") + o.convert<std::string>();
            }
            if (!found) {
                problem(path, show(value) + " is not one of: " + list);
                return;
            }
        }
        if (value.isString()) checkString(value.extract<std::string>(), schema, path);
        if (value.isNumeric() && !value.isString()) checkNumber(value.convert<double>(), schema, path);
        if (isObject(value)) checkObject(value.extract<Object::Ptr>(), schema, path);
        if (isArray(value)) checkArray(value.extract<Array::Ptr>(), schema, path);
    }

    std::vector<ValidationProblem> problems;

private:
    void problem(const std::string& path, std::string message) {
        problems.push_back({path, std::move(message)});
    }

    Object::Ptr resolve(const std::string& ref) {
        const std::string prefix = "#/$defs/";
        if (ref.compare(0, prefix.size(), prefix) != 0)
            throw std::logic_error("unsupported $ref " + ref);
        return root_->getObject("$defs")->getObject(ref.substr(prefix.size()));
    }

    bool checkType(const Var& value, const Var& type, const std::string& path) {
        std::vector<std::string> allowed;
        if (isArray(type)) {
            Array::Ptr a = type.extract<Array::Ptr>();
            for (size_t i = 0; i < a->size(); ++i)
                allowed.push_back(a->get(static_cast<unsigned>(i)).convert<std::string>());
        } else {
            allowed.push_back(type.convert<std::string>());
        }
        for (const auto& t : allowed)
            if (hasType(value, t)) return true;
        std::string list;
        for (const auto& t : allowed) list += (list.empty() ? "" : " or ") + t;
        problem(path, "should be " + list + ", not " + typeOf(value));
        return false;
    }

    void checkString(const std::string& s, const Object::Ptr& schema, const std::string& path) {
        if (schema->has("minLength") &&
            s.size() < static_cast<size_t>(schema->getValue<int>("minLength")))
            problem(path, "must not be empty");
        if (schema->has("pattern")) {
            const std::string pattern = schema->getValue<std::string>("pattern");
            auto it = patterns_.find(pattern);
            if (it == patterns_.end())
                it = patterns_.emplace(pattern, std::regex(pattern, std::regex::ECMAScript)).first;
            if (!std::regex_search(s, it->second))
                problem(path, "\"" + s + "\" does not match the pattern " + pattern);
        }
    }

    void checkNumber(double n, const Object::Ptr& schema, const std::string& path) {
        if (schema->has("minimum") && n < schema->getValue<double>("minimum"))
            problem(path, "must be at least " + schema->get("minimum").convert<std::string>());
        if (schema->has("maximum") && n > schema->getValue<double>("maximum"))
            problem(path, "must be at most " + schema->get("maximum").convert<std::string>());
    }

    void checkObject(const Object::Ptr& o, const Object::Ptr& schema, const std::string& path) {
        if (Array::Ptr required = schema->getArray("required"))
            for (size_t i = 0; i < required->size(); ++i) {
                const std::string key = required->getElement<std::string>(static_cast<unsigned>(i));
                if (!o->has(key)) problem(path, "is missing the required key \"" + key + "\"");
            }
        Object::Ptr props = schema->getObject("properties");
        const bool closed = schema->has("additionalProperties") &&
                            schema->get("additionalProperties").type() == typeid(bool) &&
                            !schema->getValue<bool>("additionalProperties");
        Object::Ptr extra = schema->has("additionalProperties") &&
                                    isObject(schema->get("additionalProperties"))
                                ? schema->getObject("additionalProperties")
                                : nullptr;
        for (const auto& key : o->getNames()) {
            const std::string sub = path + "." + key;
            if (props && props->has(key)) {
                check(o->get(key), props->getObject(key), sub);
            } else if (closed) {
                problem(sub, "is not a key of the findings format " + std::string(kFormatVersion));
            } else if (extra) {
                check(o->get(key), extra, sub);
            }
        }
    }

    void checkArray(const Array::Ptr& a, const Object::Ptr& schema, const std::string& path) {
        Object::Ptr items = schema->getObject("items");
        if (!items) return;
        for (size_t i = 0; i < a->size(); ++i)
            check(a->get(static_cast<unsigned>(i)), items, path + "[" + std::to_string(i) + "]");
    }

    Object::Ptr root_;
    std::map<std::string, std::regex> patterns_;
};

/// The rules a schema cannot state.
void checkReferences(const Object::Ptr& doc, std::vector<ValidationProblem>& problems) {
    std::set<std::string> sourceIds;
    if (Array::Ptr sources = doc->getArray("sources"))
        for (size_t i = 0; i < sources->size(); ++i) {
            Object::Ptr s = sources->getObject(static_cast<unsigned>(i));
            if (!s || !s->has("id") || !s->get("id").isString()) continue;
            const std::string id = s->getValue<std::string>("id");
            if (!sourceIds.insert(id).second)
                problems.push_back({"$.sources[" + std::to_string(i) + "].id",
                                    "duplicate source id \"" + id + "\""});
        }
    std::set<std::string> findingIds;
    if (Array::Ptr findings = doc->getArray("findings"))
        for (size_t i = 0; i < findings->size(); ++i) {
            Object::Ptr f = findings->getObject(static_cast<unsigned>(i));
            if (!f) continue;
            const std::string at = "$.findings[" + std::to_string(i) + "]";
            if (f->has("id") && f->get("id").isString()) {
                const std::string id = f->getValue<std::string>("id");
                if (!findingIds.insert(id).second)
                    problems.push_back({at + ".id", "duplicate finding id \"" + id + "\""});
            }
            if (f->has("source") && f->get("source").isString()) {
                const std::string src = f->getValue<std::string>("source");
                if (!sourceIds.count(src))
                    problems.push_back({at + ".source", "refers to source \"" + src +
                                                            "\", which is not in \"sources\""});
            }
        }
    // Links may point forwards as well as back, so their targets are checked once every
    // finding id is known.
    if (Array::Ptr findings = doc->getArray("findings"))
        for (size_t i = 0; i < findings->size(); ++i) {
            Object::Ptr f = findings->getObject(static_cast<unsigned>(i));
            Array::Ptr links = f && f->has("links") ? f->getArray("links") : nullptr;
            if (!links) continue;
            const std::string self = f->has("id") && f->get("id").isString()
                                         ? f->getValue<std::string>("id")
                                         : std::string();
            for (size_t k = 0; k < links->size(); ++k) {
                Object::Ptr l = links->getObject(static_cast<unsigned>(k));
                if (!l || !l->has("target") || !l->get("target").isString()) continue;
                const std::string target = l->getValue<std::string>("target");
                const std::string at = "$.findings[" + std::to_string(i) + "].links[" +
                                       std::to_string(k) + "].target";
                if (!findingIds.count(target))
                    problems.push_back({at, "links to finding \"" + target +
                                                "\", which is not in \"findings\""});
                else if (target == self)
                    problems.push_back({at, "links the finding \"" + target + "\" to itself"});
            }
        }
}

}  // namespace

std::vector<ValidationProblem> validateFindingsJson(std::string_view json) {
    std::vector<ValidationProblem> problems;
    Var root;
    try {
        Poco::JSON::Parser parser;
        root = parser.parse(std::string(json));
    } catch (const Poco::Exception& e) {
        return {{"$", "not valid JSON: " + e.message()}};
    }
    if (!isObject(root)) return {{"$", "the top level should be an object"}};
    Object::Ptr doc = root.extract<Object::Ptr>();
    // A 2.x document gets one clear message, not a cascade of schema complaints.
    try {
        std::string format = doc->has("format") ? doc->get("format").convert<std::string>() : "";
        std::string version = doc->has("version") ? doc->get("version").convert<std::string>() : "";
        checkFormatVersion(format, version);
    } catch (const FormatError& e) {
        return {{"$", e.what()}};
    }
    Poco::JSON::Parser schemaParser;
    Object::Ptr schema =
        schemaParser.parse(std::string(findingsSchemaText())).extract<Object::Ptr>();
    SchemaChecker checker(schema);
    checker.check(root, schema, "$");
    problems = std::move(checker.problems);
    checkReferences(doc, problems);
    return problems;
}

}  // namespace findings::core
