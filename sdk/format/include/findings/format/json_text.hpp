// A small, fast streaming JSON writer. The findings format is written with it, so it must
// escape correctly (control characters, quotes, backslashes) while passing all other UTF-8
// through untouched: curly quotes, en dashes and £ are kept as written, not \u-escaped.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace findings {

class JsonText {
public:
    /// `indent` > 0 pretty-prints with that many spaces per level.
    explicit JsonText(int indent = 0) : indent_(indent) {}

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    /// Writes an object key; the next value call supplies its value.
    void key(std::string_view k);

    void value(std::string_view s);
    void value(const char* s) { value(std::string_view(s)); }
    void value(const std::string& s) { value(std::string_view(s)); }
    void value(std::int64_t n);
    void value(int n) { value(static_cast<std::int64_t>(n)); }
    void value(double d);
    void value(bool b);
    void null();

    /// key + value.
    template <typename T>
    void field(std::string_view k, const T& v) {
        key(k);
        value(v);
    }

    /// Carries on inside an array that another writer opened `depth` levels deep (1 for a
    /// top-level array) and that already holds items unless `empty`: what this writer then
    /// writes, appended to that writer's text, continues it. Lets parts of one long array be
    /// written on several threads and joined in order.
    void continueArray(size_t depth, bool empty);

    /// Moves the text written so far out of the writer.
    std::string take() { return std::move(out_); }
    /// Writes the buffered text to `os` and clears the buffer (for very large documents).
    void flushTo(std::ostream& os);
    /// Bytes buffered and not yet flushed.
    size_t buffered() const { return out_.size(); }

private:
    void beforeValue();
    void newline();

    struct Level {
        bool array;
        bool empty;
    };
    std::string out_;
    std::vector<Level> stack_;
    bool after_key_ = false;
    int indent_;
};

/// Appends `s` to `out` as a JSON string literal, quotes included.
void appendJsonString(std::string& out, std::string_view s);

}  // namespace findings
