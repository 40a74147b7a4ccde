#include "model/source_labels.hpp"

#include <cctype>
#include <map>
#include <set>

namespace findings::studio {

namespace {

std::string fileNameOf(const std::string& path) {
    const size_t slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

bool isContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

std::string sourceKindLabel(std::string_view kind) {
    if (kind == "findings_workbook") return "Findings workbook";
    if (kind == "other") return "Document";
    return enumLabel(kind);
}

std::string sourceDisplayName(const Source& source) {
    if (!source.title.empty()) return source.title;
    const std::string kind = source.kind == "other" ? std::string() : sourceKindLabel(source.kind);
    const std::string file = fileNameOf(source.path);
    if (!kind.empty()) {
        if (!source.date.empty()) return kind + " \u00b7 " + source.date;
        return file.empty() ? kind : kind + " \u00b7 " + file;
    }
    return file.empty() ? source.id : file;
}

std::string sourceShortName(const Source& source) {
    const std::string file = fileNameOf(source.path);
    if ((source.kind == "spreadsheet" || source.kind == "findings_workbook") && !source.title.empty())
        return source.title;
    const std::string kind = source.kind == "other" ? std::string() : sourceKindLabel(source.kind);
    if (kind.empty()) return sourceDisplayName(source);
    // Undated, a report is named by its title (people know reports by their titles; a file
    // name cut to fit told them nothing), and only an untitled one by its file name.
    const std::string detail = !source.date.empty()    ? source.date
                               : !source.title.empty() ? ellipsized(source.title, 72)
                                                       : file;
    return detail.empty() ? kind : kind + " \u00b7 " + detail;
}

std::vector<std::string> distinctSourceNames(const std::vector<Source>& sources) {
    std::vector<std::string> names;
    names.reserve(sources.size());
    std::set<std::string> authorities;
    for (const Source& s : sources) {
        names.push_back(sourceShortName(s));
        if (!s.local_authority.empty()) authorities.insert(s.local_authority);
    }
    if (authorities.size() > 1)
        for (size_t i = 0; i < sources.size(); ++i)
            if (!sources[i].local_authority.empty()) names[i] = sources[i].local_authority + " \u00b7 " + names[i];
    auto clashing = [&] {
        std::map<std::string, std::vector<size_t>> byName;
        for (size_t i = 0; i < names.size(); ++i) byName[names[i]].push_back(i);
        std::vector<std::vector<size_t>> out;
        for (auto& [name, which] : byName)
            if (which.size() > 1) out.push_back(std::move(which));
        return out;
    };
    // Same kind and date: the file names tell them apart.
    for (const auto& group : clashing())
        for (size_t i : group) {
            const std::string file = fileNameOf(sources[i].path);
            if (!file.empty() && names[i].find(file) == std::string::npos) names[i] += " \u00b7 " + file;
        }
    // Still the same (one file imported twice, or no files): numbered in set order.
    for (const auto& group : clashing())
        for (size_t k = 1; k < group.size(); ++k) names[group[k]] += " (" + std::to_string(k + 1) + ")";
    return names;
}

std::string ellipsizedMiddle(std::string_view text, size_t maxCodePoints) {
    std::vector<size_t> starts;  // byte offset of each code point
    for (size_t i = 0; i < text.size(); ++i)
        if (!isContinuationByte(text[i])) starts.push_back(i);
    if (starts.size() <= maxCodePoints) return std::string(text);
    if (maxCodePoints == 0) return std::string();
    const size_t keep = maxCodePoints - 1;  // room for the ellipsis
    const size_t tail = keep / 2, head = keep - tail;
    return std::string(text.substr(0, starts[head])) + "\u2026" +
           std::string(tail ? text.substr(starts[starts.size() - tail]) : std::string_view());
}

std::string ellipsized(std::string_view text, size_t maxCodePoints) {
    if (maxCodePoints == 0) return std::string();
    size_t codePoints = 0, cut = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        if (isContinuationByte(text[i])) continue;
        // Where the text is cut if it does not fit: leaves room for the ellipsis.
        if (codePoints == maxCodePoints - 1) cut = i;
        ++codePoints;
    }
    if (codePoints <= maxCodePoints) return std::string(text);
    std::string_view head = text.substr(0, cut);
    // Prefer a word boundary, unless that would throw away more than half of what fits.
    const size_t space = head.find_last_of(' ');
    if (space != std::string_view::npos && space >= head.size() / 2) head = head.substr(0, space);
    // No dangling separator before the ellipsis ("Visit 3 ·…").
    for (bool trimmed = true; trimmed && !head.empty();) {
        trimmed = false;
        for (std::string_view tail : {" ", ",", ":", ";", "-", "\u00b7", "\u2014", "\u2013"})
            if (head.size() >= tail.size() && head.substr(head.size() - tail.size()) == tail) {
                head.remove_suffix(tail.size());
                trimmed = true;
            }
    }
    return std::string(head) + "\u2026";
}

std::string visitKey(const Source& source) {
    std::string key = source.local_authority + "|";
    if (!source.visit.start.empty()) return key + "start:" + source.visit.start;
    if (source.visit.ordinal != kNone) return key + "visit:" + std::to_string(source.visit.ordinal);
    return key + "source:" + source.id;
}

std::string sourceSortDate(const Source& source) {
    return !source.visit.start.empty() ? source.visit.start : source.date;
}

std::string visitLabel(const Source& source) {
    const std::string date = sourceSortDate(source);
    if (source.visit.ordinal != kNone) {
        std::string label = "Visit " + std::to_string(source.visit.ordinal);
        return label + " \u00b7 " + (date.empty() ? std::string("undated") : date);
    }
    // Undated sources sort last (sourceSortDate is empty) and say why.
    return date.empty() ? "Undated \u00b7 " + sourceDisplayName(source) : date;
}

std::string overallJudgement(const Source& source) {
    // Reports list the overall effectiveness judgement first or name it "overall"; a letter
    // has none.
    for (const Judgement& j : source.judgements) {
        std::string area = j.area;
        for (char& c : area) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (area.find("overall") != std::string::npos && !j.grade.empty()) return enumLabel(j.grade);
    }
    for (const Judgement& j : source.judgements)
        if (!j.grade.empty()) return enumLabel(j.grade);
    return {};
}

std::string shortThemeLabel(std::string_view label) {
    const size_t colon = label.find(':');
    std::string_view head = colon == std::string_view::npos ? label : label.substr(0, colon);
    while (!head.empty() && head.back() == ' ') head.remove_suffix(1);
    return std::string(head);
}

std::string enumLabel(std::string_view value) {
    if (value == "not_started") return "Not started";
    std::string out(value);
    for (char& c : out)
        if (c == '_') c = ' ';
    if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
    return out;
}

}  // namespace findings::studio
