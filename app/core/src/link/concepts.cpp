#include <findings/core/link/concepts.hpp>
#include <findings/core/plugin_registry.hpp>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <algorithm>
#include <functional>
#include <fstream>
#include <sstream>

namespace findings::core::link {

namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

size_t lineAt(std::string_view text, size_t offset) {
    offset = std::min(offset, text.size());
    return 1 + static_cast<size_t>(std::count(text.begin(), text.begin() + offset, '\n'));
}

/// Byte offset where element `index` of the top-level array under `key` begins, so a
/// message can name the line a person must fix; npos when it cannot be found.
size_t elementOffset(std::string_view text, std::string_view key, size_t index) {
    const std::string quoted = "\"" + std::string(key) + "\"";
    size_t i = text.find(quoted);
    if (i == std::string_view::npos) return i;
    i = text.find('[', i);
    if (i == std::string_view::npos) return i;
    int depth = 0;
    size_t element = 0;
    bool inString = false, expectStart = true;
    for (++i; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\') ++i;
            else if (c == '"') inString = false;
            continue;
        }
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') continue;
        if (depth == 0 && expectStart) {
            if (c == ']') return std::string_view::npos;
            if (element == index) return i;
            expectStart = false;
        }
        if (c == '"') inString = true;
        else if (c == '{' || c == '[') ++depth;
        else if (c == '}' || c == ']') {
            if (depth == 0) return std::string_view::npos;
            --depth;
        } else if (c == ',' && depth == 0) {
            ++element;
            expectStart = true;
        }
    }
    return std::string_view::npos;
}

std::vector<std::string> stringList(const Object& o, const std::string& key, const std::string& where,
                                    const std::function<void(const std::string&)>& fail) {
    std::vector<std::string> out;
    if (!o.has(key) || o.get(key).isEmpty()) return out;
    Array::Ptr a = o.getArray(key);
    if (!a) fail(where + ": \"" + key + "\" should be a list of strings");
    for (size_t i = 0; i < a->size(); ++i) {
        const auto& v = a->get(static_cast<unsigned>(i));
        if (!v.isString()) fail(where + ": \"" + key + "\" should hold only strings");
        out.push_back(v.extract<std::string>());
    }
    return out;
}

}  // namespace

ConceptLayer ConceptLayer::parse(std::string_view json, const std::string& name,
                                 const TermAnalyzer& analyzer) {
    Object::Ptr root;
    try {
        Poco::JSON::Parser parser;
        Poco::Dynamic::Var v = parser.parse(std::string(json));
        if (v.type() == typeid(Object::Ptr)) root = v.extract<Object::Ptr>();
    } catch (const Poco::Exception& e) {
        throw ConceptFileError(name + ": not valid JSON: " + e.message());
    }
    if (!root) throw ConceptFileError(name + ":1: a concept file is one JSON object");
    if (root->optValue<std::string>("format", "") != "findings-concepts")
        throw ConceptFileError(name + ":1: not a concept file (\"format\" should be \"findings-concepts\")");
    ConceptLayer layer;
    layer.paths_.push_back(name);
    Array::Ptr concepts = root->has("concepts") ? root->getArray("concepts") : nullptr;
    if (!concepts)
        throw ConceptFileError(name + ":" + std::to_string(lineAt(json, json.find("\"concepts\""))) +
                               ": \"concepts\" should be a list");
    std::unordered_set<std::string> ids;
    for (size_t i = 0; i < concepts->size(); ++i) {
        const size_t at = elementOffset(json, "concepts", i);
        const std::string where =
            name + ":" + (at == std::string_view::npos ? std::string("?") : std::to_string(lineAt(json, at))) +
            ": concept " + std::to_string(i + 1);
        auto fail = [](const std::string& message) { throw ConceptFileError(message); };
        Object::Ptr c = concepts->getObject(static_cast<unsigned>(i));
        if (!c) fail(where + " should be an object");
        Concept concept;
        concept.id = c->optValue<std::string>("id", "");
        if (concept.id.empty()) fail(where + " has no \"id\"");
        if (!ids.insert(concept.id).second) fail(where + ": the id \"" + concept.id + "\" is used twice");
        concept.label = c->optValue<std::string>("label", concept.id);
        concept.forms = stringList(*c, "forms", where + " (" + concept.id + ")", fail);
        if (concept.forms.empty()) fail(where + " (" + concept.id + ") has no \"forms\"");
        for (const auto& form : concept.forms) {
            auto stems = analyzer.stems(form);
            if (stems.empty())
                fail(where + " (" + concept.id + "): the form \"" + form +
                     "\" has only stop words, so it could never be found");
            concept.stems.push_back(std::move(stems));
        }
        concept.themes = stringList(*c, "themes", where + " (" + concept.id + ")", fail);
        layer.concepts_.push_back(std::move(concept));
    }
    auto failTop = [&](const std::string& message) { throw ConceptFileError(message); };
    for (const auto& word : stringList(*root, "generic",
                                       name + ":" + std::to_string(lineAt(json, json.find("\"generic\""))),
                                       failTop))
        for (auto& stem : analyzer.stems(word)) layer.generic_.insert(std::move(stem));
    layer.index();
    return layer;
}

