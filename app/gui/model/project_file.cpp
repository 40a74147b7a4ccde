#include "model/project_file.hpp"

#include <findings/core/atomic_file.hpp>
#include <findings/format/findings_json.hpp>

#include <algorithm>
#include <cctype>
#include <sstream>
#include <stdexcept>

namespace findings::studio {

findings::FindingsSet readProject(const std::string& path) { return findings::readFindingsFile(path); }

void writeProject(const findings::FindingsSet& set, const std::string& path) {
    std::ostringstream text;
    findings::writeFindingsJson(set, text);
    const std::string bytes = text.str();
    core::AtomicFile file(path);
    if (!file.write(bytes.data(), bytes.size()))
        throw std::runtime_error(path + ": cannot write the project (disk full?)");
    file.commit();
}

bool isProjectPath(const std::string& path) {
    const std::string suffix = kProjectSuffix;
    if (path.size() < suffix.size()) return false;
    return std::equal(suffix.begin(), suffix.end(), path.end() - static_cast<std::ptrdiff_t>(suffix.size()),
                      [](char a, char b) {
                          return std::tolower(static_cast<unsigned char>(a)) ==
                                 std::tolower(static_cast<unsigned char>(b));
                      });
}

std::string suggestedProjectFileName(const findings::FindingsSet& set) {
    std::vector<std::string> authorities;
    for (const auto& s : set.sources)
        if (!s.local_authority.empty() &&
            std::find(authorities.begin(), authorities.end(), s.local_authority) == authorities.end())
            authorities.push_back(s.local_authority);
    std::string name;
    if (authorities.size() == 1) name = authorities[0];
    else if (authorities.size() == 2) name = authorities[0] + " and " + authorities[1];
    else if (authorities.size() > 2) name = authorities[0] + " and others";
    else if (set.sources.size() == 1) name = set.sources[0].title;
    // A file name, not a path: no separators, no leading dot, not too long to read.
    for (char& c : name)
        if (c == '/' || c == '\\' || c == ':' || static_cast<unsigned char>(c) < 0x20) c = '-';
    while (!name.empty() && (name.front() == '.' || name.front() == ' ')) name.erase(name.begin());
    if (name.size() > 60) name.resize(60);
    while (!name.empty() && (static_cast<unsigned char>(name.back()) & 0xC0) == 0x80) name.pop_back();
    if (!name.empty() && static_cast<unsigned char>(name.back()) >= 0xC0) name.pop_back();
    while (!name.empty() && name.back() == ' ') name.pop_back();
    if (name.empty()) name = "Untitled";
    return name + kProjectSuffix;
}

std::string withProjectSuffix(const std::string& path) {
    if (isProjectPath(path)) return path;
    // "name.json" becomes "name.findings.json", not "name.json.findings.json".
    const std::string json = ".json";
    if (path.size() > json.size() && path.compare(path.size() - json.size(), json.size(), json) == 0)
        return path.substr(0, path.size() - json.size()) + kProjectSuffix;
    return path + kProjectSuffix;
}

}  // namespace findings::studio
