// findings/sdk/services.hpp — C++ wrappers over what the host lends a plugin during a call:
// diagnostics, progress and the 1.1 services (status words, the input's SHA-256, classify)
// (Host), options (Options), the input (Input), the record sink
// (Sink), the read-only findings view (View) and the output stream (Output).
//
// All wrappers borrow the host's C tables and are valid only during the call that received
// them. Errors are reported by throwing findings::Error; the trampolines in entry.hpp turn it
// into a status code and a diagnostic, so nothing is thrown across the C boundary.
#pragma once

#include <findings/plugin.h>
#include <findings/sdk/convert.hpp>
#include <findings/sdk/records.hpp>

#include <cstdint>
#include <cstdlib>
#include <stdexcept>
#include <streambuf>
#include <string>
#include <string_view>
#include <vector>

namespace findings {

/// An error a plugin reports by throwing: a status and a sentence for people.
/// The trampolines log the message as an error diagnostic and return the status.
class Error : public std::runtime_error {
public:
    Error(fnd_status status, const std::string& message)
        : std::runtime_error(message), status_(status) {}
    fnd_status status() const noexcept { return status_; }

private:
    fnd_status status_;
};

/// Thrown by Sink when the host asked the import to stop; the trampoline returns
/// FND_ERR_STOPPED without logging an error.
class StopRequested : public std::exception {
public:
    const char* what() const noexcept override { return "the host asked the import to stop"; }
};

/// Where a diagnostic points; every field optional.
struct DiagLocation {
    std::int64_t line = kNone;
    std::string sheet;
    std::int64_t row = kNone;
    std::int64_t column = kNone;
    std::int64_t page = kNone;
};

/// What the host's classifier said about one text (Host::classify).
struct TextClassification {
    std::vector<std::string> themes; ///< theme ids, strongest evidence first
    std::string polarity;            ///< "strength", "weakness", "mixed" or "neutral"
    double confidence = 0.0;         ///< 0..1
};

/// The host's services for the current call.
class Host {
public:
    explicit Host(const fnd_host* c) : c_(c) {}

    /// Reports a diagnostic; `code` is a short stable identifier such as "ragged-row".
    void log(fnd_severity severity, std::string_view code, std::string_view message,
             const DiagLocation* where = nullptr) const {
        if (!c_ || !c_->log) return;
        if (where) {
            fnd_diag_location loc{sizeof(fnd_diag_location), where->line, toC(where->sheet),
                                  where->row, where->column, where->page};
            c_->log(c_->ctx, severity, toC(code), toC(message), &loc);
        } else {
            c_->log(c_->ctx, severity, toC(code), toC(message), nullptr);
        }
    }
    /// Shorthands for log().
    void info(std::string_view code, std::string_view message) const {
        log(FND_SEV_INFO, code, message);
    }
    void warning(std::string_view code, std::string_view message,
                 const DiagLocation* where = nullptr) const {
        log(FND_SEV_WARNING, code, message, where);
    }
    void error(std::string_view code, std::string_view message,
               const DiagLocation* where = nullptr) const {
        log(FND_SEV_ERROR, code, message, where);
    }

