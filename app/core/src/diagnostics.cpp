#include <findings/core/diagnostics.hpp>
#include <findings/core/json_text.hpp>

namespace findings::core {

const char* severityName(Severity s) {
    switch (s) {
    case Severity::Info: return "info";
    case Severity::Warning: return "warning";
    case Severity::Error: return "error";
    }
    return "error";
}

std::string cellName(std::int64_t row, std::int64_t column) {
    std::string letters;
    for (std::int64_t c = column; c > 0; c = (c - 1) / 26)
        letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
    return letters + std::to_string(row);
}

std::string Diagnostic::locationText() const {
    if (!path.empty()) return path;
    if (!sheet.empty()) {
        if (row > 0 && column > 0) return sheet + "!" + cellName(row, column);
        if (row > 0) return sheet + "!row " + std::to_string(row);
        return sheet;
    }
    if (row > 0) return "row " + std::to_string(row);
    if (line > 0) return std::to_string(line);
    if (page > 0) return "page " + std::to_string(page);
    return {};
}

std::string Diagnostic::format() const {
    std::string out;
    if (!file.empty()) out += file + ":";
    std::string where = locationText();
    if (!where.empty()) out += where + ":";
    if (!out.empty()) out += " ";
    out += severityName(severity);
    out += ": ";
    out += message;
    return out;
}

void DiagnosticList::add(Diagnostic d) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (forward_) forward_(d);
    else items_.push_back(std::move(d));
}

void DiagnosticList::forwardTo(std::function<void(const Diagnostic&)> forward) {
    std::lock_guard<std::mutex> lock(mutex_);
    forward_ = std::move(forward);
}

std::vector<Diagnostic> DiagnosticList::all() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return items_;
}

size_t DiagnosticList::errorCount() const {
    std::lock_guard<std::mutex> lock(mutex_);
    size_t n = 0;
    for (const auto& d : items_) n += d.severity == Severity::Error;
    return n;
}

size_t DiagnosticList::size() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return items_.size();
}

std::string diagnosticsToJson(const std::vector<Diagnostic>& diagnostics) {
    JsonText j(2);
    j.beginArray();
    for (const auto& d : diagnostics) {
        j.beginObject();
        j.field("file", d.file);
        if (d.line > 0) j.field("line", d.line);
        if (!d.sheet.empty()) j.field("sheet", d.sheet);
        if (d.row > 0) j.field("row", d.row);
        if (d.column > 0) j.field("column", d.column);
        if (d.page > 0) j.field("page", d.page);
        if (!d.path.empty()) j.field("path", d.path);
        j.field("severity", std::string(severityName(d.severity)));
        j.field("code", d.code);
        j.field("message", d.message);
        j.endObject();
    }
    j.endArray();
    return j.take();
}

}  // namespace findings::core
