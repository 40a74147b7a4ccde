// The one strict JSON reader behind every command that reads JSON we did not write in this
// run: findings documents (validate, convert, import, merge, the desktop application), the
// schema, profiles and records. It is a pull parser over chunks, so a document of any size
// is read one record at a time, and it is strict where lenient parsers silently lose data:
// a key twice in one object is an error naming the key and its JSON path (a trailing
// "findings": [] would otherwise drop every finding), as are trailing commas, comments,
// leading zeros, raw control characters, invalid UTF-8, lone surrogates, text after the
// value and nesting deeper than kMaxJsonDepth.
#pragma once

#include <findings/format/findings_json.hpp>

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace findings {

/// A JSON value held in memory: one record, a schema, a profile. Objects keep their keys in
/// document order (keys[i] names values[i]).
struct JsonValue {
    enum class Type { Null, Bool, Integer, Number, String, Array, Object };
    Type type = Type::Null;
    bool boolean = false;
    std::int64_t integer = 0;    ///< for Integer (a number with no fraction or exponent that fits)
    double number = 0;           ///< for Integer and Number
    std::string text;            ///< for String; the number as written for Integer and Number
    std::vector<JsonValue> items;       ///< for Array
    std::vector<std::string> keys;      ///< for Object
    std::vector<JsonValue> values;      ///< for Object

    bool isNull() const { return type == Type::Null; }
    bool isString() const { return type == Type::String; }
    bool isObject() const { return type == Type::Object; }
    bool isArray() const { return type == Type::Array; }
    bool isNumber() const { return type == Type::Integer || type == Type::Number; }
    /// The member named `key`, or null when absent (or when this is not an object).
    const JsonValue* find(std::string_view key) const;
};

/// A JSON syntax error; the message says where (line, column and JSON path) and what.
class JsonSyntaxError : public FormatError {
public:
    using FormatError::FormatError;
};

/// Deeper nesting is refused rather than risking the stack.
inline constexpr int kMaxJsonDepth = 200;

class JsonReader {
public:
    /// Fills `buffer` with up to `size` bytes; returns the count, 0 at the end. Throws on a
    /// read error.
    using ReadFn = std::function<size_t(char* buffer, size_t size)>;

    explicit JsonReader(ReadFn read);
    /// Reads text held in memory (which must outlive the reader).
    explicit JsonReader(std::string_view text);

    enum class Token { Null, Bool, Number, String, Array, Object, End };
    /// The kind of the next value (skipping white space), without consuming it.
    Token peek();

    /// Consumes '{'. Then nextMember() until it returns false (at '}').
    void beginObject();
    /// Reads the next key of the innermost open object, or consumes '}' and returns false.
    /// Throws JsonSyntaxError when the key was already used in that object.
    bool nextMember(std::string& key);
    /// Consumes '['. Then nextElement() until it returns false (at ']').
    void beginArray();
    /// True when another element of the innermost open array follows (read it next);
    /// consumes ']' and returns false at the end.
    bool nextElement();

    /// Reads the next value whole, with the same checks.
    void readValue(JsonValue& out);
    /// Reads and discards the next value.
    void skipValue();
    /// Requires that only white space remains.
    void finish();

    /// The JSON path of the value being read: "$.findings[3]".
    std::string path() const;
    /// Throws JsonSyntaxError with `what` and the current position.
    [[noreturn]] void fail(const std::string& what) const;

private:
    struct Frame;
    int get();
    int peekChar();
    void skipSpace();
    void expect(char c);
    void readString(std::string& out);
    void readNumber(JsonValue& out);
    void readLiteral(const char* word);
    void readInto(JsonValue& out, int depth);
    void appendUtf8(std::string& out, unsigned code);
    bool refill();

    ReadFn read_;
    std::string_view text_;      ///< the bytes in hand
    std::vector<char> buffer_;   ///< backing store when reading chunks
    size_t pos_ = 0;
    std::uint64_t consumed_ = 0; ///< bytes before text_
    std::uint64_t line_ = 1;
    std::uint64_t lineStart_ = 0;
    bool eof_ = false;
    std::vector<Frame> frames_;
};

struct JsonReader::Frame {
    bool array = false;
    bool first = true;
    size_t index = 0;             ///< for arrays: the element being read
    std::string key;              ///< for objects: the member being read
    std::vector<std::string> seen;  ///< the object's keys so far, for duplicates
    std::unordered_set<std::string> many;  ///< the same once there are many (no quadratic scan)
    /// Adds `k`; false when it was there already.
    bool addKey(const std::string& k);
};

/// Parses one whole JSON text held in memory.
JsonValue parseJson(std::string_view text);

}  // namespace findings
