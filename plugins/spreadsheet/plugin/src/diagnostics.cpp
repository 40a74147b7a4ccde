#include "diagnostics.hpp"

namespace spreadsheet {

void Diagnostics::report(fnd_severity severity, const std::string& code, const std::string& message,
                         const findings::DiagLocation* where) {
    Count& c = counts_[code];
    c.severity = severity;
    if (++c.total > perCode_) return;
    host_.log(severity, code, message, where);
}

void Diagnostics::finish() {
    for (const auto& [code, c] : counts_)
        if (c.total > perCode_)
            host_.log(c.severity, code,
                      std::to_string(c.total - perCode_) + " more \"" + code +
                          "\" diagnostics like the above were not shown (" + std::to_string(c.total) +
                          " in all)");
}

findings::DiagLocation placeOf(const std::string& sheet, int64_t row, int64_t column, int64_t line) {
    findings::DiagLocation where;
    where.sheet = sheet;
    where.row = row;
    where.column = column;
    where.line = line;
    return where;
}

}  // namespace spreadsheet
