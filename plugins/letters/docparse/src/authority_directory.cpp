// The directory of local authorities: loading authorities.json and finding its names in
// text. Matching is by words, the longest name at each place, so "Newcastle upon Tyne"
// wins over "Newcastle" and "Windsor and Maidenhead" is never cut to "Windsor and".
#include "findings/docparse/authorities.hpp"

#include <Poco/JSON/Parser.h>
#include <Poco/JSON/Object.h>

#include <stdexcept>

#include "text_util.hpp"

namespace findings::docparse {

using namespace detail;

namespace {

// A word of a name as written: letters, digits and UTF-8 letters with inner hyphens and
// apostrophes ("Southend-on-Sea", "Children's"); "&" is a word of its own.
struct Token {
    std::size_t begin = 0;
    std::size_t end = 0;
};

bool isWordByte(char c) { return isAlpha(c) || isDigit(c) || (unsigned char)c >= 0x80; }

// Curly quotes and dashes are UTF-8 but not letters: they separate words.
bool punctuationAt(std::string_view s, std::size_t p) {
    for (std::string_view q : {"’", "‘", "“", "”", "–", "—"})
        if (s.compare(p, q.size(), q) == 0) return true;
    return false;
}

// The next token at or after `pos`, or begin == npos.
Token nextToken(std::string_view s, std::size_t pos) {
    while (pos < s.size() && ((!isWordByte(s[pos]) && s[pos] != '&') || punctuationAt(s, pos))) ++pos;
    if (pos >= s.size()) return {std::string_view::npos, std::string_view::npos};
    if (s[pos] == '&') return {pos, pos + 1};
    std::size_t e = pos;
    for (;;) {
        while (e < s.size() && isWordByte(s[e])) {
            // A curly quote ends a word unless it is an apostrophe inside one.
            if (punctuationAt(s, e)) {
                if (s.compare(e, 3, "’") == 0 && e + 3 < s.size() && isAlpha(s[e + 3])) {
                    e += 3;
                    continue;
                }
                break;
            }
            ++e;
        }
        if (e + 1 < s.size() && (s[e] == '-' || s[e] == '\'') && isWordByte(s[e + 1])) {
            ++e;
            continue;
        }
        break;
    }
    return {pos, e};
}

// The token as compared: lower case, curly apostrophe straight, "&" as "and".
std::string key(std::string_view word) {
    if (word == "&") return "and";
    std::string k = lowerAscii(word);
    for (std::size_t p; (p = k.find("’")) != std::string::npos;) k.replace(p, 3, "'");
    return k;
}

// True when only spaces, commas, a full stop after an abbreviation ("St. Helens") or one
// line break stand between two words of one name.
bool nameGap(std::string_view s, std::size_t from, std::size_t to) {
    int breaks = 0;
    for (std::size_t p = from; p < to; ++p) {
        const char c = s[p];
        if (c == '\n') ++breaks;
        else if (c != ' ' && c != ',' && c != '.' && c != '\t' && c != '\r') return false;
    }
    return breaks <= 1;
}

std::vector<std::string> tokensOf(std::string_view written) {
    std::vector<std::string> out;
    for (Token t = nextToken(written, 0); t.begin != std::string_view::npos; t = nextToken(written, t.end))
        out.push_back(key(written.substr(t.begin, t.end - t.begin)));
    return out;
}

std::string stringField(const Poco::JSON::Object::Ptr& o, const char* field) {
    if (!o->has(field) || !o->get(field).isString()) return {};
    return o->getValue<std::string>(field);
}

std::vector<std::string> stringList(const Poco::JSON::Object::Ptr& o, const char* field, const std::string& where) {
    std::vector<std::string> out;
    if (!o->has(field)) return out;
    Poco::JSON::Array::Ptr a = o->getArray(field);
    if (!a) throw std::invalid_argument(where + ": \"" + field + "\" is not a list of names");
    for (std::size_t i = 0; i < a->size(); ++i) {
        if (!a->get(unsigned(i)).isString())
            throw std::invalid_argument(where + ": \"" + field + "\" holds something other than a name");
        out.push_back(a->getElement<std::string>(unsigned(i)));
    }
    return out;
}

}  // namespace

void AuthorityDirectory::addForm(std::string_view written, std::vector<std::string> authorities, bool official) {
    Form f;
    f.tokens = tokensOf(written);
    if (f.tokens.empty()) return;
    f.authorities = std::move(authorities);
    f.official = official;
    byFirstToken_[f.tokens.front()].push_back(forms_.size());
    forms_.push_back(std::move(f));
}

AuthorityDirectory AuthorityDirectory::fromJson(std::string_view json) {
    Poco::JSON::Object::Ptr root;
    try {
        Poco::Dynamic::Var parsed = Poco::JSON::Parser().parse(std::string(json));
        root = parsed.extract<Poco::JSON::Object::Ptr>();
    } catch (const Poco::Exception& e) {
        throw std::invalid_argument("not a JSON object: " + e.displayText());
    } catch (const Poco::BadCastException&) {
        throw std::invalid_argument("not a JSON object");
    }
    if (!root) throw std::invalid_argument("not a JSON object");
    Poco::JSON::Array::Ptr list = root->getArray("authorities");
    if (!list) throw std::invalid_argument("no \"authorities\" list");
    AuthorityDirectory d;
    auto readAuthorities = [&](const Poco::JSON::Array::Ptr& entries, const char* what) {
        if (!entries) return;
        for (std::size_t i = 0; i < entries->size(); ++i) {
            const std::string where = std::string(what) + " " + std::to_string(i + 1);
            Poco::JSON::Object::Ptr e = entries->getObject(unsigned(i));
            if (!e) throw std::invalid_argument(where + " is not an object");
            const std::string name = stringField(e, "name");
            if (name.empty()) throw std::invalid_argument(where + " has no \"name\"");
            d.names_.push_back(name);
            d.addForm(name, {name}, false);
            if (std::string official = stringField(e, "official"); !official.empty()) d.addForm(official, {name}, true);
            for (const std::string& alias : stringList(e, "aliases", where)) d.addForm(alias, {name}, false);
        }
    };
    readAuthorities(list, "authority");
    readAuthorities(root->getArray("former"), "former authority");
    if (Poco::JSON::Array::Ptr trusts = root->getArray("trusts")) {
        for (std::size_t i = 0; i < trusts->size(); ++i) {
            const std::string where = "trust " + std::to_string(i + 1);
            Poco::JSON::Object::Ptr t = trusts->getObject(unsigned(i));
            if (!t) throw std::invalid_argument(where + " is not an object");
            const std::string name = stringField(t, "name");
            std::vector<std::string> serves = stringList(t, "authorities", where);
            if (name.empty() || serves.empty())
                throw std::invalid_argument(where + " needs a \"name\" and the \"authorities\" it serves");
            d.addForm(name, std::move(serves), true);
        }
    }
    return d;
}

std::vector<AuthorityMention> AuthorityDirectory::mentions(std::string_view text) const {
    std::vector<AuthorityMention> out;
    for (Token t = nextToken(text, 0); t.begin != std::string_view::npos; t = nextToken(text, t.end)) {
        if (!isUpper(text[t.begin])) continue;
        auto it = byFirstToken_.find(key(text.substr(t.begin, t.end - t.begin)));
        if (it == byFirstToken_.end()) continue;
        const Form* best = nullptr;
        std::size_t bestEnd = 0;
        for (std::size_t fi : it->second) {
            const Form& f = forms_[fi];
            Token cur = t;
            bool ok = true;
            for (std::size_t k = 1; k < f.tokens.size() && ok; ++k) {
                Token n = nextToken(text, cur.end);
                ok = n.begin != std::string_view::npos && nameGap(text, cur.end, n.begin) &&
                     key(text.substr(n.begin, n.end - n.begin)) == f.tokens[k];
                cur = n;
            }
            if (ok && (!best || cur.end > bestEnd)) {
                best = &f;
                bestEnd = cur.end;
            }
        }
        if (!best) continue;
        AuthorityMention m;
        if (best->authorities.size() == 1) m.authority = best->authorities.front();
        else m.candidates = best->authorities;
        m.begin = t.begin;
        m.end = bestEnd;
        m.official = best->official;
        out.push_back(std::move(m));
        // Go on after the name: its own words are not other names.
        t.end = bestEnd;
    }
    return out;
}

std::string AuthorityDirectory::lookup(std::string_view written) const {
    std::string_view w = trim(written);
    if (startsWithI(w, "the ")) w.remove_prefix(4);
    const std::vector<AuthorityMention> found = mentions(w);
    if (found.empty() || found.front().begin != 0 || found.front().authority.empty()) return {};
    std::string_view rest = trim(w.substr(found.front().end));
    for (std::string_view possessive : {"’s", "'s"})
        if (rest.substr(0, possessive.size()) == possessive) rest = trim(rest.substr(possessive.size()));
    if (rest.empty()) return found.front().authority;
    // What may follow a name on its own line: the council or the service it heads.
    static const std::string_view kHeads[] = {
        "council", "county council", "city council", "borough council", "district council",
        "county borough council", "metropolitan borough council", "metropolitan district council",
        "city and borough council", "unitary authority", "local authority", "children's services",
        "children's social care", "children's services trust", "children's trust", "city", "county"};
    const std::string r = key(rest);
    for (std::string_view h : kHeads)
        if (matchAt(r, 0, h) == r.size()) return found.front().authority;
    return {};
}

bool AuthorityDirectory::knows(std::string_view shortName) const {
    for (const std::string& n : names_)
        if (n == shortName) return true;
    return false;
}

}  // namespace findings::docparse
