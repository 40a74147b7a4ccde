// The CSV state machine works on decoded UTF-8 in one growing buffer. A record cut by the
// end of the buffer is parsed again from its start once more text has arrived, so the
// parser never has to suspend mid-field.
#include <findings/sheetread/csv_reader.hpp>
#include <findings/sheetread/sheet_error.hpp>
#include <findings/text/stream_decoder.hpp>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <istream>
#include <memory>
#include <vector>

namespace findings::sheetread {

namespace {

constexpr size_t kSniffBytes = 64 * 1024;

/// Where a field's text is: in the text buffer, or in the unescaping arena.
struct FieldRef {
    bool inArena;
    size_t offset, length;
};

class CsvParser {
public:
    CsvParser(const CsvByteReader& read, const std::string& name, CsvHandler& handler, const CsvOptions& options)
        : read_(read), name_(name), handler_(handler), opt_(options),
          decoder_(options.encoding ? text::StreamDecoder(*options.encoding, name) : text::StreamDecoder(name)),
          raw_(std::max<size_t>(options.chunkBytes, 4096)) {}

    CsvSummary run() {
        while (!eof_ && (!decoder_.decided() || text_.size() < kSniffBytes)) pump();
        decideFormat();
        for (;;) {
            const size_t start = pos_;
            const Result r = parseRecord(eof_);
            if (r == Result::NeedMore) {
                text_.erase(0, pos_);
                pos_ = 0;
                if (text_.size() > opt_.maxRecordBytes) recordTooLong();
                pump();
                continue;
            }
            if (r == Result::End) break;
            if (pos_ - start > opt_.maxRecordBytes) recordTooLong();
            if (!deliver()) break;
        }
        summary_.format = format_;
        summary_.lines = line_ - 1 + (endedWithoutNewline_ ? 1 : 0);
        return summary_;
    }

private:
    enum class Result { Record, NeedMore, End };

    [[noreturn]] void recordTooLong() const {
        throw SheetReadError(SheetErrorKind::LimitExceeded, name_, "",
                             "record starting at line " + std::to_string(line_) + " is longer than " +
                                 std::to_string(opt_.maxRecordBytes) + " bytes (a quote never closed?)");
    }

    /// Reads and decodes the next chunk into text_.
    void pump() {
        if (eof_) return;
        const size_t n = read_(raw_.data(), raw_.size());
        summary_.bytes += n;
        if (summary_.bytes > opt_.maxTotalBytes)
            throw SheetReadError(SheetErrorKind::LimitExceeded, name_, "",
                                 "more than " + std::to_string(opt_.maxTotalBytes >> 20) +
                                     " MB of CSV, the most this reader takes from one file");
        if (n == 0) {
            decoder_.finish(text_);
            eof_ = true;
        } else {
            decoder_.feed(std::string_view(raw_.data(), n), text_);
        }
    }

    /// Text that still has NUL characters once decoded was guessed wrongly: UTF-32 (whose
    /// byte order mark starts like UTF-16's) or an encoding this reader does not know. Cells
    /// of NULs would only make a "no header row" error that hides the cause.
    void refuseNulCharacters() const {
        const size_t nul = std::string_view(text_).substr(0, kSniffBytes).find('\0');
        if (nul == std::string::npos) return;
        const bool utf16Bom = format_.hadBom && (format_.encoding == text::Encoding::Utf16LE ||
                                                 format_.encoding == text::Encoding::Utf16BE);
        if (utf16Bom && nul == 0)
            throw SheetReadError(SheetErrorKind::UnknownEncoding, name_, "",
                                 "UTF-32 text (its byte order mark), which is not read: save it as UTF-8 "
                                 "or UTF-16");
        throw SheetReadError(SheetErrorKind::UnknownEncoding, name_, "",
                             std::string("unknown text encoding: NUL characters remain after decoding as ") +
                                 text::encodingName(format_.encoding) +
                                 "; save it as UTF-8, UTF-16 or Windows-1252 (or give option encoding=)");
    }

