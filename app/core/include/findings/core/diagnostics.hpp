// Structured diagnostics: what went wrong or is worth knowing, where, and how badly.
// Plugins report through the host table; the host and CLI report the same way, so every
// problem reaches the user in one shape: `FILE:LOCATION: severity: message`.
#pragma once

#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace findings::core {

enum class Severity { Info, Warning, Error };

/// "info", "warning" or "error".
const char* severityName(Severity s);

/// One diagnostic. Location fields are optional (empty / -1).
struct Diagnostic {
    std::string file;
    std::int64_t line = -1;
    std::string sheet;
    std::int64_t row = -1;
    std::int64_t column = -1;
    std::int64_t page = -1;
    std::string path; ///< JSON path for validation problems, e.g. "$.findings[3].source"
    Severity severity = Severity::Error;
    std::string code; ///< short stable identifier, e.g. "no-importer"
    std::string message;

    /// The location part alone: "12", "Tracker!C5", "page 3", "$.findings[2]" or "".
    std::string locationText() const;
    /// `FILE:LOCATION: severity: message` (parts that are absent are left out).
    std::string format() const;
};

/// Spreadsheet-style cell name: column 3, row 5 -> "C5".
std::string cellName(std::int64_t row, std::int64_t column);

/// `text` made safe to print on a terminal: control characters (ESC, CR, BEL, C1 controls
/// and the rest), Unicode direction overrides and bytes that are not UTF-8 are shown as
/// escapes (\x1b, \r, \u202e), so a file named with an escape sequence cannot rewrite the
/// screen or hide part of a message. Every line printed for a person goes through it.
std::string terminalSafe(std::string_view text);

/// A thread-safe list of diagnostics, in the order reported.
class DiagnosticList {
public:
    void add(Diagnostic d);
    std::vector<Diagnostic> all() const;
    size_t errorCount() const;
    size_t size() const;
    /// Hands every diagnostic added from now on to `forward` instead of keeping it: an
    /// import worker sends each one to the host as it is reported.
    void forwardTo(std::function<void(const Diagnostic&)> forward);

private:
    mutable std::mutex mutex_;
    std::vector<Diagnostic> items_;
    std::function<void(const Diagnostic&)> forward_;
};

/// Writes diagnostics as a JSON array (for `--report FILE.json`).
std::string diagnosticsToJson(const std::vector<Diagnostic>& diagnostics);

}  // namespace findings::core
