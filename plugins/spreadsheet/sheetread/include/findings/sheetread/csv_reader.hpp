// Streaming CSV reader (RFC 4180 plus what Excel writes): quoted fields with embedded
// newlines and doubled quotes, delimiter sniffing, UTF-8/UTF-16/Windows-1252 input. Files of
// any size are read in chunks; only the record being parsed is held.
#pragma once

#include <findings/text/encoding.hpp>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

namespace findings::sheetread {

/// How to read a CSV file.
struct CsvOptions {
    /// Field delimiter; 0 sniffs comma, semicolon, tab or pipe from the first 64 KiB (a first
    /// line "sep=;" as Excel writes it also decides, and is not delivered as a record).
    char delimiter = 0;
    /// Input encoding; nullopt detects it (BOM, UTF-8 validity, else Windows-1252).
    std::optional<text::Encoding> encoding;
    /// Longest field in bytes of UTF-8; a record with a longer one is reported, not delivered.
    size_t maxFieldBytes = 1 << 20;
    /// Most fields in one record; a record with more is reported, not delivered.
    size_t maxFieldsPerRecord = 16384;
    /// Longest record in bytes; a longer one (usually a quote never closed) stops the read
    /// with SheetReadError (LimitExceeded), since the rest of the file cannot be trusted.
    size_t maxRecordBytes = 64 << 20;
    /// Most bytes read from the input in all: past it the read stops with SheetReadError
    /// (LimitExceeded), so an input that never ends (a device, a growing file) cannot run
    /// for ever. 4 GiB by default, twice the largest tracker export seen.
    uint64_t maxTotalBytes = uint64_t{4} << 30;
    /// Bytes read from the input at a time.
    size_t chunkBytes = 1 << 20;
};

/// The format a file was read with, decided before the first record.
struct CsvFormat {
    char delimiter = ',';                           ///< the field delimiter in use
    text::Encoding encoding = text::Encoding::Utf8; ///< the input's encoding
    bool hadBom = false;                            ///< a byte-order mark was skipped
    std::string delimiterReason; ///< "sniffed: 11 per line on 48 of 50 lines", "sep= line", "given"
    std::string encodingReason;  ///< from text::StreamDecoder::reason()
};

/// One record. Field views are valid only during the callback.
struct CsvRecord {
    uint64_t number = 0;   ///< 1-based record number (a "sep=" line is not counted)
    uint64_t line = 0;     ///< 1-based physical line where the record starts
    const std::string_view* fields = nullptr; ///< the fields, unquoted and unescaped
    size_t fieldCount = 0; ///< at least 1 (a blank line is one empty field)
    /// Field `i` (< fieldCount).
    std::string_view operator[](size_t i) const { return fields[i]; }
    /// True when every field is empty (blank lines, ",,,,"). Callers usually skip these.
    bool allFieldsEmpty() const;
};

/// Something wrong with a record. Records with field or count caps exceeded are not
/// delivered; records with lesser faults (a stray character after a closing quote, a quote
/// never closed at the end of the file) are delivered after the problem is reported.
struct CsvProblem {
    uint64_t record = 0;        ///< 1-based record number
    uint64_t line = 0;          ///< 1-based line where the record starts
    bool recordDelivered = false;
    std::string message;        ///< the cause: "field 3 is longer than 1048576 bytes"
};

/// Receives records in file order. Ragged rows (field counts that differ from the header's)
/// are for the caller to judge: the header is not always the first record, so each record
/// carries its own field count and line.
class CsvHandler {
public:
    virtual ~CsvHandler() = default;
    /// Called once, before the first record, with the format in use.
    virtual void onFormat(const CsvFormat& format) { (void)format; }
    /// Called for each record. Return false to stop.
    virtual bool onRecord(const CsvRecord& record) = 0;
    /// Called for each problem. Return false to stop.
    virtual bool onProblem(const CsvProblem& problem) = 0;
};

/// Totals of a read.
struct CsvSummary {
    CsvFormat format;          ///< the format the file was read with
    uint64_t records = 0;      ///< records delivered
    uint64_t problems = 0;     ///< problems reported
    uint64_t lines = 0;        ///< physical lines read
    uint64_t bytes = 0;        ///< input bytes read
    bool stoppedByHandler = false;
};

/// Reads the next bytes of the input into `buffer` (at most `size`); returns the count, 0 at
/// the end. Throw to report a read error.
using CsvByteReader = std::function<size_t(char* buffer, size_t size)>;

/// Reads CSV from `read`; `name` is used in error messages. Throws text::TextDecodeError for
/// binary input, SheetReadError (Io) when the input cannot be read, SheetReadError
/// (LimitExceeded) for a record longer than maxRecordBytes.
CsvSummary readCsv(const CsvByteReader& read, const std::string& name, CsvHandler& handler,
                   const CsvOptions& options = {});
/// Reads the file at `path`.
CsvSummary readCsvFile(const std::string& path, CsvHandler& handler, const CsvOptions& options = {});
/// Reads `in` to its end.
CsvSummary readCsvStream(std::istream& in, const std::string& name, CsvHandler& handler,
                         const CsvOptions& options = {});

/// Picks the delimiter of CSV `text` (its first lines): the candidate among , ; \t | with
/// the same non-zero count outside quotes on the most lines. Sets `reason` for people.
char sniffDelimiter(std::string_view text, std::string& reason);

}  // namespace findings::sheetread
