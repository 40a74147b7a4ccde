#include <findings/format/json_text.hpp>

#include <cmath>
#include <cstdio>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>

namespace findings {

namespace {

/// Whether any of the 8 bytes of `word` must be escaped in a JSON string: a control
/// character (below 0x20), a quote or a backslash. Bytes of UTF-8 sequences (0x80 and up)
/// never are. The classic "has a byte less than n / equal to c" bit tricks, 8 bytes at once.
bool needsEscape(std::uint64_t word) {
    constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    const std::uint64_t quote = word ^ (ones * '"'), backslash = word ^ (ones * '\\');
    const std::uint64_t control = (word - ones * 0x20) & ~word;
    const std::uint64_t isQuote = (quote - ones) & ~quote, isBackslash = (backslash - ones) & ~backslash;
    return ((control | isQuote | isBackslash) & highs) != 0;
}

}  // namespace

void appendJsonString(std::string& out, std::string_view s) {
    static const char* hex = "0123456789abcdef";
    out.push_back('"');
    size_t run = 0;  // copy runs of plain bytes in one append
    for (size_t i = 0; i < s.size(); ++i) {
        // Most text needs no escaping: pass over it a word at a time.
        while (i + 8 <= s.size()) {
            std::uint64_t word;
            std::memcpy(&word, s.data() + i, 8);
            if (needsEscape(word)) break;
            i += 8;
        }
        if (i >= s.size()) break;
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c != '"' && c != '\\') continue;
        out.append(s.data() + run, i - run);
        run = i + 1;
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            out += "\\u00";
            out.push_back(hex[c >> 4]);
            out.push_back(hex[c & 15]);
        }
    }
    out.append(s.data() + run, s.size() - run);
    out.push_back('"');
}

void JsonText::newline() {
    if (indent_ <= 0) return;
    out_.push_back('\n');
    out_.append(stack_.size() * static_cast<size_t>(indent_), ' ');
}

void JsonText::beforeValue() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (!stack_.empty()) {
        if (!stack_.back().empty) out_.push_back(',');
        stack_.back().empty = false;
        newline();
    }
}

void JsonText::beginObject() {
    beforeValue();
    out_.push_back('{');
    stack_.push_back({false, true});
}

void JsonText::endObject() {
    const bool empty = stack_.back().empty;
    stack_.pop_back();
    if (!empty) newline();
    out_.push_back('}');
}

void JsonText::beginArray() {
    beforeValue();
    out_.push_back('[');
    stack_.push_back({true, true});
}

void JsonText::endArray() {
    const bool empty = stack_.back().empty;
    stack_.pop_back();
    if (!empty) newline();
    out_.push_back(']');
}

void JsonText::continueArray(size_t depth, bool empty) {
    // Only the innermost level's state shapes what follows; the outer levels set the indent.
    stack_.assign(depth, Level{false, false});
    stack_.back() = Level{true, empty};
    after_key_ = false;
}

void JsonText::key(std::string_view k) {
    beforeValue();
    appendJsonString(out_, k);
    out_ += indent_ > 0 ? ": " : ":";
    after_key_ = true;
}

void JsonText::value(std::string_view s) {
    beforeValue();
    appendJsonString(out_, s);
}

void JsonText::value(std::int64_t n) {
    beforeValue();
    out_ += std::to_string(n);
}

void JsonText::value(double d) {
    beforeValue();
    if (!std::isfinite(d)) {
        out_ += "null";
        return;
    }
    char buf[32];
    // %.17g round-trips exactly; try shorter first so 0.8 stays "0.8".
    for (int precision = 6; precision <= 17; ++precision) {
        std::snprintf(buf, sizeof buf, "%.*g", precision, d);
        if (std::strtod(buf, nullptr) == d) break;
    }
    out_ += buf;
    // Keep it a JSON number that reads back as floating point.
    if (out_.find_first_of(".eE", out_.size() - std::char_traits<char>::length(buf)) ==
        std::string::npos)
        out_ += ".0";
}

void JsonText::value(bool b) {
    beforeValue();
    out_ += b ? "true" : "false";
}

void JsonText::null() {
    beforeValue();
    out_ += "null";
}

void JsonText::flushTo(std::ostream& os) {
    os.write(out_.data(), static_cast<std::streamsize>(out_.size()));
    out_.clear();
}

}  // namespace findings