    void decideFormat() {
        format_.encoding = decoder_.encoding();
        format_.encodingReason = decoder_.reason();
        format_.hadBom = decoder_.hadBom();
        refuseNulCharacters();
        // Excel's "sep=;" first line names the delimiter and is not data.
        if (text_.size() >= 5 && text_.compare(0, 4, "sep=") == 0 &&
            (text_.size() == 5 || text_[5] == '\n' || text_[5] == '\r')) {
            format_.delimiter = text_[4];
            format_.delimiterReason = "sep= line";
            pos_ = 5;
            if (pos_ < text_.size() && text_[pos_] == '\r') ++pos_;
            if (pos_ < text_.size() && text_[pos_] == '\n') ++pos_;
            line_ = 2;
        } else if (opt_.delimiter) {
            format_.delimiter = opt_.delimiter;
            format_.delimiterReason = "given";
        } else {
            format_.delimiter = sniffDelimiter(std::string_view(text_).substr(0, kSniffBytes), format_.delimiterReason);
        }
        std::memset(special_, 0, sizeof special_);
        special_[static_cast<unsigned char>(format_.delimiter)] = true;
        special_[static_cast<unsigned char>('\n')] = true;
        special_[static_cast<unsigned char>('\r')] = true;
        handler_.onFormat(format_);
    }

    void note(std::string message) {
        if (problem_.empty()) problem_ = std::move(message);
    }

    Result parseRecord(bool atEof) {
        const char* const base = text_.data();
        const char* p = base + pos_;
        const char* const end = base + text_.size();
        if (p == end) return atEof ? Result::End : Result::NeedMore;
        const char delim = format_.delimiter;
        fields_.clear();
        arena_.clear();
        problem_.clear();
        fatal_ = false;
        newlines_ = 0;
        bool terminated = false;
        for (;;) {
            FieldRef field{false, size_t(p - base), 0};
            if (p < end && *p == '"') {
                const char* q = p + 1;
                bool unescaped = false;  // the field was copied to the arena
                size_t arenaStart = arena_.size();
                for (;;) {
                    const char* quote = static_cast<const char*>(std::memchr(q, '"', size_t(end - q)));
                    if (!quote) {
                        if (!atEof) return Result::NeedMore;
                        note("a quoted field is never closed");
                        if (unescaped) arena_.append(q, size_t(end - q));
                        newlines_ += size_t(std::count(q, end, '\n'));
                        field = unescaped ? FieldRef{true, arenaStart, arena_.size() - arenaStart}
                                          : FieldRef{false, size_t(p + 1 - base), size_t(end - p - 1)};
                        p = end;
                        break;
                    }
                    if (quote + 1 == end && !atEof) return Result::NeedMore;
                    newlines_ += size_t(std::count(q, quote, '\n'));
                    if (quote + 1 < end && quote[1] == '"') {  // "" stands for one quote
                        if (!unescaped) {
                            unescaped = true;
                            arenaStart = arena_.size();
                            arena_.append(p + 1, size_t(quote + 1 - (p + 1)));
                        } else {
                            arena_.append(q, size_t(quote + 1 - q));
                        }
                        q = quote + 2;
                        continue;
                    }
                    if (unescaped) arena_.append(q, size_t(quote - q));
                    field = unescaped ? FieldRef{true, arenaStart, arena_.size() - arenaStart}
                                      : FieldRef{false, size_t(p + 1 - base), size_t(quote - p - 1)};
                    p = quote + 1;
                    break;
                }
                if (p < end && !special_[static_cast<unsigned char>(*p)]) {
                    // Text after the closing quote: keep it, as Excel does, and say so.
                    const char* q2 = p;
                    while (q2 < end && !special_[static_cast<unsigned char>(*q2)]) ++q2;
                    if (q2 == end && !atEof) return Result::NeedMore;
                    if (!field.inArena) {
                        const size_t start = arena_.size();
                        arena_.append(base + field.offset, field.length);
                        field = FieldRef{true, start, field.length};
                    }
                    arena_.append(p, size_t(q2 - p));
                    field.length += size_t(q2 - p);
                    note("field " + std::to_string(fields_.size() + 1) + " has text after its closing quote");
                    p = q2;
                }
            } else {
                const char* q = p;
                while (q < end && !special_[static_cast<unsigned char>(*q)]) ++q;
                if (q == end && !atEof) return Result::NeedMore;
                field.length = size_t(q - p);
                p = q;
            }
            if (field.length > opt_.maxFieldBytes && !fatal_) {
                fatal_ = true;
                problem_ = "field " + std::to_string(fields_.size() + 1) + " is longer than " +
                           std::to_string(opt_.maxFieldBytes) + " bytes";
            }
            if (fields_.size() < opt_.maxFieldsPerRecord) {
                fields_.push_back(field);
            } else if (!fatal_) {
                fatal_ = true;
                problem_ = "more than " + std::to_string(opt_.maxFieldsPerRecord) + " fields";
            }
            if (p == end) break;  // end of input (atEof, or we returned NeedMore above)
            if (*p == delim) {
                ++p;
                if (p == end && !atEof) return Result::NeedMore;
                continue;
            }
            if (*p == '\r') {
                if (p + 1 == end && !atEof) return Result::NeedMore;
                ++p;
                if (p < end && *p == '\n') ++p;
            } else {
                ++p;  // '\n'
            }
            ++newlines_;
            terminated = true;
            break;
        }
        endedWithoutNewline_ = !terminated;
        pos_ = size_t(p - base);
        return Result::Record;
    }

