#include "column_vocabulary.hpp"

#include <Poco/Exception.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace spreadsheet {

namespace {

bool isAsciiAlnum(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

using Poco::JSON::Array;
using Poco::JSON::Object;

std::vector<std::string> stringList(const Object& parent, const std::string& key,
                                    const std::string& where) {
    std::vector<std::string> out;
    if (!parent.has(key)) return out;
    Array::Ptr list = parent.getArray(key);
    if (!list) throw std::runtime_error(where + ": \"" + key + "\" must be an array of strings");
    for (unsigned i = 0; i < list->size(); ++i) {
        const Poco::Dynamic::Var v = list->get(i);
        if (!v.isString())
            throw std::runtime_error(where + ": \"" + key + "\"[" + std::to_string(i) +
                                     "] must be a string");
        out.push_back(v.extract<std::string>());
    }
    return out;
}

size_t wordCount(const std::string& folded) {
    return folded.empty() ? 0 : size_t(std::count(folded.begin(), folded.end(), ' ')) + 1;
}

std::string readWholeFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error(path + ": cannot open the column vocabulary");
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

bool fileExists(const std::string& path) { return !path.empty() && std::ifstream(path).good(); }

}  // namespace

std::string foldName(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    int bracketDepth = 0;
    bool pendingSpace = false;
    auto put = [&](std::string_view s) {
        if (pendingSpace && !out.empty()) out += ' ';
        pendingSpace = false;
        out += s;
    };
    for (size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '(' || c == '[') {
            ++bracketDepth;
            pendingSpace = true;
        } else if (c == ')' || c == ']') {
            if (bracketDepth > 0) --bracketDepth;
            pendingSpace = true;
        } else if (bracketDepth > 0) {
            continue;
        } else if (isAsciiAlnum(c)) {
            const char lower = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : char(c);
            put(std::string_view(&lower, 1));
        } else if (c == '&') {
            pendingSpace = true;
            put("and");
            pendingSpace = true;
        } else if (c == '%') {
            pendingSpace = true;
            put("percent");
            pendingSpace = true;
        } else if (c == '\'' ) {
            continue;  // "officer's" and "officers" fold alike
        } else if (c >= 0x80) {
            // Keep letters of other scripts and accents as they are; fold the UTF-8 curly
            // apostrophe (E2 80 99) like the straight one.
            if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
                static_cast<unsigned char>(text[i + 2]) == 0x99) {
                i += 2;
                continue;
            }
            if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
                ++i;  // non-breaking space
                pendingSpace = true;
                continue;
            }
            put(std::string_view(text.data() + i, 1));
        } else {
            pendingSpace = true;
        }
    }
    if (out.empty()) {
        const size_t first = text.find_first_not_of(" \t\r\n");
        const size_t last = text.find_last_not_of(" \t\r\n");
        if (first != std::string_view::npos && text.substr(first, last - first + 1) == "#") return "#";
    }
    return out;
}

ColumnVocabulary ColumnVocabulary::fromJson(std::string_view json, const std::string& origin) {
    ColumnVocabulary v;
    v.origin_ = origin;
    Object::Ptr root;
    try {
        Poco::JSON::Parser parser;
        const Poco::Dynamic::Var parsed = parser.parse(std::string(json));
        if (parsed.type() != typeid(Object::Ptr))
            throw std::runtime_error(origin + ": the column vocabulary must be a JSON object");
        root = parsed.extract<Object::Ptr>();
    } catch (const Poco::Exception& e) {
        throw std::runtime_error(origin + ": not valid JSON: " + e.displayText());
    }
    Object::Ptr fields = root->getObject("fields");
    if (!fields) throw std::runtime_error(origin + ": missing the \"fields\" object");
    for (const auto& member : *fields) {
        const auto field = tableFieldNamed(member.first);
        if (!field)
            throw std::runtime_error(origin + ": unknown field \"" + member.first + "\" (fields: " +
                                     tableFieldList() + ")");
        const auto names = stringList(*fields, member.first, origin + ": fields");
        for (size_t i = 0; i < names.size(); ++i) {
            const std::string folded = foldName(names[i]);
            if (folded.empty()) continue;
            const Name name{*field, int(i)};
            if (!v.names_.emplace(folded, name).second)
                throw std::runtime_error(origin + ": the column name \"" + names[i] +
                                         "\" is listed twice");
            if (wordCount(folded) >= 2) v.prefixes_.emplace_back(folded, name);
        }
    }
    std::stable_sort(v.prefixes_.begin(), v.prefixes_.end(),
                     [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
    for (const auto& n : stringList(*root, "known_unmapped", origin)) v.unmapped_.insert(foldName(n));
    for (const auto& n : stringList(*root, "weakness_text_columns", origin))
        v.weakness_.insert(foldName(n));
    if (Object::Ptr statuses = root->getObject("status_words")) {
        for (const auto& member : *statuses) {
            static const char* const kStatuses[] = {"not_started", "red", "amber", "green", "complete"};
            if (std::find(std::begin(kStatuses), std::end(kStatuses), member.first) == std::end(kStatuses))
                throw std::runtime_error(origin + ": unknown status \"" + member.first +
                                         "\" (not_started, red, amber, green, complete)");
            for (const auto& word : stringList(*statuses, member.first, origin + ": status_words"))
                v.statuses_[foldName(word)] = member.first;
        }
    }
    return v;
}

ColumnVocabulary ColumnVocabulary::loadDefault(const std::string& dataDir, const std::string& userFile) {
    const std::string path = fileExists(userFile) ? userFile : dataDir + "/" + kFileName;
    return fromJson(readWholeFile(path), path);
}

std::optional<FieldMatch> ColumnVocabulary::fieldFor(std::string_view header) const {
    const std::string folded = foldName(header);
    if (folded.empty() || unmapped_.count(folded)) return std::nullopt;
    if (auto it = names_.find(folded); it != names_.end())
        return FieldMatch{it->second.field, it->second.rank, true};
    for (const auto& [name, n] : prefixes_)
        if (folded.size() > name.size() && folded.compare(0, name.size(), name) == 0 &&
            folded[name.size()] == ' ')
            return FieldMatch{n.field, n.rank, false};
    return std::nullopt;
}

bool ColumnVocabulary::isKnownColumn(std::string_view header) const {
    return fieldFor(header).has_value() || unmapped_.count(foldName(header)) > 0;
}

bool ColumnVocabulary::impliesWeakness(std::string_view header) const {
    const std::string folded = foldName(header);
    if (weakness_.count(folded)) return true;
    for (const auto& name : weakness_)
        if (folded.size() > name.size() && folded.compare(0, name.size(), name) == 0 &&
            folded[name.size()] == ' ')
            return true;
    return false;
}

std::optional<std::string> ColumnVocabulary::statusFor(std::string_view word) const {
    auto it = statuses_.find(foldName(word));
    if (it == statuses_.end()) return std::nullopt;
    return it->second;
}

}  // namespace spreadsheet
