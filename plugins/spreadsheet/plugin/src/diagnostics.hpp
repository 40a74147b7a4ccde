// Diagnostics with a budget: the first few of each code are reported with their place, the
// rest counted and summed up at the end, so a sheet with 50,000 hidden rows reports them
// without drowning the user's log.
#pragma once

#include <findings/sdk.hpp>

#include <map>
#include <string>

namespace spreadsheet {

class Diagnostics {
public:
    /// Reports through `host`, at most `perCode` diagnostics of each code.
    explicit Diagnostics(const findings::Host& host, size_t perCode = 20) : host_(host), perCode_(perCode) {}

    /// Reports, unless this code has been reported `perCode` times already.
    void report(fnd_severity severity, const std::string& code, const std::string& message,
                const findings::DiagLocation* where = nullptr);
    void warning(const std::string& code, const std::string& message,
                 const findings::DiagLocation* where = nullptr) {
        report(FND_SEV_WARNING, code, message, where);
    }
    void info(const std::string& code, const std::string& message,
              const findings::DiagLocation* where = nullptr) {
        report(FND_SEV_INFO, code, message, where);
    }
    /// Reports how many of each code were not shown.
    void finish();

    const findings::Host& host() const { return host_; }

private:
    struct Count {
        size_t total = 0;
        fnd_severity severity = FND_SEV_INFO;
    };
    const findings::Host& host_;
    size_t perCode_;
    std::map<std::string, Count> counts_;
};

/// A diagnostic place: a sheet (may be empty) and a row; `line` for CSV.
findings::DiagLocation placeOf(const std::string& sheet, int64_t row, int64_t column = findings::kNone,
                               int64_t line = findings::kNone);

}  // namespace spreadsheet