    /// Hands the parsed record (or its problem) to the handler; false to stop.
    bool deliver() {
        const uint64_t line = line_;
        line_ += newlines_;
        ++recordNumber_;
        if (!problem_.empty()) {
            ++summary_.problems;
            CsvProblem problem{recordNumber_, line, !fatal_, problem_};
            if (!handler_.onProblem(problem)) return stop();
            if (fatal_) return true;
        }
        views_.clear();
        for (const FieldRef& f : fields_)
            views_.emplace_back((f.inArena ? arena_.data() : text_.data()) + f.offset, f.length);
        CsvRecord record;
        record.number = recordNumber_;
        record.line = line;
        record.fields = views_.data();
        record.fieldCount = views_.size();
        ++summary_.records;
        if (!handler_.onRecord(record)) return stop();
        return true;
    }

    bool stop() {
        summary_.stoppedByHandler = true;
        return false;
    }

    const CsvByteReader& read_;
    const std::string& name_;
    CsvHandler& handler_;
    const CsvOptions& opt_;
    text::StreamDecoder decoder_;
    std::vector<char> raw_;
    std::string text_;        ///< decoded text; [pos_, size) not yet parsed
    size_t pos_ = 0;
    bool eof_ = false;
    CsvFormat format_;
    bool special_[256] = {};
    CsvSummary summary_;

    std::vector<FieldRef> fields_;
    std::vector<std::string_view> views_;
    std::string arena_;       ///< fields that needed unescaping
    std::string problem_;
    bool fatal_ = false;      ///< the problem keeps the record from being delivered
    size_t newlines_ = 0;
    uint64_t line_ = 1, recordNumber_ = 0;
    bool endedWithoutNewline_ = false;
};

}  // namespace

bool CsvRecord::allFieldsEmpty() const {
    for (size_t i = 0; i < fieldCount; ++i)
        if (!fields[i].empty()) return false;
    return true;
}

CsvSummary readCsv(const CsvByteReader& read, const std::string& name, CsvHandler& handler, const CsvOptions& options) {
    CsvParser parser(read, name, handler, options);
    return parser.run();
}

CsvSummary readCsvFile(const std::string& path, CsvHandler& handler, const CsvOptions& options) {
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
    if (!file) throw SheetReadError(SheetErrorKind::Io, path, "", std::string("cannot open: ") + std::strerror(errno));
    const CsvByteReader read = [&](char* buffer, size_t size) {
        const size_t n = std::fread(buffer, 1, size, file.get());
        if (n == 0 && std::ferror(file.get()))
            throw SheetReadError(SheetErrorKind::Io, path, "", std::string("read failed: ") + std::strerror(errno));
        return n;
    };
    return readCsv(read, path, handler, options);
}

CsvSummary readCsvStream(std::istream& in, const std::string& name, CsvHandler& handler, const CsvOptions& options) {
    const CsvByteReader read = [&](char* buffer, size_t size) {
        in.read(buffer, std::streamsize(size));
        if (in.bad()) throw SheetReadError(SheetErrorKind::Io, name, "", "read failed on the input stream");
        return size_t(in.gcount());
    };
    return readCsv(read, name, handler, options);
}

}  // namespace findings::sheetread