ConceptLayer ConceptLayer::load(const std::string& path, const TermAnalyzer& analyzer) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw ConceptFileError(path + ": cannot open the concept file");
    std::ostringstream text;
    text << in.rdbuf();
    return parse(text.str(), path, analyzer);
}

ConceptLayer ConceptLayer::find(const std::vector<std::string>& pluginDirs, const TermAnalyzer& analyzer) {
    ConceptLayer layer;
    for (const auto& dir : pluginDirs) {
        const std::string shipped = dir + "/data/concepts.json";
        if (std::ifstream(shipped)) {
            layer = load(shipped, analyzer);
            break;
        }
    }
    const std::string user = userDataDir() + "/concepts.json";
    if (std::ifstream(user)) layer.extend(load(user, analyzer));
    return layer;
}

void ConceptLayer::extend(const ConceptLayer& other) {
    for (const Concept& c : other.concepts_) {
        auto same = std::find_if(concepts_.begin(), concepts_.end(),
                                 [&](const Concept& mine) { return mine.id == c.id; });
        if (same != concepts_.end()) *same = c;
        else concepts_.push_back(c);
    }
    generic_.insert(other.generic_.begin(), other.generic_.end());
    paths_.insert(paths_.end(), other.paths_.begin(), other.paths_.end());
    index();
}

void ConceptLayer::index() {
    byFirstStem_.clear();
    for (size_t c = 0; c < concepts_.size(); ++c)
        for (size_t f = 0; f < concepts_[c].stems.size(); ++f)
            byFirstStem_[concepts_[c].stems[f].front()].emplace_back(c, f);
}

std::vector<ConceptHit> ConceptLayer::match(const std::vector<Term>& terms) const {
    std::vector<ConceptHit> hits;
    for (size_t i = 0; i < terms.size(); ++i) {
        auto it = byFirstStem_.find(terms[i].stem);
        if (it == byFirstStem_.end()) continue;
        for (const auto& [c, f] : it->second) {
            const auto& form = concepts_[c].stems[f];
            if (i + form.size() > terms.size()) continue;
            bool all = true;
            for (size_t k = 1; k < form.size() && all; ++k) all = terms[i + k].stem == form[k];
            if (all) hits.push_back({c, i, form.size()});
        }
    }
    // A hit inside a longer hit of another concept means that other thing.
    std::vector<ConceptHit> kept;
    for (const ConceptHit& h : hits) {
        const bool inside = std::any_of(hits.begin(), hits.end(), [&](const ConceptHit& o) {
            return o.concept != h.concept && o.length > h.length && o.first <= h.first &&
                   o.first + o.length >= h.first + h.length;
        });
        if (!inside) kept.push_back(h);
    }
    return kept;
}

}  // namespace findings::core::link
