#include <findings/format/json_reader.hpp>

#include <charconv>
#include <cstdlib>
#include <cstring>

namespace findings {

const JsonValue* JsonValue::find(std::string_view key) const {
    if (type != Type::Object) return nullptr;
    for (size_t i = 0; i < keys.size(); ++i)
        if (keys[i] == key) return &values[i];
    return nullptr;
}

bool JsonReader::Frame::addKey(const std::string& k) {
    // A record has a dozen keys: a scan is cheapest. A "properties" object may have
    // thousands: then a hash set keeps the check linear.
    constexpr size_t kScanLimit = 16;
    if (many.empty()) {
        for (const auto& s : seen)
            if (s == k) return false;
        seen.push_back(k);
        if (seen.size() > kScanLimit) {
            many.insert(seen.begin(), seen.end());
            seen.clear();
        }
        return true;
    }
    return many.insert(k).second;
}

namespace {
constexpr size_t kChunk = 64 * 1024;

std::string quoted(const std::string& key) {
    std::string out = "\"";
    for (char c : key) {
        if (static_cast<unsigned char>(c) < 0x20) out += '?';
        else out += c;
    }
    return out + "\"";
}
}  // namespace

JsonReader::JsonReader(ReadFn read) : read_(std::move(read)), buffer_(kChunk) {}

JsonReader::JsonReader(std::string_view text) : text_(text), eof_(true) {}

bool JsonReader::refill() {
    if (eof_) return false;
    consumed_ += text_.size();
    pos_ = 0;
    const size_t n = read_(buffer_.data(), buffer_.size());
    text_ = std::string_view(buffer_.data(), n);
    if (n == 0) eof_ = true;
    return n > 0;
}

int JsonReader::peekChar() {
    if (pos_ >= text_.size() && !refill()) return -1;
    return static_cast<unsigned char>(text_[pos_]);
}

int JsonReader::get() {
    if (pos_ >= text_.size() && !refill()) return -1;
    return static_cast<unsigned char>(text_[pos_++]);
}

void JsonReader::skipSpace() {
    for (;;) {
        const int c = peekChar();
        if (c == '\n') {
            ++pos_;
            ++line_;
            lineStart_ = consumed_ + pos_;
        } else if (c == ' ' || c == '\t' || c == '\r') {
            ++pos_;
        } else {
            return;
        }
    }
}

std::string JsonReader::path() const {
    std::string p = "$";
    for (const auto& f : frames_) {
        if (f.array) {
            if (!f.first) p += "[" + std::to_string(f.index) + "]";
        } else if (!f.first) {
            p += "." + f.key;
        }
    }
    return p;
}

void JsonReader::fail(const std::string& what) const {
    const std::uint64_t column = consumed_ + pos_ - lineStart_ + 1;
    throw JsonSyntaxError("not valid JSON: " + what + " (line " + std::to_string(line_) +
                          ", column " + std::to_string(column) + ", at " + path() + ")");
}

void JsonReader::expect(char c) {
    skipSpace();
    const int got = get();
    if (got != c) {
        if (got >= 0 && pos_ > 0) --pos_;  // point at the offending character
        fail(got < 0 ? std::string("the text ends where '") + c + "' was expected"
                     : std::string("expected '") + c + "'");
    }
}

JsonReader::Token JsonReader::peek() {
    skipSpace();
    switch (peekChar()) {
    case -1: return Token::End;
    case '{': return Token::Object;
    case '[': return Token::Array;
    case '"': return Token::String;
    case 't': case 'f': return Token::Bool;
    case 'n': return Token::Null;
    default: return Token::Number;
    }
}

void JsonReader::beginObject() {
    if (frames_.size() >= static_cast<size_t>(kMaxJsonDepth)) fail("nested too deeply");
    expect('{');
    frames_.push_back(Frame{});
}

bool JsonReader::nextMember(std::string& key) {
    Frame& f = frames_.back();
    skipSpace();
    if (peekChar() == '}') {
        ++pos_;
        frames_.pop_back();
        return false;
    }
    if (!f.first) expect(',');
    skipSpace();
    if (peekChar() != '"') fail(f.first ? "expected a key or '}'" : "expected a key after ','");
    readString(key);
    if (!f.addKey(key)) {
        f.key = key;
        f.first = false;
        throw JsonSyntaxError("duplicate key " + quoted(key) + " at " + path() +
                              ": a key may appear only once in an object (line " +
                              std::to_string(line_) + ")");
    }
    f.key = key;
    f.first = false;
    expect(':');
    return true;
}

void JsonReader::beginArray() {
    if (frames_.size() >= static_cast<size_t>(kMaxJsonDepth)) fail("nested too deeply");
    expect('[');
    Frame f;
    f.array = true;
    frames_.push_back(std::move(f));
}

bool JsonReader::nextElement() {
    Frame& f = frames_.back();
    skipSpace();
    if (peekChar() == ']') {
        ++pos_;
        frames_.pop_back();
        return false;
    }
    if (!f.first) {
        expect(',');
        ++f.index;
        skipSpace();
        if (peekChar() == ']') fail("a trailing ',' before ']'");
    }
    f.first = false;
    return true;
}

void JsonReader::readValue(JsonValue& out) { readInto(out, static_cast<int>(frames_.size())); }

void JsonReader::skipValue() {
    JsonValue scratch;
    readValue(scratch);
}

void JsonReader::finish() {
    skipSpace();
    if (peekChar() != -1) fail("text after the end of the JSON value");
}

void JsonReader::readInto(JsonValue& out, int depth) {
    out = JsonValue{};
    switch (peek()) {
    case Token::End: fail("the text ends where a value was expected");
    case Token::Null:
        readLiteral("null");
        return;
    case Token::Bool:
        out.type = JsonValue::Type::Bool;
        if (peekChar() == 't') {
            readLiteral("true");
            out.boolean = true;
        } else {
            readLiteral("false");
        }
        return;
    case Token::String:
        out.type = JsonValue::Type::String;
        readString(out.text);
        return;
    case Token::Number:
        readNumber(out);
        return;
    case Token::Array: {
        if (depth >= kMaxJsonDepth) fail("nested more than " + std::to_string(kMaxJsonDepth) + " levels deep");
        out.type = JsonValue::Type::Array;
        beginArray();
        while (nextElement()) {
            out.items.emplace_back();
            readInto(out.items.back(), depth + 1);
        }
        return;
    }
    case Token::Object: {
        if (depth >= kMaxJsonDepth) fail("nested more than " + std::to_string(kMaxJsonDepth) + " levels deep");
        out.type = JsonValue::Type::Object;
        beginObject();
        std::string key;
        while (nextMember(key)) {
            out.keys.push_back(key);
            out.values.emplace_back();
            readInto(out.values.back(), depth + 1);
        }
        return;
    }
    }
}

void JsonReader::readLiteral(const char* word) {
    for (const char* w = word; *w; ++w)
        if (const int c = get(); c != *w) {
            if (c >= 0 && pos_ > 0) --pos_;
            fail("unexpected text where a value was expected");
        }
}

void JsonReader::readNumber(JsonValue& out) {
    std::string& t = out.text;
    t.clear();
    auto digits = [&] {
        size_t n = 0;
        for (int c; (c = peekChar()) >= '0' && c <= '9'; ++n) t += static_cast<char>(get());
        return n;
    };
    if (peekChar() == '-') t += static_cast<char>(get());
    const int first = peekChar();
    if (first < '0' || first > '9') fail("unexpected character where a value was expected");
    if (first == '0') {
        t += static_cast<char>(get());
        const int next = peekChar();
        if (next >= '0' && next <= '9') fail("a number with a leading zero");
    } else {
        digits();
    }
    bool integral = true;
    if (peekChar() == '.') {
        integral = false;
        t += static_cast<char>(get());
        if (digits() == 0) fail("a number with no digits after '.'");
    }
    if (peekChar() == 'e' || peekChar() == 'E') {
        integral = false;
        t += static_cast<char>(get());
        if (peekChar() == '+' || peekChar() == '-') t += static_cast<char>(get());
        if (digits() == 0) fail("a number with no digits in its exponent");
    }
    const char* begin = t.data();
    const char* end = t.data() + t.size();
    if (integral) {
        auto r = std::from_chars(begin, end, out.integer);
        if (r.ec == std::errc() && r.ptr == end) {
            out.type = JsonValue::Type::Integer;
            out.number = static_cast<double>(out.integer);
            return;
        }
    }
    out.type = JsonValue::Type::Number;
    out.number = std::strtod(t.c_str(), nullptr);
}

void JsonReader::appendUtf8(std::string& out, unsigned code) {
    if (code < 0x80) {
        out += static_cast<char>(code);
    } else if (code < 0x800) {
        out += static_cast<char>(0xC0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
        out += static_cast<char>(0xE0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (code >> 18));
        out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    }
}

void JsonReader::readString(std::string& out) {
    out.clear();
    get();  // the opening quote
    auto hex4 = [&]() -> unsigned {
        unsigned v = 0;
        for (int i = 0; i < 4; ++i) {
            const int c = get();
            v <<= 4;
            if (c >= '0' && c <= '9') v |= unsigned(c - '0');
            else if (c >= 'a' && c <= 'f') v |= unsigned(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F') v |= unsigned(c - 'A' + 10);
            else fail("a \\u escape needs four hex digits");
        }
        return v;
    };
    for (;;) {
        // Copy the plain run in one go: most of a document is plain text.
        if (pos_ >= text_.size() && !refill()) fail("a string that never ends");
        size_t run = pos_;
        while (run < text_.size()) {
            const unsigned char c = static_cast<unsigned char>(text_[run]);
            if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80) break;
            ++run;
        }
        out.append(text_.data() + pos_, run - pos_);
        pos_ = run;
        if (pos_ >= text_.size()) continue;
        const int c = get();
        if (c == '"') return;
        if (c < 0x20) {
            if (pos_ > 0) --pos_;
            fail("a control character inside a string (write it as an escape such as \\n)");
        }
        if (c >= 0x80) {
            // Exactly one well-formed UTF-8 sequence (no overlongs, no surrogates).
            int extra;
            unsigned code;
            if (c >= 0xC2 && c <= 0xDF) extra = 1, code = unsigned(c & 0x1F);
            else if (c >= 0xE0 && c <= 0xEF) extra = 2, code = unsigned(c & 0x0F);
            else if (c >= 0xF0 && c <= 0xF4) extra = 3, code = unsigned(c & 0x07);
            else fail("text that is not UTF-8");
            std::string bytes(1, static_cast<char>(c));
            for (int i = 0; i < extra; ++i) {
                const int k = get();
                if (k < 0x80 || k > 0xBF) fail("text that is not UTF-8");
                code = (code << 6) | unsigned(k & 0x3F);
                bytes += static_cast<char>(k);
            }
            if ((extra == 2 && (code < 0x800 || (code >= 0xD800 && code <= 0xDFFF))) ||
                (extra == 3 && (code < 0x10000 || code > 0x10FFFF)))
                fail("text that is not UTF-8");
            out += bytes;
            continue;
        }
        // A backslash escape.
        const int e = get();
        switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
            unsigned code = hex4();
            if (code >= 0xD800 && code <= 0xDBFF) {
                if (get() != '\\' || get() != 'u') fail("a lone UTF-16 surrogate in a \\u escape");
                const unsigned low = hex4();
                if (low < 0xDC00 || low > 0xDFFF) fail("a lone UTF-16 surrogate in a \\u escape");
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
            } else if (code >= 0xDC00 && code <= 0xDFFF) {
                fail("a lone UTF-16 surrogate in a \\u escape");
            }
            appendUtf8(out, code);
            break;
        }
        default: fail("an unknown escape in a string");
        }
    }
}

JsonValue parseJson(std::string_view text) {
    JsonReader reader(text);
    JsonValue v;
    reader.readValue(v);
    reader.finish();
    return v;
}

}  // namespace findings