    /// Reports progress: `fraction` in 0..1, negative when unknown.
    void progress(double fraction, std::string_view what = {}) const {
        if (c_ && c_->progress) c_->progress(c_->ctx, fraction, toC(what));
    }
    /// True once the user asked to cancel.
    bool cancelled() const { return c_ && c_->is_cancelled && c_->is_cancelled(c_->ctx) != 0; }
    /// Throws Error(FND_ERR_CANCELLED) when the user asked to cancel; call in long loops.
    void throwIfCancelled() const {
        if (cancelled()) throw Error(FND_ERR_CANCELLED, "cancelled");
    }
    /// Folder the plugin was loaded from (for data files shipped beside it).
    std::string pluginDir() const { return c_ ? toString(c_->plugin_dir) : std::string(); }
    /// The user's data folder, for user overrides of shipped data.
    std::string userDataDir() const { return c_ ? toString(c_->user_data_dir) : std::string(); }
    /// Words for a status: the host's (which knows codes newer than this header) when it
    /// offers them, else this header's table (fnd_status_words).
    std::string statusText(fnd_status status) const {
        if (c_ && FND_HAS_FIELD(c_, fnd_host, status_text) && c_->status_text)
            return toString(c_->status_text(c_->ctx, status));
        return fnd_status_words(status);
    }
    /// The input's SHA-256 (64 lower-case hex digits) as the host computed it, or "" when the
    /// host does not offer it (a 1.0 host, an export call) or could not read the file: then
    /// hash the input yourself. Reads the whole file the first time; call it from import.
    std::string inputSha256() const {
        if (!c_ || !FND_HAS_FIELD(c_, fnd_host, input_sha256) || !c_->input_sha256) return {};
        return toString(c_->input_sha256(c_->ctx));
    }
    /// True when the host classifies texts with the user's taxonomy (1.1 hosts with one).
    bool offersClassify() const {
        return c_ && FND_HAS_FIELD(c_, fnd_host, classify) && c_->classify;
    }
    /// The host's themes and polarity for `text`. Call only when offersClassify(); throws
    /// Error with the host's status when its taxonomy cannot be loaded (the host has logged
    /// the cause).
    TextClassification classify(std::string_view text) const {
        fnd_classification out{};
        out.struct_size = sizeof out;
        out.confidence = 0.0;
        const fnd_status status = c_->classify(c_->ctx, toC(text), &out);
        if (status != FND_OK)
            throw Error(status, "the host could not classify: " + statusText(status));
        TextClassification result;
        for (size_t i = 0; out.themes && i < out.theme_count; ++i)
            result.themes.push_back(toString(out.themes[i]));
        result.polarity = toString(out.polarity);
        result.confidence = out.confidence;
        return result;
    }
    /// The host's SDK version (FND_SDK_VERSION layout).
    uint32_t sdkVersion() const { return c_ ? c_->sdk_version : 0; }
    /// The C table, for code that needs it directly.
    const fnd_host* c() const { return c_; }

private:
    const fnd_host* c_;
};

/// The options passed to this call.
class Options {
public:
    explicit Options(const fnd_options* c) {
        if (!c || !c->items) return;
        for (size_t i = 0; i < c->count; ++i)
            items_.emplace_back(toString(c->items[i].key), toString(c->items[i].value));
    }
    Options() = default;

    /// True when the option was given.
    bool has(std::string_view name) const { return findProperty(items_, name) != nullptr; }
    /// The option's value, or `fallback` when not given.
    std::string get(std::string_view name, std::string_view fallback = {}) const {
        const std::string* v = findProperty(items_, name);
        return v ? *v : std::string(fallback);
    }
    /// A boolean option: true/yes/1/on and false/no/0/off; throws Error(FND_ERR_BAD_OPTION).
    bool getBool(std::string_view name, bool fallback) const {
        const std::string* v = findProperty(items_, name);
        if (!v) return fallback;
        if (*v == "true" || *v == "yes" || *v == "1" || *v == "on") return true;
        if (*v == "false" || *v == "no" || *v == "0" || *v == "off") return false;
        throw Error(FND_ERR_BAD_OPTION,
                    "option " + std::string(name) + " wants true or false, not '" + *v + "'");
    }
    /// An integer option; throws Error(FND_ERR_BAD_OPTION) when not a whole number.
    long long getInt(std::string_view name, long long fallback) const {
        const std::string* v = findProperty(items_, name);
        if (!v) return fallback;
        char* end = nullptr;
        long long n = std::strtoll(v->c_str(), &end, 10);
        if (v->empty() || *end != '\0')
            throw Error(FND_ERR_BAD_OPTION,
                        "option " + std::string(name) + " wants a whole number, not '" + *v + "'");
        return n;
    }
    /// Every option whose name starts with `prefix` (e.g. "map."), prefix removed.
    Properties withPrefix(std::string_view prefix) const {
        Properties out;
        for (const auto& [k, v] : items_)
            if (k.size() > prefix.size() && k.compare(0, prefix.size(), prefix) == 0)
                out.emplace_back(k.substr(prefix.size()), v);
        return out;
    }
    /// All options in the order given.
    const Properties& items() const { return items_; }

private:
    Properties items_;
};

/// The input being imported.
class Input {
public:
    explicit Input(const fnd_input* c) : c_(c) {}

