// Status, review, themes and text as they appear in cells.
#include <findings/excel/roundtrip/cell_values.hpp>

#include <algorithm>
#include <cctype>
#include <utility>

namespace findings::excel {
namespace {

/// (format value, label) pairs, in drop-down order.
const std::vector<std::pair<std::string, std::string>>& statusPairs() {
    static const std::vector<std::pair<std::string, std::string>> pairs{
        {"red", "Red"},
        {"amber", "Amber"},
        {"green", "Green"},
        {"complete", "Complete"},
        {"not_started", "Not started"}};
    return pairs;
}

const std::vector<std::pair<std::string, std::string>>& polarityPairs() {
    static const std::vector<std::pair<std::string, std::string>> pairs{
        {"strength", "Strength"}, {"weakness", "Weakness"}, {"mixed", "Mixed"}, {"neutral", "Neutral"}};
    return pairs;
}

const std::vector<std::pair<std::string, std::string>>& reviewPairs() {
    static const std::vector<std::pair<std::string, std::string>> pairs{
        {"unreviewed", "Unreviewed"}, {"confirmed", "Confirmed"}, {"edited", "Edited"}};
    return pairs;
}

/// Lower case, with runs of spaces, underscores and hyphens as one space: "Not_started",
/// "not-started" and "NOT  STARTED" all read "not started".
std::string folded(std::string_view text) {
    std::string out;
    bool gap = false;
    for (char c : trimmed(text)) {
        if (c == ' ' || c == '_' || c == '-' || c == '\t') {
            gap = true;
            continue;
        }
        if (gap && !out.empty()) out.push_back(' ');
        gap = false;
        out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
    return out;
}

std::optional<std::string> valueFromLabel(
    std::string_view text, const std::vector<std::pair<std::string, std::string>>& pairs) {
    const std::string key = folded(text);
    if (key.empty()) return std::string();
    for (const auto& [value, label] : pairs)
        if (key == folded(value) || key == folded(label)) return value;
    return std::nullopt;
}

std::string labelFor(std::string_view value,
                     const std::vector<std::pair<std::string, std::string>>& pairs) {
    for (const auto& [v, label] : pairs)
        if (v == value) return label;
    return std::string(value);
}

/// The labels of `pairs`, in drop-down order.
std::vector<std::string> labelsOf(const std::vector<std::pair<std::string, std::string>>& pairs) {
    std::vector<std::string> labels;
    for (const auto& pair : pairs) labels.push_back(pair.second);
    return labels;
}

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

}  // namespace

std::string statusLabel(std::string_view status) { return labelFor(status, statusPairs()); }

std::optional<std::string> statusFromCell(std::string_view text) {
    if (auto v = valueFromLabel(text, statusPairs())) return v;
    const std::string key = folded(text);
    // Council trackers colour complete actions blue and unstarted ones grey.
    if (key == "blue") return std::string("complete");
    if (key == "grey" || key == "gray") return std::string("not_started");
    return std::nullopt;
}

const std::vector<std::string>& statusChoices() {
    static const std::vector<std::string> choices = labelsOf(statusPairs());
    return choices;
}

std::string reviewLabel(std::string_view review) {
    return review.empty() ? std::string("Unreviewed") : labelFor(review, reviewPairs());
}

std::string polarityLabel(std::string_view polarity) { return labelFor(polarity, polarityPairs()); }

std::optional<std::string> polarityFromCell(std::string_view text) {
    return valueFromLabel(text, polarityPairs());
}

const std::vector<std::string>& polarityChoices() {
    static const std::vector<std::string> choices = labelsOf(polarityPairs());
    return choices;
}

std::optional<std::string> reviewFromCell(std::string_view text) {
    return valueFromLabel(text, reviewPairs());
}

const std::vector<std::string>& reviewChoices() {
    static const std::vector<std::string> choices = labelsOf(reviewPairs());
    return choices;
}

std::string joinThemeLabels(const std::vector<std::string>& labels) {
    std::string out;
    for (const auto& l : labels) {
        if (!out.empty()) out += kThemeSeparator;
        out += l;
    }
    return out;
}

std::vector<std::string> splitThemeCell(std::string_view text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == ';' || text[i] == '\n' || text[i] == '\r') {
            std::string part = trimmed(text.substr(start, i - start));
            if (!part.empty()) out.push_back(std::move(part));
            start = i + 1;
        }
    }
    return out;
}

std::string trimmed(std::string_view text) {
    std::size_t b = 0, e = text.size();
    while (b < e && isSpace(text[b])) ++b;
    while (e > b && isSpace(text[e - 1])) --e;
    return std::string(text.substr(b, e - b));
}

std::size_t codePointCount(std::string_view text) {
    std::size_t n = 0;
    for (char c : text)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    return n;
}

std::string cellText(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '\r') {
            if (i + 1 < text.size() && text[i + 1] == '\n') continue;  // CR LF -> LF
            out.push_back('\n');
        } else if (c < 0x20 && c != '\t' && c != '\n') {
            out.push_back(' ');
        } else if (c == 0x7F) {
            out.push_back(' ');
        } else {
            out.push_back(static_cast<char>(c));
        }
    }
    // Excel counts UTF-16 units: a 4-byte UTF-8 sequence is two.
    auto unitsOf = [](unsigned char lead) -> std::size_t { return lead >= 0xF0 ? 2 : 1; };
    std::size_t total = 0;
    for (char c : out)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) total += unitsOf(c);
    if (total <= kMaxCellChars) return out;
    // Cut at a character boundary, leaving room for the ellipsis.
    std::size_t units = 0;
    for (std::size_t i = 0; i < out.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(out[i]);
        if ((c & 0xC0) == 0x80) continue;
        units += unitsOf(c);
        if (units > kMaxCellChars - 1) {
            out.resize(i);
            break;
        }
    }
    out += "\xE2\x80\xA6";  // …
    return out;
}

}  // namespace findings::excel
