#include "model/source_labels.hpp"

#include <cctype>

namespace findings::studio {

std::string sourceDisplayName(const Source& source) {
    if (!source.title.empty()) return source.title;
    if (!source.path.empty()) {
        const size_t slash = source.path.find_last_of('/');
        return slash == std::string::npos ? source.path : source.path.substr(slash + 1);
    }
    return source.id;
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
        return date.empty() ? label : label + " \u00b7 " + date;
    }
    return date.empty() ? sourceDisplayName(source) : date;
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