    /// The input's path as the user named it.
    std::string path() const { return toString(c_->path); }
    /// Reads up to `size` bytes; returns the count (0 at end); throws Error(FND_ERR_IO).
    size_t read(void* buffer, size_t size) const {
        int64_t n = c_->read(c_->ctx, buffer, size);
        if (n < 0) throw Error(FND_ERR_IO, "cannot read " + path());
        return static_cast<size_t>(n);
    }
    /// Moves the read position (whence 0/1/2 as fseek); throws Error(FND_ERR_IO).
    int64_t seek(int64_t offset, int whence) const {
        int64_t pos = c_->seek ? c_->seek(c_->ctx, offset, whence) : -1;
        if (pos < 0) throw Error(FND_ERR_IO, "cannot seek in " + path());
        return pos;
    }
    /// Total size, or -1 when unknown.
    int64_t size() const { return c_->size ? c_->size(c_->ctx) : -1; }
    /// Reads everything from the current position; throws Error(FND_ERR_LIMIT) past `limit`
    /// bytes so a huge input cannot exhaust memory.
    std::string readAll(size_t limit) const {
        std::string out;
        const int64_t total = size();
        if (total > 0 && static_cast<uint64_t>(total) > limit) tooLarge(limit);
        if (total > 0) out.reserve(static_cast<size_t>(total));
        char buffer[65536];
        for (;;) {
            size_t n = read(buffer, sizeof buffer);
            if (n == 0) break;
            if (out.size() + n > limit) tooLarge(limit);
            out.append(buffer, n);
        }
        return out;
    }
    /// The C table, for code that needs it directly.
    const fnd_input* c() const { return c_; }

private:
    [[noreturn]] void tooLarge(size_t limit) const {
        throw Error(FND_ERR_LIMIT, path() + " is larger than this importer's limit of " +
                                       std::to_string(limit / (1024 * 1024)) + " MiB");
    }
    const fnd_input* c_;
};

/// A std::streambuf over an Input, so an importer can hand the input to std::istream-based
/// readers (Poco's zip and XML readers among them). Supports seeking.
class InputStreamBuf : public std::streambuf {
public:
    explicit InputStreamBuf(const Input& input) : input_(input) {}

protected:
    int_type underflow() override {
        if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
        int64_t n = input_.c()->read(input_.c()->ctx, buffer_, sizeof buffer_);
        if (n <= 0) return traits_type::eof();
        setg(buffer_, buffer_, buffer_ + n);
        return traits_type::to_int_type(*gptr());
    }
    pos_type seekoff(off_type off, std::ios_base::seekdir dir,
                     std::ios_base::openmode) override {
        if (!input_.c()->seek) return pos_type(off_type(-1));
        if (dir == std::ios_base::cur) off -= static_cast<off_type>(egptr() - gptr());
        int whence = dir == std::ios_base::beg ? 0 : dir == std::ios_base::cur ? 1 : 2;
        int64_t pos = input_.c()->seek(input_.c()->ctx, off, whence);
        setg(buffer_, buffer_, buffer_);
        return pos < 0 ? pos_type(off_type(-1)) : pos_type(pos);
    }
    pos_type seekpos(pos_type pos, std::ios_base::openmode mode) override {
        return seekoff(off_type(pos), std::ios_base::beg, mode);
    }

private:
    const Input& input_;
    char buffer_[65536];
};

/// Where an importer streams records. Each emit copies the record on the host side.
class Sink {
public:
    explicit Sink(const fnd_sink* c) : c_(c) {}

    /// Emits a source; throws StopRequested when the host asks to stop.
    void emit(const Source& source) const {
        CSource c(source);
        if (c_->source(c_->ctx, c.get()) != 0) throw StopRequested();
    }
    /// Emits a finding; throws StopRequested when the host asks to stop.
    void emit(const Finding& finding) const {
        CFinding c(finding);
        if (c_->finding(c_->ctx, c.get()) != 0) throw StopRequested();
    }

private:
    const fnd_sink* c_;
};

/// Where a document_text call writes the document's text (fnd_text_out).
class TextOut {
public:
    explicit TextOut(const fnd_text_out* c) : c_(c) {}

    /// Appends UTF-8 text; throws StopRequested when the host asks to stop.
    void write(std::string_view text) const {
        if (!text.empty() && c_->write(c_->ctx, toC(text)) != 0) throw StopRequested();
    }

private:
    const fnd_text_out* c_;
};

/// Where a preview call reports what it read (fnd_preview_out).
class PreviewOut {
public:
    explicit PreviewOut(const fnd_preview_out* c) : c_(c) {}

    /// The table read: its sheet ("" for a file without sheets), how many sheets an import
    /// would read, and the 1-based header row (FND_NONE when none was found).
    void table(std::string_view sheet, size_t sheetCount, int64_t headerRow) const {
        c_->table(c_->ctx, toC(sheet), sheetCount, headerRow);
    }
    /// One row, its cells by column from column 1; false when the host wants no more rows.
    bool row(int64_t row, const std::vector<std::string>& cells) const {
        std::vector<fnd_str> c;
        c.reserve(cells.size());
        for (const std::string& cell : cells) c.push_back(toC(cell));
        return c_->row(c_->ctx, row, c.data(), c.size()) == 0;
    }
    /// A field a column can fill, with the heading of the column chosen ("" for none).
    void field(std::string_view field, std::string_view label, std::string_view columnHeader) const {
        c_->field(c_->ctx, toC(field), toC(label), toC(columnHeader));
    }

private:
    const fnd_preview_out* c_;
};

/// The read-only findings set an exporter writes.
class View {
public:
    explicit View(const fnd_view* c) : c_(c) {}

    size_t sourceCount() const { return c_->source_count(c_->ctx); }
    size_t findingCount() const { return c_->finding_count(c_->ctx); }
    /// Copies source `index` into a C++ value.
    Source source(size_t index) const {
        fnd_source s{};
        s.struct_size = sizeof s;
        check(c_->get_source(c_->ctx, index, &s), index);
        return fromC(s);
    }
    /// Copies finding `index` into a C++ value.
    Finding finding(size_t index) const {
        fnd_finding f{};
        f.struct_size = sizeof f;
        check(c_->get_finding(c_->ctx, index, &f), index);
        return fromC(f);
    }
    /// Index of the source with this id, or -1.
    int64_t findSource(std::string_view id) const { return c_->find_source(c_->ctx, toC(id)); }
    /// The label of a theme id (the id itself when the host does not know it).
    std::string themeLabel(std::string_view id) const {
        if (!FND_HAS_FIELD(c_, fnd_view, theme_label) || !c_->theme_label) return std::string(id);
        return toString(c_->theme_label(c_->ctx, toC(id)));
    }
    /// The C table, for code that wants zero-copy access.
    const fnd_view* c() const { return c_; }

private:
    static void check(fnd_status status, size_t index) {
        if (status != FND_OK)
            throw Error(FND_ERR_INTERNAL, "the host has no record " + std::to_string(index));
    }
    const fnd_view* c_;
};

/// The stream an exporter writes to.
class Output {
public:
    explicit Output(const fnd_output* c) : c_(c) {}

    /// The final target path (for titles and messages only: write through write()).
    std::string path() const { return toString(c_->path); }
    /// A folder for scratch files.
    std::string tempDir() const { return toString(c_->temp_dir); }
    /// Appends bytes; throws Error(FND_ERR_IO) on failure.
    void write(const void* data, size_t size) const {
        if (size && c_->write(c_->ctx, data, size) != 0)
            throw Error(FND_ERR_IO, "cannot write " + path());
    }
    void write(std::string_view text) const { write(text.data(), text.size()); }

private:
    const fnd_output* c_;
};

/// A std::streambuf that buffers and forwards to an Output, so exporters can use std::ostream.
class OutputStreamBuf : public std::streambuf {
public:
    explicit OutputStreamBuf(const Output& output) : output_(output) {
        setp(buffer_, buffer_ + sizeof buffer_);
    }
    ~OutputStreamBuf() override = default;

protected:
    int_type overflow(int_type ch) override {
        if (flushBuffer() != 0) return traits_type::eof();
        if (!traits_type::eq_int_type(ch, traits_type::eof())) {
            *pptr() = traits_type::to_char_type(ch);
            pbump(1);
        }
        return traits_type::not_eof(ch);
    }
    int sync() override { return flushBuffer(); }

private:
    int flushBuffer() {
        const auto n = static_cast<size_t>(pptr() - pbase());
        if (n) output_.write(pbase(), n);  // throws Error on failure
        setp(buffer_, buffer_ + sizeof buffer_);
        return 0;
    }
    const Output& output_;
    char buffer_[65536];
};

}  // namespace findings
